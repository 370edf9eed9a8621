import { createRequire } from 'node:module';
import { freePort, graphql, killService, spawnService, TEST_JWT_SECRET, waitUntilHealthy } from '@passerelle/testing';
import type { RunningGateway } from '../../src/gateway';
import { startGatewayOver, startGraph, type RunningGraph } from '../support/graph';

/*
 * Feeds read whatever the offers database holds, written before writes refused control
 * characters or straight into the database: every feed must stay well-formed XML, plain
 * text must not arrive as markup, and a header any client writes must not choose the links
 * a shared cache keeps (`Cache-Control: public`).
 */

/** sax (the strict XML parser rss-parser's xml2js runs on), typed for what is used here. */
interface SaxParser {
  error: Error | null;
  onerror(error: Error): void;
  onopentag(tag: { name: string; attributes: Record<string, unknown> }): void;
  ontext(text: string): void;
  oncdata(text: string): void;
  onclosetag(name: string): void;
  write(text: string): SaxParser;
  close(): void;
}
const sax = createRequire(__filename)('sax') as { parser(strict: boolean): SaxParser };

/** XML 1.0's Char production: anything else makes a document not well-formed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_AN_XML_CHAR = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

interface ParsedXml {
  problems: string[];
  /** Each element's decoded text (CDATA included), by element name, in document order. */
  texts: Map<string, string[]>;
  /** Every attribute value named href. */
  hrefs: string[];
}

/** A strict parse (sax, strict mode) plus the checks sax leaves out: characters XML cannot carry, `]]>` in text. */
function parseXml(body: string): ParsedXml {
  const parsed: ParsedXml = { problems: [], texts: new Map(), hrefs: [] };
  const invalid = NOT_AN_XML_CHAR.exec(body);
  if (invalid) parsed.problems.push(`character U+${invalid[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${invalid.index}`);
  const parser = sax.parser(true);
  const open: { name: string; text: string }[] = [];
  parser.onerror = (error) => {
    parsed.problems.push(error.message.split('\n')[0]!);
    parser.error = null;
  };
  parser.onopentag = (tag) => {
    open.push({ name: tag.name, text: '' });
    const href = tag.attributes.href;
    if (typeof href === 'string') parsed.hrefs.push(href);
  };
  parser.ontext = (text) => {
    if (text.includes(']]>')) parsed.problems.push('"]]>" in text');
    if (open.length) open.at(-1)!.text += text;
  };
  parser.oncdata = (text) => {
    if (open.length) open.at(-1)!.text += text;
  };
  parser.onclosetag = () => {
    const element = open.pop()!;
    parsed.texts.set(element.name, [...(parsed.texts.get(element.name) ?? []), element.text]);
  };
  parser.write(body).close();
  return parsed;
}

const POISON = {
  title: 'Chargé <script>alert(1)</script> & "co" \u0000\u0007\u001b[31m\u000b ]]> fin',
  description: '<script>alert("x")</script>\n<img src=x onerror=alert(2)> & ]]> \u0000\u0008 end',
  organisationName: 'UN\u0001OPS & <b>co</b>',
  applyUrl: 'https://jobs.example.org/apply?a=1&b=\u0000<x>',
};

describe('offer feeds, whatever the database holds', () => {
  let graph: RunningGraph;
  let origin: string;
  let poisonedId: string;
  const gateways: RunningGateway[] = [];
  beforeAll(async () => {
    graph = await startGraph();
    origin = new URL(graph.url).origin;
    // the offer every feed below lists first
    const newest = await graphql<{ offers: { edges: { node: { id: string } }[] } }>(
      graph.url,
      '{ offers(first: 1, orderBy: RECENT) { edges { node { id } } } }',
    );
    poisonedId = newest.data!.offers.edges[0]!.node.id;
    // straight into the database, as rows written before the checks (or by hand) may be
    await graph.subgraphs.offers.dataSource.query(
      'UPDATE offers SET title = ?, description = ?, organisation_name = ?, apply_url = ? WHERE id = ?',
      [POISON.title, POISON.description, POISON.organisationName, POISON.applyUrl, poisonedId],
    );
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await graph.stop();
  });

  const feed = async (path: string, headers: Record<string, string> = {}, at = origin) => {
    const response = await fetch(`${at}${path}`, { headers });
    expect(response.status).toBe(200);
    return parseXml(await response.text());
  };

  it.each(['/feeds/offers.atom', '/feeds/offers.rss', '/feeds/offers.atom?status=CLOSED', '/feeds/offers.rss?countryCodes=CD,HT'])(
    'serves %s as well-formed XML with an offer holding markup, ampersands, "]]>" and control characters',
    async (path) => {
      const started = performance.now();
      const parsed = await feed(path);
      expect(parsed.problems).toEqual([]);
      expect(performance.now() - started).toBeLessThan(5000);
    },
  );

  it.each([
    ['/feeds/offers.atom', 'title', 'content'],
    ['/feeds/offers.rss', 'title', 'content:encoded'],
  ])('gives %s plain text as text: markup escaped, control characters dropped', async (path, titleElement, contentElement) => {
    const parsed = await feed(path);
    const titles = parsed.texts.get(titleElement)!;
    const title = titles.find((text) => text.includes('Chargé'))!;
    // the element is HTML; its HTML is the escaped text, so a reader shows the characters
    expect(title).toBe('Chargé &lt;script&gt;alert(1)&lt;/script&gt; &amp; "co" [31m ]]&gt; fin');
    const content = parsed.texts.get(contentElement)!.find((text) => text.includes('alert("x")'))!;
    expect(content).not.toMatch(/<script|<img/);
    expect(content).toBe('&lt;script&gt;alert("x")&lt;/script&gt;<br>&lt;img src=x onerror=alert(2)&gt; &amp; ]]&gt;  end');
    expect(parsed.texts.get(titleElement)!.concat(parsed.texts.get(contentElement)!).join('')).not.toMatch(/<script/i);
  });

  it('does not let X-Forwarded-Host choose the links when no proxy is trusted', async () => {
    const poisoned = await feed('/feeds/offers.atom', { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(poisoned.problems).toEqual([]);
    expect(poisoned.hrefs.filter((href) => href.includes('/feeds/')).length).toBeGreaterThan(0);
    expect([...poisoned.hrefs, ...(poisoned.texts.get('id') ?? [])].join(' ')).not.toMatch(/evil\.example/);
    expect(poisoned.hrefs.filter((href) => href.includes('/feeds/')).every((href) => href.startsWith(`${origin}/feeds/`))).toBe(true);
  });

  it('builds the links from PUBLIC_URL when set, whatever the request says', async () => {
    const gateway = await startGatewayOver(graph, {}, { publicUrl: 'https://jobs.example.org/graphql' });
    gateways.push(gateway);
    const parsed = await feed(
      '/feeds/offers.rss',
      { 'x-forwarded-host': 'evil.example', host: 'other.example' },
      new URL(gateway.url).origin,
    );
    const links = parsed.hrefs.filter((href) => href.includes('/feeds/'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://jobs.example.org/feeds/offers.'))).toBe(true);
    expect(
      parsed.texts
        .get('link')!
        .filter((link) => link.includes('/feeds/'))
        .every((link) => link.startsWith('https://jobs.example.org/')),
    ).toBe(true);
  });

  it('follows X-Forwarded-Host behind a trusted proxy, taking what the nearest proxy wrote', async () => {
    const gateway = await startGatewayOver(graph, {}, { trustProxyHops: 1 });
    gateways.push(gateway);
    const parsed = await feed(
      '/feeds/offers.atom',
      { 'x-forwarded-host': 'evil.example, jobs.example.org', 'x-forwarded-proto': 'https' },
      new URL(gateway.url).origin,
    );
    const links = parsed.hrefs.filter((href) => href.includes('/feeds/'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://jobs.example.org/feeds/'))).toBe(true);
  });

  it('builds the links from PUBLIC_URL in the gateway process started from its environment, in production', async () => {
    const gateway = spawnService('gateway', 'gateway/src/main.ts', await freePort(), {
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      PUBLIC_URL: 'https://jobs.example.org',
      ORGANISATIONS_URL: graph.subgraphs.organisations.url,
      OFFERS_URL: graph.subgraphs.offers.url,
      PROGRAMMES_URL: graph.subgraphs.programmes.url,
      IMPORTS_URL: graph.imports.url,
    });
    try {
      await waitUntilHealthy(gateway, 60_000);
      const parsed = await feed('/feeds/offers.atom', { 'x-forwarded-host': 'evil.example' }, `http://127.0.0.1:${gateway.port}`);
      expect(parsed.problems).toEqual([]);
      const links = parsed.hrefs.filter((href) => href.includes('/feeds/'));
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((href) => href.startsWith('https://jobs.example.org/feeds/offers.'))).toBe(true);
      expect(parsed.texts.get('content')!.join('')).not.toMatch(/<script/i);
    } finally {
      await killService(gateway);
    }
  }, 90_000);

  it('left the poisoned offer as stored: the feed cleans what it emits, not the database', async () => {
    const [row] = await graph.subgraphs.offers.dataSource.query<{ title: string }[]>('SELECT title FROM offers WHERE id = ?', [poisonedId]);
    expect(row!.title).toBe(POISON.title);
  });
});
