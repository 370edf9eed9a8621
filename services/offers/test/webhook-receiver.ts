import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The status this receiver answered. */
  answered: number;
}

export interface WebhookReceiver {
  /** The URL to save, on 127.0.0.1 with a port from the OS; paths below it tell searches apart. */
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `count` requests (answered any way) have arrived, or fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real webhook receiver over node:http. `answer` decides each request's status from it
 * and how many requests with the same Passerelle-Delivery id came before (0 for the first).
 */
export async function startReceiver(
  answer: (request: Omit<ReceivedWebhook, 'answered' | 'at'>, earlier: number) => number = () => 204,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const earlier = received.filter((other) => other.headers['passerelle-delivery'] === req.headers['passerelle-delivery']).length;
      const status = answer(request, earlier);
      received.push({ ...request, at: Date.now(), answered: status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} webhook requests within ${timeoutMs} ms, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Checks a Passerelle-Signature header as a receiver would (the README's recipe), within `toleranceSeconds` of now. */
export function signatureIsValid(header: string | undefined, body: string, secret: string, toleranceSeconds = 300): boolean {
  const { t, v1 } = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=') as [string, string]));
  if (!t || !v1 || Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
