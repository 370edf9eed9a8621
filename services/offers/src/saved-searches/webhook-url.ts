import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
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
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is on the public internet (BlockList judges an IPv4-mapped IPv6 address by its IPv4 rules). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
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
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (production && isIP(host) && !isPublicAddress(host)) return `must not point to a loopback, private or link-local address (${host})`;
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

/** A `lookup` for http(s).request that connects only to public addresses: a name re-pointed since it was saved is refused. */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true })
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
