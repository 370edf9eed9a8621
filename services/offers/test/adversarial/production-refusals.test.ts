import { bearer, graphql, refusalOf, tokenWithoutExpiry, useProductionProcess } from '@passerelle/testing';
import { offersSubgraph } from '../../src/subgraph';

/*
 * Issue 21, points 7, 10 and 12, through the offers service as production runs it (its own
 * process, NODE_ENV=production, configured by its environment): webhook URLs whose IPv6
 * address carries a private IPv4 address, instants the calendar does not have, and a token
 * without an expiry are refused with their code and field, and no table changes.
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
const SAVE = `mutation ($filter: OfferFilter!, $webhookUrl: String) { saveSearch(filter: $filter, webhookUrl: $webhookUrl) { savedSearch { id } } }`;

describe.each(databases)('the offers process in production on %s', (kind) => {
  const running = useProductionProcess('offers', kind, offersSubgraph.entities);

  /** The first error's code and field, and whether every table of the service is as it was. */
  const refusal = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const { code, field, unchanged } = await refusalOf(running().snapshot, () => graphql(running().service.url, query, variables, headers));
    return { code, field, unchanged };
  };

  it.each(['64:ff9b::a9fe:a9fe', '::127.0.0.1', '2002:a9fe:a9fe::1', '::ffff:0:a9fe:a9fe', '2001:0:4136:e378:8000:63bf:f5ff:fffe'])(
    'refuses to save a webhook to https://[%s]/',
    async (address) => {
      expect(await refusal(SAVE, { filter: {}, webhookUrl: `https://[${address}]/hooks` }, await bearer([], [], 'dana'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'webhookUrl',
        unchanged: true,
      });
    },
  );

  it('refuses a deadline filter on 30 February, and a saved search with one', async () => {
    const list = 'query ($filter: OfferFilter) { offers(filter: $filter) { totalCount } }';
    const filter = { deadline: { from: '2099-02-30T00:00:00Z' } };
    expect(await refusal(list, { filter })).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.deadline.from', unchanged: true });
    expect(await refusal(SAVE, { filter }, await bearer([], [], 'dana'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.deadline.from',
      unchanged: true,
    });
  });

  it('refuses a correctly signed token that has no exp, as UNAUTHENTICATED', async () => {
    const endless = await tokenWithoutExpiry([]);
    expect(await refusal(SAVE, { filter: {} }, { authorization: `Bearer ${endless}` })).toEqual({
      code: 'UNAUTHENTICATED',
      field: undefined,
      unchanged: true,
    });
  });
});
