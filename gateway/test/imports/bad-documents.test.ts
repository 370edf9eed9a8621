import { mintToken } from '@passerelle/auth';
import { graphql, testDatabaseTargets } from '@passerelle/testing';
import { startGraph, type RunningGraph } from '../support/graph';
import { adminHeaders, IMPORT_DOCUMENT, importFixture, importThrough, ownersSnapshot, reportOf } from '../support/imports';

const IATI = importFixture('iati-two-activities.xml');
/** The fixture with one transaction changed: the first one of the first activity. */
const withFirstTransaction = (from: string, to: string) => {
  if (!IATI.includes(from)) throw new Error(`the IATI fixture no longer has ${from}`);
  return IATI.replace(from, to);
};
const UNKNOWN_CURRENCY = withFirstTransaction(
  '<value value-date="2024-02-15">2500000.00</value>',
  '<value value-date="2024-02-15" currency="XXZ">2500000.00</value>',
);
const IMPOSSIBLE_DATE = withFirstTransaction(
  '<value value-date="2024-02-15">2500000.00</value>',
  '<value value-date="2023-02-30">2500000.00</value>',
);

const XML_BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>`;

describe.each(testDatabaseTargets('imports_bad'))('bad documents, refused with nothing written', (database) => {
  let graph: RunningGraph;
  let before: Record<string, unknown>;
  beforeAll(async () => {
    graph = await startGraph({}, undefined, database);
  }, 120_000);
  beforeEach(async () => {
    before = await ownersSnapshot(graph);
  });
  afterAll(() => graph.stop());

  const expectNothingWritten = async () => expect(await ownersSnapshot(graph)).toEqual(before);

  it.each([
    ['IATI_ACTIVITIES', '<iati-activities version="2.03"><iati-activity><iati-identifier>X'],
    ['JOB_POSTING_JSON_LD', '{"@type": "JobPosting", "title": '],
    ['RELIEFWEB_JOBS', '{"data": [ {"id": '],
    ['POSTING_TEXT', '   '],
  ])(`refuses a malformed %s document as BAD_USER_INPUT on content, on ${database.label}`, async (format, content) => {
    const response = await importThrough(graph.url, format, content);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    await expectNothingWritten();
  });

  it(`refuses an XML bomb before expanding it, on ${database.label}`, async () => {
    const started = Date.now();
    const response = await importThrough(graph.url, 'IATI_ACTIVITIES', XML_BOMB);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(Date.now() - started).toBeLessThan(5000);
    await expectNothingWritten();
  });

  it(`refuses a document over IMPORT_MAX_BYTES as BAD_USER_INPUT on content, on ${database.label}`, async () => {
    const content = `<iati-activities version="2.03">${'<!-- padding -->'.repeat(5_000_000 / 16 + 1)}</iati-activities>`;
    const response = await importThrough(graph.url, 'IATI_ACTIVITIES', content);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('at most 5000000'),
      extensions: { code: 'BAD_USER_INPUT', field: 'content' },
    });
    await expectNothingWritten();
  });

  it(`answers a 50 MB upload with 413 and a GraphQL error, without parsing it, on ${database.label}`, async () => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await adminHeaders()) },
      body: JSON.stringify({
        query: IMPORT_DOCUMENT,
        variables: { format: 'POSTING_TEXT', content: 'x'.repeat(50_000_000), dryRun: false, applyValid: false },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than 6000 kB', extensions: { code: 'BAD_REQUEST' } }],
    });
    await expectNothingWritten();
  });

  it.each([
    ['an unknown currency', UNKNOWN_CURRENCY, /currency/],
    ['a date that does not exist', IMPOSSIBLE_DATE, /date/],
  ])(`refuses the record with %s, naming its field, and writes none of the others, on ${database.label}`, async (_what, content, field) => {
    const report = await reportOf(graph.url, 'IATI_ACTIVITIES', content);
    expect(report).toMatchObject({ dryRun: false, applied: false, refused: 1 });
    const refused = report.records.filter((record) => record.outcome === 'REFUSED');
    expect(refused).toEqual([
      expect.objectContaining({ type: 'CONTRIBUTION', id: null, field: expect.stringMatching(field), reason: expect.any(String) }),
    ]);
    // the others are reported as what the import would have done
    expect(report.records.filter((record) => record.outcome === 'CREATED').length).toBeGreaterThan(0);
    await expectNothingWritten();
  });

  it(`writes the good records of a document with a bad one when asked (applyValid), and only them, on ${database.label}`, async () => {
    const report = await reportOf(graph.url, 'IATI_ACTIVITIES', UNKNOWN_CURRENCY, { applyValid: true });
    expect(report).toMatchObject({ applied: true, refused: 1 });
    const programme = report.records.find((record) => record.type === 'PROGRAMME' && record.key.includes('0001'))!;
    const contributions = await graphql<{ programme: { contributions: { totalCount: number } } }>(
      graph.url,
      'query ($id: ID!) { programme(id: $id) { contributions { totalCount } } }',
      { id: programme.id },
    );
    expect(contributions.errors).toBeUndefined();
    // three transactions, the refused one not among them
    expect(contributions.data!.programme.contributions.totalCount).toBe(2);
    // the good ones are now in, so the whole fixture adds only the one refused before
    const again = await reportOf(graph.url, 'IATI_ACTIVITIES', IATI);
    expect(again).toMatchObject({ applied: true, created: 1, updated: 0, refused: 0 });
  });

  it(`refuses an offer with its organisation when the graph does not know it, even with applyValid, on ${database.label}`, async () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Coordinateur de projet',
      description: '<p>Coordination du projet à Goma.</p>',
      datePosted: '2026-11-30T10:00:00Z',
      validThrough: '2099-06-30T23:59:59+02:00',
      employmentType: 'FULL_TIME',
      url: 'https://careers.example.org/postings/unknown-employer',
      hiringOrganization: { '@type': 'Organization', name: 'Association fictive pour les tests' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Goma', addressCountry: 'CD' } },
    };
    for (const applyValid of [false, true]) {
      const report = await reportOf(graph.url, 'JOB_POSTING_JSON_LD', JSON.stringify(posting), { applyValid });
      expect(report.records).toEqual([
        expect.objectContaining({ type: 'ORGANISATION', outcome: 'REFUSED', field: expect.stringMatching(/name$/) }),
        expect.objectContaining({
          type: 'OFFER',
          outcome: 'REFUSED',
          id: null,
          reason: expect.stringMatching(/^its organisation ".*" was refused: /),
        }),
      ]);
      expect(report.refused).toBe(2);
      await expectNothingWritten();
    }
  });

  it(`refuses anonymous callers and other roles before reading the document, on ${database.label}`, async () => {
    const anonymous = await importThrough(graph.url, 'IATI_ACTIVITIES', IATI, { headers: {} });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const editor = {
      authorization: `Bearer ${await mintToken({ subject: 'editor', roles: ['editor', 'funding'], organisationIds: ['undp'] })}`,
    };
    const refused = await importThrough(graph.url, 'IATI_ACTIVITIES', IATI, { headers: editor });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    await expectNothingWritten();
  });
});
