import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { graphqlHandler, listen } from '../src';

describe('graphqlHandler: the Accept header', () => {
  let server: http.Server;
  let apollo: ApolloServer;
  let url: string;
  beforeAll(async () => {
    apollo = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'bonjour' } } });
    await apollo.start();
    const handle = graphqlHandler(apollo, { bodyLimitBytes: 10_000, context: async () => ({}) });
    server = http.createServer((req, res) => void handle(req, res));
    url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = (accept?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query: '{ hello }' }),
    });

  it('answers application/json to a client that asks for it, as to one that names no type', async () => {
    for (const accept of ['application/json', undefined]) {
      const response = await ask(accept);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ data: { hello: 'bonjour' } });
    }
  });

  it('still negotiates any other Accept header', async () => {
    const graphqlResponse = await ask('application/graphql-response+json');
    expect(graphqlResponse.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect((await ask('text/plain')).status).toBe(406);
  });
});
