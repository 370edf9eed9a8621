import { bearer, graphql, refusalOf, useProductionProcess } from '@passerelle/testing';
import { programmesSubgraph } from '../../src/subgraph';
import { RECORD } from '../support';

/*
 * Issue 21, point 10, through the programmes service as production runs it (its own process,
 * NODE_ENV=production, configured by its environment): a contribution dated in the year 0000
 * or on a day the calendar does not have is refused, naming the field, and nothing is saved.
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '1250000.50', currency: 'USD', status: 'PLEDGED', date: '2018-03-15' };

describe.each(databases)('the programmes process in production on %s', (kind) => {
  const running = useProductionProcess('programmes', kind, programmesSubgraph.entities);

  it.each(['0000', '0000-01-01', '2023-02-29', '2099-02-30'])('refuses a contribution dated %s, saving nothing', async (date) => {
    const funder = await bearer(['funding']);
    const { code, field, unchanged } = await refusalOf(running().snapshot, () =>
      graphql(running().service.url, RECORD, { input: { ...VALID, date } }, funder),
    );
    expect({ code, field, unchanged }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.date', unchanged: true });
  });

  it('refuses funding as of 29 February of a common year', async () => {
    const response = await graphql(running().service.url, '{ programme(id: "fcs") { funding(asOf: "2023-02-29") { contributionCount } } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
