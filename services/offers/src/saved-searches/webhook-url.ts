import type { LookupAddress, LookupAllOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Address6 } from 'ip-address';
import { z } from '@passerelle/config';

/*
 * Where a webhook may point. In production: https, and a host whose every address is public
 * (a webhook is a request our servers make: on loopback, a private network, link-local or
 * unique-local addresses it would reach what only we should reach). The name is resolved when
 * the search is saved and again when each delivery connects (webhook-post.ts), so a name that
 * later resolves to a private address (DNS rebinding) is refused then. Development allows
 * any http(s) URL, such as the tests' receivers on 127.0.0.1.
 */

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  // RFC 8215's local-use translation prefix: the operator chooses where the IPv4 address sits in it, so it cannot be judged.
  ['64:ff9b:1::', 48],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/*
 * IPv6 addresses that carry an IPv4 address, which a host or a translator on the way may
 * reach in its place: such an address is public only if every IPv4 address it carries is.
 */
const LAST_32_BITS_ARE_IPV4 = [
  '::ffff:0:0/96', // IPv4-mapped
  '::ffff:0:0:0/96', // IPv4-translated (SIIT, RFC 6145)
  '64:ff9b::/96', // NAT64's well-known prefix (RFC 6052)
  '::/96', // IPv4-compatible (deprecated)
].map((subnet) => new Address6(subnet));
const SIX_TO_FOUR = new Address6('2002::/16');
const TEREDO = new Address6('2001::/32');

function embeddedIPv4(address: Address6): string[] {
  if (LAST_32_BITS_ARE_IPV4.some((subnet) => address.isInSubnet(subnet))) return [address.to4().correctForm()];
  if (address.isInSubnet(SIX_TO_FOUR)) return [address.inspect6to4().gateway];
  if (address.isInSubnet(TEREDO)) {
    const teredo = address.inspectTeredo();
    return [teredo.server4, teredo.client4];
  }
  return [];
}

/** Whether an IP address is on the public internet, judging an IPv6 address that embeds IPv4 by that IPv4 address too. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6 || NOT_PUBLIC.check(address, 'ipv6')) return false;
  let parsed: Address6;
  try {
    parsed = new Address6(address);
  } catch {
    return false;
  }
  return embeddedIPv4(parsed).every((ipv4) => !NOT_PUBLIC.check(ipv4, 'ipv4'));
}

/** The form of a webhook URL; in production also https and no literal address that is not public. */
export function webhookUrlSchema(production: boolean) {
  return z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .superRefine((value, context) => {
      const problem = formProblem(value, production);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

function formProblem(value: string, production: boolean): string | null {
  if (!URL.canParse(value)) return 'must be an absolute URL such as "https://example.org/hooks/passerelle"';
  const url = new URL(value);
  if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) {
    return production ? 'must be an https URL' : 'must be an http(s) URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  const literal = production ? literalAddressProblem(url) : null;
  if (literal) return `must not point to a loopback, private, link-local or reserved address (${literal})`;
  return null;
}

/** In production, refuses a host that resolves to any address that is not public (or to none). */
export async function checkResolvesPublicly(value: string, production: boolean): Promise<string | null> {
  if (!production) return null;
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return null;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  if (!addresses.length) return `its host ${host} does not resolve`;
  const refused = addresses.find((entry) => !isPublicAddress(entry.address));
  return refused ? `its host ${host} resolves to ${refused.address}, which is not a public address` : null;
}

type Resolve = (hostname: string, options: LookupAllOptions) => Promise<LookupAddress[]>;

/**
 * A `lookup` for http(s).request that connects only to public addresses: a name re-pointed
 * since it was saved is refused. `resolve` is the system resolver but for tests of rebinding.
 */
export function publicLookupVia(resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true })
      .then((addresses) => {
        const refused = addresses.find((entry) => !isPublicAddress(entry.address));
        if (refused || !addresses.length) {
          callback(new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}, which is not a public address`), '', 0);
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

export const publicLookup = publicLookupVia((hostname, options) => lookup(hostname, options));

/** In production, why a webhook may not be dialled to a literal address (no lookup runs for one), or null. */
export function literalAddressProblem(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) && !isPublicAddress(host) ? `${host} is not a public address` : null;
}
