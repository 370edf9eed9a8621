import { Writable } from 'node:stream';
import pino from 'pino';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

describe('one request id across processes', () => {
  const lines: Record<string, unknown>[] = [];
  let graph: RunningGraph;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    graph = await startGraph({}, pino({ level: 'info' }, sink));
  });
  afterAll(() => graph.stop());

  it('logs the gateway’s request id on the subgraph’s line for that request', async () => {
    const response = await graphql(
      graph.url,
      `
        query UnitsOfMonusco {
          organisation(id: "monusco") {
            units {
              acronym
            }
          }
        }
      `,
      {},
      {
        'x-request-id': 'support-ticket-4711',
      },
    );
    expect(response.errors).toBeUndefined();
    const line = lines.find((entry) => entry.msg === 'graphql request' && entry.requestId === 'support-ticket-4711');
    expect(line).toMatchObject({ service: 'organisations', outcome: 'ok', operation: 'UnitsOfMonusco__organisations__0' });
  });

  it('makes up a request id when the client sends none, and hands it back', async () => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisation(id: "undp") { id } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((entry) => entry.requestId === requestId && entry.service === 'organisations')).toBe(true);
  });
});
