import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/** A body the server refuses, answered with `status` and a GraphQL-shaped error. */
export class UnreadableBody extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The parsed JSON body of a request sent as `application/json`, or undefined for any
 * other content type (Apollo then answers 400). Past `limitBytes` the request is refused
 * with 413 without reading the rest.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const mediaType = req.headers['content-type']?.split(';', 1)[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    req.resume();
    return undefined;
  }
  let text: string;
  try {
    text = await getRawBody(req, { limit: limitBytes, length: req.headers['content-length'], encoding: 'utf8' });
  } catch (error) {
    await drained(req);
    const { status, type } = error as { status?: number; type?: string };
    if (type === 'entity.too.large') throw new UnreadableBody(413, `The request body is larger than ${limitBytes / 1000} kB`);
    throw new UnreadableBody(status && status < 500 ? status : 400, 'The request body could not be read');
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnreadableBody(400, 'The request body is not valid JSON');
  }
}

/** Reads off the rest of a refused body (as body-parser does), so the client gets the answer rather than a reset. */
function drained(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.once('end', resolve).once('close', resolve).resume();
  });
}
