import { randomBytes } from 'node:crypto';
import { bearer, describeEachDatabase } from '@passerelle/testing';
import { LIST, useOffersSubgraph, type OffersPage } from './support';
import { CREATE, offerInput, writtenOf, type Written } from './writes-support';

/*
 * Open offers are listed from the process's model and their rows read by id: an offer closed
 * by another process, whose event has not arrived yet, is open in the model and closed in its
 * row. The page leaves it out and is still full, its `hasNextPage` and `totalCount` true.
 */

describeEachDatabase('offers', 'a page of open offers with rows that turned stale', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);

  it('is full, says whether more follow, and counts what is open, when some of its offers were closed elsewhere', async () => {
    const admin = await bearer(['admin']);
    const word = `zorglub${randomBytes(3).toString('hex')}`;
    const ids: string[] = [];
    // deadlines in order: the first two listed by DEADLINE are the ones closed behind the model's back
    for (let month = 1; month <= 5; month += 1) {
      const input = offerInput({ title: `Coordonnateur ${word}`, status: 'OPEN', deadline: `2098-0${month}-15T21:59:59Z` });
      ids.push(writtenOf(await ask<Written>(CREATE, { input }, admin), 'createOffer').id);
    }
    const [first, second, ...stillOpen] = ids;
    // closed as another process would, without this process hearing of it
    await subgraph().dataSource.query(`UPDATE offers SET state = 'CLOSED' WHERE id IN (?, ?)`, [first, second]);

    const page = async (after: string | null) => {
      const response = await ask<OffersPage>(LIST, { filter: { status: 'OPEN', search: word }, first: 2, after, orderBy: 'DEADLINE' });
      expect(response.errors).toBeUndefined();
      return response.data!.offers;
    };
    const one = await page(null);
    expect({ ids: one.edges.map((edge) => edge.node.id), hasNextPage: one.pageInfo.hasNextPage, totalCount: one.totalCount }).toEqual({
      ids: stillOpen.slice(0, 2),
      hasNextPage: true,
      totalCount: 3,
    });
    const two = await page(one.pageInfo.endCursor);
    expect({ ids: two.edges.map((edge) => edge.node.id), hasNextPage: two.pageInfo.hasNextPage, totalCount: two.totalCount }).toEqual({
      ids: stillOpen.slice(2),
      hasNextPage: false,
      totalCount: 3,
    });
  });
});
