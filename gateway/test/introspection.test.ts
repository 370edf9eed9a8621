import { ChildProcesses, gatewayProcess, PRODUCTION_ENV } from './support/processes';
import { sandboxIntrospection, typeDescriptions } from './support/sandbox';

const children = new ChildProcesses();
afterAll(() => children.killAll());

const production = PRODUCTION_ENV;
const gatewayWith = (env: Record<string, string>) => gatewayProcess(children, env);

describe('introspection, as the environment sets it', () => {
  let gateways: { production: string; productionWithIntrospection: string; developmentWithout: string };

  beforeAll(async () => {
    const [inProduction, productionWithIntrospection, developmentWithout] = await Promise.all([
      gatewayWith(production),
      gatewayWith({ ...production, INTROSPECTION: 'true' }),
      gatewayWith({ INTROSPECTION: 'false' }),
    ]);
    gateways = {
      production: inProduction,
      productionWithIntrospection: productionWithIntrospection,
      developmentWithout: developmentWithout,
    };
  }, 120_000);

  it('is refused in production with a coded error, and no schema', async () => {
    const { response, body } = await sandboxIntrospection(gateways.production);
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
  });

  it('is on in production with INTROSPECTION=true', async () => {
    const { response, body } = await sandboxIntrospection(gateways.productionWithIntrospection);
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(typeDescriptions(body.data)).toMatchObject({ Offer: expect.stringMatching(/job posting/) });
  });

  it('is off in development with INTROSPECTION=false', async () => {
    const { body } = await sandboxIntrospection(gateways.developmentWithout);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
