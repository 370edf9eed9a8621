import { readdirSync } from 'node:fs';
import path from 'node:path';
import { graphql, testDatabaseTargets } from '@passerelle/testing';
import { startGraph, type RunningGraph } from '../support/graph';
import { adminHeaders, importFixture, outcomes, ownersSnapshot, reportOf } from '../support/imports';
import { ROOT } from '../support/processes';

const SOURCE_DOCUMENTS = path.join(ROOT, 'services', 'imports', 'test', 'fixtures', 'posting-text', 'source-documents');

describe.each(testDatabaseTargets('imports_e2e'))('importing documents through the gateway', (database) => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({}, undefined, database);
  }, 120_000);
  afterAll(() => graph.stop());

  /** A dry run changes nothing; the import then writes what the dry run said; again, everything is UNCHANGED. */
  async function importTwice(format: string, content: string) {
    const before = await ownersSnapshot(graph);
    const dryRun = await reportOf(graph.url, format, content, { dryRun: true });
    expect(dryRun).toMatchObject({ dryRun: true, applied: false });
    expect(await ownersSnapshot(graph)).toEqual(before);

    const applied = await reportOf(graph.url, format, content);
    expect(applied.records.filter((record) => record.outcome === 'REFUSED')).toEqual([]);
    expect(applied.applied).toBe(true);
    expect(outcomes(applied)).toEqual(outcomes(dryRun));
    expect(applied.records.every((record) => record.id !== null)).toBe(true);

    const again = await reportOf(graph.url, format, content);
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, refused: 0, unchanged: applied.records.length });
    expect(again.records.map((record) => record.id)).toEqual(applied.records.map((record) => record.id));
    return { dryRun, applied, again };
  }

  it(`imports the IATI fixture: two programmes, their three organisations and five contributions in two currencies, on ${database.label}`, async () => {
    const { dryRun, applied } = await importTwice('IATI_ACTIVITIES', importFixture('iati-two-activities.xml'));
    const types = (report: typeof applied) => report.records.map((record) => record.type).sort();
    expect(types(dryRun).filter((type) => type === 'PROGRAMME')).toHaveLength(2);
    expect(types(dryRun).filter((type) => type === 'CONTRIBUTION')).toHaveLength(5);
    // UNDP and the FCDO are matched by their IATI identifiers; INTERSOS by name or created
    const organisations = applied.records.filter((record) => record.type === 'ORGANISATION');
    expect(organisations).toHaveLength(3);

    const programmeIds = applied.records.filter((record) => record.type === 'PROGRAMME').map((record) => record.id!);
    const answer = await graphql<{
      programme: { name: string; sourceRecord: { system: string; id: string }; funding: { totals: { currency: string }[] } };
    }>(
      graph.url,
      `
        query ($id: ID!) {
          programme(id: $id) {
            name
            sourceRecord {
              system
              id
            }
            funding {
              totals {
                amount
                currency
              }
            }
          }
        }
      `,
      { id: programmeIds[0] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.programme.sourceRecord).toEqual({ system: 'IATI', id: 'XM-DAC-41114-FICTIF-0001' });
    const currencies = new Set<string>();
    for (const id of programmeIds) {
      const funding = await graphql<{ programme: { funding: { totals: { currency: string }[] } } }>(
        graph.url,
        `
          query ($id: ID!) {
            programme(id: $id) {
              funding {
                totals {
                  amount
                  currency
                }
              }
            }
          }
        `,
        { id },
      );
      for (const total of funding.data!.programme.funding.totals) currencies.add(total.currency);
    }
    expect([...currencies].sort()).toEqual(['EUR', 'USD']);
  });

  it(`imports the ReliefWeb sources, then the fixture of 50 jobs: their offers, matched to those organisations, on ${database.label}`, async () => {
    const sources = await importTwice('RELIEFWEB_SOURCES', importFixture('reliefweb-sources.json'));
    expect(sources.applied.records.filter((record) => record.type === 'ORGANISATION')).toHaveLength(11);
    // the fixture's jobs closed in 2026; moved past today, they are open postings to import
    const jobs = importFixture('reliefweb-jobs-50.json').replace(/("closing": ")2026-/g, '$12099-');
    const { applied } = await importTwice('RELIEFWEB_JOBS', jobs);
    const offers = applied.records.filter((record) => record.type === 'OFFER');
    expect(offers).toHaveLength(50);
    expect(offers.every((record) => record.outcome === 'CREATED')).toBe(true);
    // every organisation the jobs name is one the sources import gave
    const organisationIds = new Set(sources.applied.records.map((record) => record.id));
    for (const record of applied.records.filter((record) => record.type === 'ORGANISATION')) {
      expect({ key: record.key, outcome: record.outcome, known: organisationIds.has(record.id) }).toEqual({
        key: record.key,
        outcome: 'UNCHANGED',
        known: true,
      });
    }
    const read = await graphql<{ offer: { sourceRecord: { system: string; id: string }; organisation: { name: string } } }>(
      graph.url,
      'query ($id: ID!) { offer(id: $id) { sourceRecord { system id } organisation { name } } }',
      { id: offers[0]!.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.offer.sourceRecord).toEqual({ system: 'RELIEFWEB', id: '4120001' });
  });

  it.each(readdirSync(SOURCE_DOCUMENTS).filter((file) => file !== '001_dc6422fc7355ceef.txt'))(
    `imports the source document %s as posting text, a draft of its organisation, on ${database.label}`,
    async (file) => {
      const { applied } = await importTwice('POSTING_TEXT', importFixture('posting-text', 'source-documents', file));
      const offer = applied.records.find((record) => record.type === 'OFFER')!;
      expect(offer.missingFields.length).toBeGreaterThan(0);
      const read = await graphql<{ offer: { title: string; organisation: { name: string } | null; sourceRecord: { system: string } } }>(
        graph.url,
        `
          query ($id: ID!) {
            offer(id: $id) {
              title
              organisation {
                name
              }
              sourceRecord {
                system
              }
            }
          }
        `,
        { id: offer.id },
        await adminHeaders(),
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.offer.organisation).not.toBeNull();
      // WEB when the text states its page's URL, else TEXT (its sha256)
      expect(['WEB', 'TEXT']).toContain(read.data!.offer.sourceRecord.system);
    },
  );

  it(`imports a JSON-LD JobPosting still open, as a career site embeds it, on ${database.label}`, async () => {
    const seed = await graphql<{ offers: { edges: { node: { id: string; jsonLd: Record<string, unknown> } }[] } }>(
      graph.url,
      '{ offers(first: 1) { edges { node { id jsonLd } } } }',
    );
    const posting = { ...seed.data!.offers.edges[0]!.node.jsonLd };
    const newPosting = {
      ...posting,
      title: `${String(posting.title)} (imported)`,
      url: 'https://careers.example.org/postings/imported-1',
      identifier: undefined,
      dateModified: '2026-11-30T10:00:00Z',
      datePosted: '2026-11-30T10:00:00Z',
      validThrough: '2099-06-30T23:59:59+02:00',
    };
    const { applied } = await importTwice('JOB_POSTING_JSON_LD', JSON.stringify(newPosting));
    const offer = applied.records.find((record) => record.type === 'OFFER')!;
    expect(offer.outcome).toBe('CREATED');
    const read = await graphql<{ offer: { title: string } }>(graph.url, 'query ($id: ID!) { offer(id: $id) { title } }', { id: offer.id });
    expect(read.data!.offer.title).toBe(newPosting.title);
  });
});
