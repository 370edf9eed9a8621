import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { mintToken } from '@passerelle/auth';
import { startGraph, type RunningGraph } from '../support/graph';
import { importFixture, ownersSnapshot } from '../support/imports';
import { ROOT } from '../support/processes';

interface CliRun {
  code: number;
  lines: string[];
}

/** `npm run import -- …` as the README gives it, from the repository's root. */
async function runImport(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'import', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, PASSERELLE_TOKEN: '', ...env },
    });
    return { code: 0, lines: stdout.split('\n').filter(Boolean) };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, lines: stdout.split('\n').filter(Boolean) };
  }
}

describe('npm run import', () => {
  let graph: RunningGraph;
  let token: string;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-import-cli-'));
  const iati = path.join(dir, 'activities.xml');
  const badIati = path.join(dir, 'bad-activities.xml');
  beforeAll(async () => {
    graph = await startGraph();
    token = await mintToken({ subject: 'cli', roles: ['admin'] });
    const fixture = importFixture('iati-two-activities.xml');
    writeFileSync(iati, fixture);
    writeFileSync(
      badIati,
      fixture.replace('<value value-date="2024-06-30">400000</value>', '<value value-date="2024-06-30" currency="XXZ">400000</value>'),
    );
  }, 120_000);
  afterAll(async () => {
    await graph.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one line per record and the totals of a dry run, exiting 0, with the token from PASSERELLE_TOKEN', async () => {
    const before = await ownersSnapshot(graph);
    const run = await runImport(['--format', 'iati', '--dry-run', '--gateway', graph.url, iati], { PASSERELLE_TOKEN: token });
    expect(run.code).toBe(0);
    expect(run.lines.filter((line) => / PROGRAMME /.test(line))).toHaveLength(2);
    expect(run.lines.filter((line) => / CONTRIBUTION /.test(line))).toHaveLength(5);
    expect(run.lines.at(-1)).toMatch(
      new RegExp(`^${iati}: \\d+ created, \\d+ updated, \\d+ unchanged, 0 refused; dry run, nothing written$`),
    );
    expect(await ownersSnapshot(graph)).toEqual(before);
  });

  it('names the refused record, its field and reason, writes nothing and exits 1', async () => {
    const before = await ownersSnapshot(graph);
    const run = await runImport(['--format', 'iati', '--token', token, '--gateway', graph.url, badIati]);
    expect(run.code).toBe(1);
    expect(run.lines).toContainEqual(
      expect.stringMatching(/^.*bad-activities\.xml: REFUSED +CONTRIBUTION .*field=\S*currency\S* reason="/),
    );
    expect(run.lines.at(-1)).toMatch(/1 refused; not applied/);
    expect(await ownersSnapshot(graph)).toEqual(before);
  });

  it('imports several files, then the same again unchanged, with the totals of all', async () => {
    const first = await runImport(['--format', 'iati', '--apply-valid', '--token', token, '--gateway', graph.url, iati, badIati]);
    expect(first.code).toBe(1);
    expect(first.lines.at(-1)).toMatch(/^total: \d+ created, 0 updated, \d+ unchanged, 1 refused$/);
    const again = await runImport(['--format', 'iati', '--token', token, '--gateway', graph.url, iati]);
    expect(again.code).toBe(0);
    expect(again.lines.slice(0, -1).every((line) => line.includes(': UNCHANGED '))).toBe(true);
    expect(again.lines.at(-1)).toBe(`${iati}: 0 created, 0 updated, 10 unchanged, 0 refused; applied`);
  });

  it('says why an import failed (no token, a 50 MB file) and exits 1, or 2 on a usage error (an unknown format)', async () => {
    const anonymous = await runImport(['--format', 'iati', '--gateway', graph.url, iati]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.lines[0]).toMatch(/activities\.xml: failed: .*\(UNAUTHENTICATED\)$/);
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, 'x'.repeat(50_000_000));
    const tooLarge = await runImport(['--format', 'posting-text', '--token', token, '--gateway', graph.url, huge]);
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.lines).toEqual([`${huge}: failed: The request body is larger than 6000 kB (BAD_REQUEST)`]);
    const usage = await runImport(['--format', 'csv', iati]);
    expect(usage.code).toBe(2);
    expect(usage.lines[0]).toBe('--format: expected one of posting-text, json-ld, reliefweb-jobs, reliefweb-sources, iati, got "csv"');
  });
});
