import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. With `trustProxyHops` at 0, the socket's peer: an
 * X-Forwarded-For header is ignored, since any client can write one. Behind that many
 * proxies, each appending the address it saw to X-Forwarded-For, the entry the farthest of
 * them appended (what a client writes there itself stays to its left, unread).
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxyHops: number): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxyHops > 0 && forwarded) {
    const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    if (hops.length > 0) return withoutIpv4Mapping(hops[Math.max(0, hops.length - trustProxyHops)]!);
  }
  return req.socket.remoteAddress && withoutIpv4Mapping(req.socket.remoteAddress);
}

const withoutIpv4Mapping = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
