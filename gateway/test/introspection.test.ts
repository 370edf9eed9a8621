import { ChildProcesses, freePort, spawnFromSources, waitForHealth } from './support/processes';
import { sandboxIntrospection, typeDescriptions } from './support/sandbox';

const children = new ChildProcesses();
afterAll(() => children.killAll());

/** A gateway process configured by its environment alone, as a container runs it (subgraphs need not be up). */
async function gatewayWith(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const gateway = children.track(
    spawnFromSources('gateway/src/main.ts', { env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', ...env } }),
  );
  await waitForHealth(port, gateway);
  return `http://127.0.0.1:${port}/graphql`;
}

const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-32-characters-or-more' };

describe('introspection, as the environment sets it', () => {
  let gateways: { production: string; productionWithIntrospection: string; developmentWithout: string };

  beforeAll(async () => {
    const [inProduction, productionWithIntrospection, developmentWithout] = await Promise.all([
      gatewayWith(production),
      gatewayWith({ ...production, INTROSPECTION: 'true' }),
      gatewayWith({ INTROSPECTION: 'false' }),
    ]);
    gateways = { production: inProduction!, productionWithIntrospection: productionWithIntrospection!, developmentWithout: developmentWithout! };
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
