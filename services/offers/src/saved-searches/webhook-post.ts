import http from 'node:http';
import https from 'node:https';
import { literalAddressProblem, publicLookup } from './webhook-url';

export type PostOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/**
 * POSTs a webhook's JSON body; a 2xx answer within `timeoutMs` is a success, anything else
 * (another status, a redirect, no answer) a failure. In production the connection goes only
 * to public addresses, whatever the name resolves to by then (a literal address is checked
 * here, as no lookup runs for it: a URL saved under older rules is not dialled either).
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; production: boolean },
): Promise<PostOutcome> {
  const target = new URL(url);
  const literal = options.production ? literalAddressProblem(target) : null;
  if (literal) return Promise.resolve({ ok: false, status: null, error: `not dialled: ${literal}` });
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Passerelle-Webhooks/1',
          ...headers,
        },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.production ? { lookup: publicLookup } : {}),
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        response.once('end', () =>
          resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `answered HTTP ${status}` }),
        );
        response.once('error', (error) => resolve({ ok: false, status, error: error.message }));
      },
    );
    request.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.name === 'AbortError' || error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : error.message;
      resolve({ ok: false, status: null, error: reason.slice(0, 500) });
    });
    request.end(body);
  });
}
