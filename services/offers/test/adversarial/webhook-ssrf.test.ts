import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { bearer, describeEachDatabase, launchSubgraphUnderTest, type SubgraphUnderTest } from '@passerelle/testing';
import { offersSubgraph } from '../../src/subgraph';
import { postWebhook } from '../../src/saved-searches/webhook-post';
import { isPublicAddress, publicLookupVia } from '../../src/saved-searches/webhook-url';

/*
 * Issue 21, point 7: IPv6 addresses that carry an IPv4 address (mapped, translated, NAT64,
 * 6to4, Teredo, IPv4-compatible) reach that IPv4 address through a host or translator on the
 * way, so they are judged by it: refused when it is loopback, private or link-local, at save
 * time (the literal in the URL) and at dial time (what the name resolves to then).
 */

/** [what, address]: each reaches 169.254.169.254 (cloud metadata), 127.0.0.1 or 10.0.0.1 by some translation. */
const EMBEDDING_PRIVATE_IPV4: [string, string][] = [
  ['NAT64 well-known prefix', '64:ff9b::a9fe:a9fe'],
  ['NAT64 well-known prefix, dotted', '64:ff9b::127.0.0.1'],
  ['NAT64 local-use prefix', '64:ff9b:1::a9fe:a9fe'],
  ['IPv4-compatible', '::127.0.0.1'],
  ['IPv4-compatible, hex', '::a00:1'],
  ['6to4', '2002:a9fe:a9fe::1'],
  ['6to4 of loopback', '2002:7f00:1::'],
  ['IPv4-translated (SIIT)', '::ffff:0:a9fe:a9fe'],
  ['IPv4-mapped', '::ffff:169.254.169.254'],
  ['IPv4-mapped, hex', '::ffff:a00:1'],
  ['Teredo, private client', '2001:0:4136:e378:8000:63bf:f5ff:fffe'], // client 10.0.0.1 (stored inverted)
  ['Teredo, private server', '2001:0:a9fe:a9fe:8000:63bf:3fff:fdd2'],
];

describe('which addresses are public', () => {
  it.each(EMBEDDING_PRIVATE_IPV4)('refuses %s (%s)', (_what, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['a public IPv4 address', '93.184.215.14'],
    ['a public IPv6 address', '2606:4700:4700::1111'],
    ['NAT64 of a public address', '64:ff9b::5db8:d70e'],
    ['6to4 of a public address', '2002:5db8:d70e::1'],
    ['IPv4-mapped public address', '::ffff:93.184.215.14'],
  ])('accepts %s (%s)', (_what, address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

const SAVE = /* GraphQL */ `
  mutation Save($filter: OfferFilter!, $webhookUrl: String) {
    saveSearch(filter: $filter, webhookUrl: $webhookUrl) {
      savedSearch {
        id
      }
    }
  }
`;

describeEachDatabase('offers', 'webhook URLs embedding IPv4 in IPv6, in production', (database) => {
  let offers: SubgraphUnderTest;
  beforeAll(async () => {
    offers = await launchSubgraphUnderTest(offersSubgraph, database.create(), { production: true });
  });
  afterAll(() => offers.subgraph.stop());

  it('refuses each form at save time with BAD_USER_INPUT on webhookUrl, saving nothing', async () => {
    const dana = await bearer([], [], 'dana');
    const before = await offers.snapshot();
    for (const [what, address] of EMBEDDING_PRIVATE_IPV4) {
      const response = await offers.ask(SAVE, { filter: {}, webhookUrl: `https://[${address}]/hooks` }, dana);
      expect({ what, data: response.data ?? null, extensions: response.errors?.[0]?.extensions }).toEqual({
        what,
        data: null,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'webhookUrl' }),
      });
      expect(response.errors![0]!.message).toMatch(/not a public address/);
    }
    expect(await offers.snapshot()).toEqual(before);
  });
});

describe('dialling a webhook in production', () => {
  let receiver: http.Server;
  let received = 0;
  let port: number;
  beforeAll(async () => {
    receiver = http.createServer((request, response) => {
      received += 1;
      request.resume();
      response.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));

  it.each(EMBEDDING_PRIVATE_IPV4)('does not dial a saved literal %s (%s)', async (_what, address) => {
    const outcome = await postWebhook(`https://[${address}]:${port}/hooks`, '{}', {}, { timeoutMs: 2000, production: true });
    expect(outcome).toEqual({ ok: false, status: null, error: expect.stringMatching(/^not dialled: .* is not a public address$/) });
  });

  /** POSTs to a name that the given resolver answers for, as a rebinding DNS server would; `guarded` connects as production does. */
  const postVia = (answer: string, guarded = true) =>
    new Promise<string>((resolve) => {
      const resolveName = async () => [{ address: answer, family: answer.includes(':') ? 6 : 4 }];
      const lookup: LookupFunction = guarded
        ? publicLookupVia(resolveName)
        : (_host, _options, callback) => callback(null, [{ address: answer, family: 4 }]);
      const request = http.request({ host: 'hooks.example.org', port, method: 'POST', lookup }, (response) => {
        response.resume();
        resolve(`answered ${response.statusCode}`);
      });
      request.once('error', (error) => resolve(error.message));
      request.end('{}');
    });

  it.each(EMBEDDING_PRIVATE_IPV4)('refuses to connect when the name resolves to %s (%s) by then', async (_what, address) => {
    expect(await postVia(address)).toBe(`hooks.example.org resolves to ${address}, which is not a public address`);
  });

  it('reaches the loopback receiver only without the guard: the refusals above are the guard at work', async () => {
    const before = received;
    expect(await postVia('::ffff:127.0.0.1')).toMatch(/not a public address/);
    expect(received).toBe(before);
    expect(await postVia('127.0.0.1', false)).toBe('answered 200');
    expect(received).toBe(before + 1);
  });
});
