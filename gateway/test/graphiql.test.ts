import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startGraph, type RunningGraph } from './support/graph';
import { ChildProcesses, gatewayProcess, PRODUCTION_ENV, ROOT } from './support/processes';

/** Debian's chromium (`apt-get install chromium`, as .ci/run does), driven headless. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** `UPDATE_DOCS_SCREENSHOT=1` writes the README's screenshot; otherwise it goes to a temporary file. */
const SCREENSHOT = process.env.UPDATE_DOCS_SCREENSHOT
  ? path.join(ROOT, 'docs', 'graphiql.png')
  : path.join(tmpdir(), 'passerelle-graphiql.png');

const children = new ChildProcesses();

describe('GraphiQL, served by a development gateway process with no CDN', () => {
  let graph: RunningGraph;
  let gateway: URL;
  let production: URL;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    graph = await startGraph();
    const subgraphs = {
      ORGANISATIONS_URL: graph.subgraphs.organisations.url,
      OFFERS_URL: graph.subgraphs.offers.url,
      PROGRAMMES_URL: graph.subgraphs.programmes.url,
      IMPORTS_URL: graph.imports.url,
    };
    const [development, inProduction] = await Promise.all([
      gatewayProcess(children, subgraphs),
      gatewayProcess(children, { ...subgraphs, ...PRODUCTION_ENV }),
    ]);
    gateway = new URL(development);
    production = new URL(inProduction);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await children.killAll();
    await graph?.stop();
  });

  it('runs a query typed in its editor and shows the answer, loading nothing but from the gateway', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== gateway.origin && !['data:', 'blob:'].includes(url.protocol)) elsewhere.push(request.url());
    });
    await page.goto(new URL('/graphiql', gateway).href);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 60_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ organisation(id: "undp") { name acronym offers(first: 2) { totalCount } } }');
    await page.getByRole('button', { name: /prettify/i }).click(); // as a reader of the screenshot would have it
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('United Nations Development Programme').waitFor({ timeout: 30_000 });
    expect(await response.innerText()).toMatch(/"acronym":\s*"UNDP"/);
    await page.screenshot({ path: SCREENSHOT });
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 90_000);

  it('is also at /, and the Sandbox landing page links to it and opens it when Apollo’s CDN cannot be reached', async () => {
    const root = await fetch(new URL('/', gateway));
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('renderYogaGraphiQL');

    const page = await browser.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).origin === gateway.origin ? route.continue() : route.abort()));
    await page.goto(new URL('/graphql', gateway).href);
    expect(await page.locator('#graphiql-link').getAttribute('href')).toBe('/graphiql');
    await page.waitForURL(new URL('/graphiql', gateway).href, { timeout: 20_000 });
    await page.close();
  }, 60_000);

  it('is not served in production', async () => {
    expect((await fetch(new URL('/graphiql', production))).status).toBe(404);
    expect((await fetch(new URL('/', production))).status).toBe(404);
  });
});
