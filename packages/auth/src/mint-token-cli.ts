#!/usr/bin/env node
/**
 * Mints a development token:
 *   npm run token -- --role editor --org unops [--sub alice] [--expires 12h]
 * Uses JWT_SECRET when set, the development secret otherwise.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from './identity';
import { mintToken } from './mint';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    org: { type: 'string', multiple: true, default: [] },
    sub: { type: 'string', default: 'developer' },
    expires: { type: 'string', default: '12h' },
  },
});
const roles = values.role;
const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
if (unknown.length || roles.length === 0) {
  console.error(`usage: npm run token -- --role <${ROLES.join('|')}> [--org <organisation id>]… [--sub <name>] [--expires 12h]`);
  process.exit(2);
}
mintToken({
  subject: values.sub,
  roles: roles as Role[],
  organisationIds: values.org,
  secret: process.env.JWT_SECRET,
  issuer: process.env.JWT_ISSUER,
  audience: process.env.JWT_AUDIENCE,
  expiresIn: values.expires,
}).then(
  (token) => console.log(token),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
