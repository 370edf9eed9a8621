import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { portsFrom, SUBGRAPHS, subgraphUrl, type SubgraphName } from '../targets/environment';
import { assertPortsFree } from '../targets/ports';
import { seedDatabase, startSubgraphs } from '../targets/subgraphs';
import { TARGETS, type TargetName, type TargetSetup } from '../targets/targets';
import { answerKey, type CannedAnswers } from './answers';
import { cannedRequests, type CannedRequests } from './requests';

type Log = (message: string) => void;

export interface Recording {
  /** The client requests each canned query sends, in turn. */
  requests: CannedRequests;
  /** Each subgraph's answers, as a JSON file for its canned server. */
  answerFiles: Record<SubgraphName, string>;
}

/**
 * Records the canned answers: the real subgraphs run on the embedded seed data (SQLite), a
 * recording proxy in front of each (where the targets expect the subgraphs), and every
 * target answers every client request once, so that whatever each gateway's planner asks
 * its subgraphs is recorded with the real answer. A target's answer with errors stops the
 * bench: canned answers must be real ones.
 */
export async function recordCannedAnswers(targets: TargetName[], setup: Omit<TargetSetup, 'subgraphs'>, log: Log): Promise<Recording> {
  const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-canned-'));
  // the real subgraphs listen on the four ports after the bench's (the recording proxies on the bench's)
  const realPorts = portsFrom(setup.ports.gateway + 4);
  await assertPortsFree(realPorts);
  log(`recording canned answers: the subgraphs on the seed data (SQLite in ${dir})`);
  const subgraphs = await startSubgraphs(realPorts, setup.env, seedDatabase(dir));
  const answers = Object.fromEntries(SUBGRAPHS.map((name) => [name, {} as CannedAnswers])) as Record<SubgraphName, CannedAnswers>;
  const proxies = await Promise.all(
    SUBGRAPHS.map((name) => recordingProxy(setup.ports[name], subgraphUrl(realPorts, name), answers[name])),
  );
  try {
    const requests = await cannedRequests(realPorts);
    for (const target of targets) {
      // without the entity cache, which would ask for part of the entities: the canned run asks for them all (canned answers carry no cache hint, so nothing is kept there)
      const running = await TARGETS[target]({ ...setup, env: { ...setup.env, ENTITY_CACHE: 'off' }, workers: 1, subgraphs });
      try {
        for (const body of Object.values(requests).flat()) await expectAnswer(running.url, body, target);
      } finally {
        await running.stop();
      }
      log(`  ${target}: ${SUBGRAPHS.map((name) => `${name} ${Object.keys(answers[name]).length}`).join(', ')} answers so far`);
    }
    const answerFiles = {} as Record<SubgraphName, string>;
    for (const name of SUBGRAPHS) {
      answerFiles[name] = path.join(dir, `${name}.answers.json`);
      writeFileSync(answerFiles[name], JSON.stringify(answers[name]));
    }
    return { requests, answerFiles };
  } finally {
    for (const proxy of proxies) proxy.closeAllConnections();
    await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
  }
}

/** Forwards each request to the real subgraph and keeps its answer under the request's key. */
async function recordingProxy(port: number, upstream: string, answers: CannedAnswers): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then(async (answer) => {
          const text = await answer.text();
          if (answer.ok) answers[answerKey(body)] = text;
          response.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
        })
        .catch((error: unknown) => response.writeHead(502).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

async function expectAnswer(url: string, body: string, target: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors":'))
    throw new Error(
      `${target} answered a canned request with an error while recording: HTTP ${response.status} ${text.slice(0, 400)}\nrequest: ${body.slice(0, 300)}`,
    );
}
