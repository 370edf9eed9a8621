import { exponentOf } from './currencies';

/** Money as the API shows it: an exact decimal string and an ISO 4217 code. */
export interface Money {
  amount: string;
  currency: string;
}

/** The largest amount a BIGINT column holds, in minor units. */
export const MAX_MINOR_UNITS = 2n ** 63n - 1n;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Why an amount cannot be stored in a currency; the message is for the client. */
export class AmountError extends Error {}

/**
 * "40265165.00" USD → 4026516500n. Refuses what is not a plain decimal, not positive,
 * more precise than the currency's minor unit ("10.001" USD, "10.5" JPY) or too large to store.
 * Trailing zeros beyond the minor unit are exact and accepted ("10.100" USD).
 */
export function toMinorUnits(amount: string, currency: string): bigint {
  const exponent = exponentOf(currency);
  if (exponent === undefined) throw new AmountError(`${JSON.stringify(currency)} is not an ISO 4217 currency code`);
  const match = DECIMAL.exec(amount);
  if (!match) throw new AmountError(`amount must be a decimal string such as "1250.50"; got ${JSON.stringify(amount)}`);
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(exponent))) {
    throw new AmountError(
      `${currency} has ${exponent} decimal place${exponent === 1 ? '' : 's'}; ${JSON.stringify(amount)} is more precise`,
    );
  }
  const minor = BigInt(whole! + fraction.slice(0, exponent).padEnd(exponent, '0'));
  if (sign || minor === 0n) throw new AmountError(`amount must be greater than zero; got ${JSON.stringify(amount)}`);
  if (minor > MAX_MINOR_UNITS) throw new AmountError(`amount is too large to store; got ${JSON.stringify(amount)}`);
  return minor;
}

/** 4026516500n USD → "40265165.00"; 1000n JPY → "1000". */
export function formatMinorUnits(minor: bigint, currency: string): string {
  const exponent = exponentOf(currency) ?? 0;
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent ? `.${fraction}` : ''}`;
}

export function money(minor: bigint, currency: string): Money {
  return { amount: formatMinorUnits(minor, currency), currency };
}

/** Adds minor units per currency; never across currencies. Ordered by currency code. */
export function totalsByCurrency(amounts: Iterable<{ currency: string | null; minor: bigint | null }>): Money[] {
  const sums = new Map<string, bigint>();
  for (const { currency, minor } of amounts) {
    if (currency === null || minor === null) continue;
    sums.set(currency, (sums.get(currency) ?? 0n) + minor);
  }
  return [...sums.keys()].sort().map((currency) => money(sums.get(currency)!, currency));
}
