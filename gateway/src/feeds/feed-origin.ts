import type { IncomingMessage } from 'node:http';

export interface FeedOriginOptions {
  /** The configured public URL (PUBLIC_URL): its origin wins over anything a request says. */
  publicUrl?: string;
  /** Proxies in front (TRUST_PROXY_HOPS): only with some are X-Forwarded-Host and -Proto believed. */
  trustProxyHops: number;
}

/**
 * The origin a feed's links start with. Feeds are public and cached by shared caches, so
 * a header any client may write must not choose it: the configured public URL, else
 * behind trusted proxies what the nearest one forwarded (the last entry), else the Host
 * the connection asked for. A malformed host falls back to localhost rather than failing.
 */
export function feedOrigin(req: Pick<IncomingMessage, 'headers'>, options: FeedOriginOptions): string {
  if (options.publicUrl) return new URL(options.publicUrl).origin;
  const forwarded = (name: string) => {
    const value = req.headers[name];
    return options.trustProxyHops > 0 && value ? lastEntry(Array.isArray(value) ? value.join(',') : value) : undefined;
  };
  const protocol = forwarded('x-forwarded-proto') === 'https' ? 'https' : 'http';
  const host = forwarded('x-forwarded-host') ?? req.headers.host ?? 'localhost';
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return `${protocol}://localhost`;
  }
}

function lastEntry(list: string): string | undefined {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
}
