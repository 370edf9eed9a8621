import { randomUUID } from 'node:crypto';

/** The caller's `x-request-id` (at most 100 characters), or a new one when it sent none. */
export function requestIdFrom(header: string | undefined): string {
  return (header ?? '').slice(0, 100) || randomUUID();
}
