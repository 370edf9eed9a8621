import { createHmac } from 'node:crypto';

/**
 * `Passerelle-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe
 * signs its webhooks: the receiver recomputes it with its secret, compares in constant time,
 * and refuses a `t` too far from its clock (a replayed request).
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
