import {
  bearer,
  describeEachDatabase,
  launchSubgraphUnderTest,
  refusalOf as refusalWith,
  type GraphQLResponse,
  type SubgraphUnderTest,
} from '@passerelle/testing';
import { offersSubgraph } from '../../src/subgraph';
import { CREATE, UPDATE, offerInput, writtenOf, type WrittenOffer } from '../writes-support';

/*
 * Issue 21, point 10: "2099-02-30T00:00:00Z" was taken for 2 March and stored. Each way an
 * instant reaches the offers service (a mutation's input, a filter argument, a saved
 * search's filter; as a variable or written in the document) refuses an instant the
 * calendar does not have, naming the field, and changes nothing.
 */

const IMPOSSIBLE = ['2099-02-30T00:00:00Z', '2099-02-29T12:00:00Z', '2099-04-31T00:00:00Z', '0000-01-01T00:00:00Z', '2099-01-01T24:00:00Z'];

const LIST = /* GraphQL */ `
  query List($filter: OfferFilter) {
    offers(filter: $filter, first: 5) {
      totalCount
    }
  }
`;
const SAVE = /* GraphQL */ `
  mutation Save($filter: OfferFilter!) {
    saveSearch(filter: $filter) {
      savedSearch {
        id
      }
    }
  }
`;

describeEachDatabase('offers', 'impossible instants', (database) => {
  let offers: SubgraphUnderTest;
  let admin: Record<string, string>;
  let draft: WrittenOffer;
  beforeAll(async () => {
    offers = await launchSubgraphUnderTest(offersSubgraph, database.create(), { production: true });
    admin = await bearer(['admin']);
    draft = writtenOf(await offers.ask<Record<string, WrittenOffer>>(CREATE, { input: offerInput() }, admin), 'createOffer');
  });
  afterAll(() => offers.subgraph.stop());

  /** The request's refusal: its code and field, whether it quotes the value back, and whether any table changed. */
  const refusalOf = async (ask: () => Promise<GraphQLResponse<unknown>>, value: string) => {
    const { message, ...refusal } = await refusalWith(() => offers.snapshot(), ask);
    return { ...refusal, quoted: message?.includes(value) };
  };
  const refused = (field: string) => ({ data: null, code: 'BAD_USER_INPUT', field, unchanged: true, quoted: true });

  it.each(IMPOSSIBLE)('refuses an offer created with deadline %s', async (value) => {
    const outcome = await refusalOf(() => offers.ask(CREATE, { input: offerInput({ deadline: value }) }, admin), value);
    expect(outcome).toEqual(refused('input.deadline'));
  });

  it.each(IMPOSSIBLE)('refuses an offer updated with postedAt %s', async (value) => {
    const outcome = await refusalOf(
      () => offers.ask(UPDATE, { id: draft.id, input: { postedAt: value }, expectedVersion: draft.version }, admin),
      value,
    );
    expect(outcome).toEqual(refused('input.postedAt'));
  });

  it.each(IMPOSSIBLE)('refuses the deadline filter from %s, as a variable', async (value) => {
    const outcome = await refusalOf(() => offers.ask(LIST, { filter: { deadline: { from: value } } }), value);
    expect(outcome).toEqual(refused('filter.deadline.from'));
  });

  it.each(IMPOSSIBLE)('refuses the deadline filter to %s, written in the document', async (value) => {
    const outcome = await refusalOf(() => offers.ask(`{ offers(filter: { deadline: { to: "${value}" } }) { totalCount } }`), value);
    expect(outcome).toEqual(refused('filter.deadline.to'));
  });

  it.each(IMPOSSIBLE)('refuses a saved search whose postedAt filter starts %s', async (value) => {
    const outcome = await refusalOf(() => offers.ask(SAVE, { filter: { postedAt: { from: value } } }, admin), value);
    expect(outcome).toEqual(refused('filter.postedAt.from'));
  });

  it('still takes the last day of February of a leap year, as that instant', async () => {
    const response = await offers.ask<Record<string, WrittenOffer>>(
      CREATE,
      { input: offerInput({ deadline: '2096-02-29T21:59:59Z' }) },
      admin,
    );
    expect(writtenOf(response, 'createOffer').deadline).toBe('2096-02-29T21:59:59.000Z');
  });
});
