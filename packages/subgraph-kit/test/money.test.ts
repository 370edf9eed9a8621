import { exponentOf } from '../src/values/currencies';
import { AmountError, formatMinorUnits, toMinorUnits, totalsByCurrency } from '../src/values/money';

describe('money in minor units', () => {
  it('knows ISO 4217 exponents, including those CLDR displays differently', () => {
    expect(['USD', 'EUR', 'JPY', 'XOF', 'CDF', 'HTG', 'GBP', 'SEK', 'NOK', 'IQD', 'CLF'].map(exponentOf)).toEqual([
      2, 2, 0, 0, 2, 2, 2, 2, 2, 3, 4,
    ]);
    expect(exponentOf('XDR')).toBeUndefined();
    expect(exponentOf('usd')).toBeUndefined();
  });

  it('parses exact decimals into minor units and writes them back', () => {
    const cases: [string, string, bigint, string][] = [
      ['40265165', 'USD', 4026516500n, '40265165.00'],
      ['0.05', 'USD', 5n, '0.05'],
      ['10.100', 'EUR', 1010n, '10.10'],
      ['1000', 'JPY', 1000n, '1000'],
      ['0.125', 'BHD', 125n, '0.125'],
      ['1.5', 'CLF', 15000n, '1.5000'],
      ['92233720368547758.07', 'USD', 2n ** 63n - 1n, '92233720368547758.07'],
    ];
    for (const [amount, currency, minor, written] of cases) {
      expect(toMinorUnits(amount, currency)).toBe(minor);
      expect(formatMinorUnits(minor, currency)).toBe(written);
    }
  });

  it('refuses what it cannot store exactly', () => {
    for (const [amount, currency] of [
      ['10.001', 'USD'],
      ['1.5', 'JPY'],
      ['-1', 'USD'],
      ['0', 'EUR'],
      ['1e3', 'USD'],
      ['1', 'ABC'],
    ]) {
      expect(() => toMinorUnits(amount!, currency!)).toThrow(AmountError);
    }
  });

  it('totals per currency, never across', () => {
    expect(
      totalsByCurrency([
        { currency: 'USD', minor: 10n },
        { currency: 'EUR', minor: 5n },
        { currency: null, minor: null },
        { currency: 'USD', minor: 2n ** 63n },
      ]),
    ).toEqual([
      { amount: '0.05', currency: 'EUR' },
      { amount: '92233720368547758.18', currency: 'USD' },
    ]);
  });
});
