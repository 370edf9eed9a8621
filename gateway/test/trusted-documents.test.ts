import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';
import { ChildProcesses, exitOf, freePort, gatewayProcess, Output, ROOT, spawnFromSources } from './support/processes';

/** The manifest the client kit's codegen writes (`npm run codegen -w @passerelle/client-kit`). */
const MANIFEST = path.join(ROOT, 'packages', 'client-kit', 'src', 'generated', 'persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const [trustedKey, trustedDocument] = Object.entries(manifest).find(([, document]) => document.startsWith('query OfferDetail'))!;
const trustedHash = trustedKey.replace('sha256:', '');

const UNKNOWN = `query Whatever { organisations(first: 100) { edges { node { name } } } }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }),
  };
}

const children = new ChildProcesses();

/** Gateway processes started from their environment with TRUSTED_DOCUMENTS, in front of a seeded graph. */
describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  let graph: RunningGraph;
  let trustedOnly: string;
  let withAdminBypass: string;
  const admin = async () => ({ authorization: `Bearer ${await mintToken({ subject: 'ops', roles: ['admin'] })}` });

  beforeAll(async () => {
    graph = await startGraph();
    const subgraphs = {
      ORGANISATIONS_URL: graph.subgraphs.organisations.url,
      OFFERS_URL: graph.subgraphs.offers.url,
      PROGRAMMES_URL: graph.subgraphs.programmes.url,
      IMPORTS_URL: graph.imports.url,
      TRUSTED_DOCUMENTS: MANIFEST,
    };
    [trustedOnly, withAdminBypass] = await Promise.all([
      gatewayProcess(children, subgraphs),
      gatewayProcess(children, { ...subgraphs, TRUSTED_DOCUMENTS_ADMIN_BYPASS: 'true' }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await children.killAll();
    await graph.stop();
  });

  it('answers a manifest operation sent by its hash alone (persisted query), from the first request on', async () => {
    const byHash = await post(trustedOnly, {
      extensions: persisted(trustedHash),
      variables: { id: 'undp-stabilisation-coordination-2020' },
    });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toMatchObject({
      offer: { id: 'undp-stabilisation-coordination-2020', organisation: { name: expect.any(String) } },
    });
    const inFull = await graphql(trustedOnly, trustedDocument, { id: 'undp-stabilisation-coordination-2020' });
    expect(inFull.data).toEqual(byHash.data);
  });

  it('refuses an anonymous client’s operation that is not in the manifest with its own code, and never learns it', async () => {
    for (const gateway of [trustedOnly, withAdminBypass]) {
      for (const queries of Object.values(graph.queries)) queries.reset();
      const inFull = await graphql(gateway, UNKNOWN);
      expect(inFull.status).toBe(400);
      expect(inFull.data).toBeUndefined();
      expect(inFull.errors).toEqual([
        expect.objectContaining({
          message: 'This gateway answers only the operations of its clients’ trusted documents',
          extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }),
        }),
      ]);
      const registering = await post(gateway, { query: UNKNOWN, extensions: persisted(sha256(UNKNOWN)) });
      expect(codes(registering)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
      const byHash = await post(gateway, { extensions: persisted(sha256(UNKNOWN)) });
      expect(codes(byHash)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(Object.values(graph.queries).map((queries) => queries.count)).toEqual([0, 0, 0]);
    }
  });

  it('lets a signed-in admin send any operation only with TRUSTED_DOCUMENTS_ADMIN_BYPASS, and an editor never', async () => {
    const bypassed = await graphql(withAdminBypass, UNKNOWN, {}, await admin());
    expect(bypassed.errors).toBeUndefined();
    expect(bypassed.data).toMatchObject({ organisations: { edges: expect.any(Array) } });
    expect(codes(await graphql(trustedOnly, UNKNOWN, {}, await admin()))).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    const editor = { authorization: `Bearer ${await mintToken({ subject: 'editor', roles: ['editor'], organisationIds: ['undp'] })}` };
    expect(codes(await graphql(withAdminBypass, UNKNOWN, {}, editor))).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
  });

  it('still serves its own operations: the offers feed', async () => {
    const feed = await fetch(new URL('/feeds/offers.atom?first=2', trustedOnly));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<feed');
  });

  it('refuses to start on a manifest whose hash is not its document’s, naming the entry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-manifest-'));
    const forged = path.join(dir, 'persisted-documents.json');
    writeFileSync(forged, JSON.stringify({ [`sha256:${sha256('{ __typename }')}`]: UNKNOWN }));
    const gateway = children.track(
      spawnFromSources('gateway/src/main.ts', {
        env: { PATH: process.env.PATH, PORT: String(await freePort()), TRUSTED_DOCUMENTS: forged },
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    const stderr = new Output(gateway.stderr);
    expect(await exitOf(gateway)).toEqual({ code: 1, signal: null });
    expect(stderr.text).toContain(`is not the SHA-256 of its document`);
    rmSync(dir, { recursive: true, force: true });
  });
});
