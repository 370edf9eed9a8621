import { readFileSync } from 'node:fs';
import http from 'node:http';
import { answerKey, type CannedAnswers } from '../canned/answers';

/*
 * A canned subgraph: the answers recorded from the real one (src/canned/record.ts), served by
 * the cheapest server there is (node:http, bodies serialised once at start), so that the
 * gateway in front of it is the bottleneck. A request nothing was recorded for is answered
 * with a GraphQL error naming it, which the bench counts as an error.
 * Usage: node --import tsx canned-subgraph.ts <answers.json> <port>
 */

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  console.error('usage: canned-subgraph.ts <answers.json> <port>');
  process.exit(2);
}
const answers = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as CannedAnswers).map(([key, body]) => [key, Buffer.from(body)]),
);
const typename = Buffer.from('{"data":{"__typename":"Query"}}');
let unrecordedLogged = 0;

function answerFor(body: string): Buffer {
  const key = answerKey(body);
  const answer = answers.get(key);
  if (answer) return answer;
  if (key.startsWith('{ __typename }')) return typename; // readiness checks
  if (unrecordedLogged++ < 5) console.error(`unrecorded subgraph request: ${body.slice(0, 500)}`);
  return Buffer.from(
    JSON.stringify({
      errors: [{ message: `canned subgraph: no answer recorded for ${body.slice(0, 200)}`, extensions: { code: 'CANNED_ANSWER_MISSING' } }],
    }),
  );
}

// an orderly exit, so that node --cpu-prof writes its profile
process.once('SIGTERM', () => process.exit(0));

http
  .createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let answer: Buffer;
      try {
        answer = answerFor(Buffer.concat(chunks).toString('utf8'));
      } catch {
        response.writeHead(400).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length }).end(answer);
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`canned subgraph: ${answers.size} answers on port ${port}`));
