import type { Socket } from 'node:net';
import { clientAddress } from '../src/rate-limit/client-address';

const request = (peer: string, forwardedFor?: string) => ({
  socket: { remoteAddress: peer } as Socket,
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
});

describe('the client address rate limits charge', () => {
  it('is the connection’s peer, whatever X-Forwarded-For says, when no proxy is trusted', () => {
    expect(clientAddress(request('192.0.2.10', '203.0.113.7'), 0)).toBe('192.0.2.10');
    expect(clientAddress(request('::ffff:192.0.2.10'), 0)).toBe('192.0.2.10');
    expect(clientAddress(request('2001:db8::1'), 0)).toBe('2001:db8::1');
  });

  it('is the entry the farthest trusted proxy appended, never one the client wrote', () => {
    // client wrote 198.51.100.1; the edge proxy saw 203.0.113.7; the ingress saw the edge proxy, 10.0.0.5
    const forwarded = '198.51.100.1, 203.0.113.7, 10.0.0.5';
    expect(clientAddress(request('10.0.0.9', forwarded), 1)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.9', forwarded), 2)).toBe('203.0.113.7');
  });

  it('is the leftmost entry when fewer proxies than trusted wrote one, and the peer when none did', () => {
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 2)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.9'), 1)).toBe('10.0.0.9');
  });
});
