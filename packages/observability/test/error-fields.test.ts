import { withVariableField } from '../src';

const coded = (message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT' } });

describe('withVariableField', () => {
  it('names the path inside a variable that failed coercion', () => {
    const error = coded(
      'Variable "$filter" got invalid value "FREELANCE" at "filter.contractTypes[0]"; Value "FREELANCE" does not exist in "ContractType" enum.',
    );
    expect(withVariableField(error).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.contractTypes.0' });
  });

  it('names the variable itself when its whole value is wrong or missing', () => {
    expect(
      withVariableField(coded('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"')).extensions
        ?.field,
    ).toBe('first');
    expect(withVariableField(coded('Variable "$id" of required type "ID!" was not provided.')).extensions?.field).toBe('id');
    expect(withVariableField(coded('Variable "$id" of non-null type "ID!" must not be null.')).extensions?.field).toBe('id');
  });

  it('leaves other errors and errors that already name a field alone', () => {
    const own = { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } };
    expect(withVariableField(own)).toBe(own);
    const other = { message: 'Variable "$x" got invalid value 1', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(withVariableField(other)).toBe(other);
  });
});
