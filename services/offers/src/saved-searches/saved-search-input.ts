import { z } from '@passerelle/config';
import { badUserInput, fields, parseInput } from '@passerelle/subgraph-kit';
import { criteriaOf, type OfferCriteria, type OfferFilterInput } from '../offers/offer-filter';
import { checkResolvesPublicly, webhookUrlSchema } from './webhook-url';

/** What saveSearch accepts, once checked. */
export interface SaveSearchInput {
  filter: OfferFilterInput;
  name: string | null;
  webhookUrl: string | null;
}

/**
 * Checks saveSearch's arguments: the filter exactly as `offers` checks it (errors name
 * `filter.<field>`), the name, and the webhook URL (its form, and in production where its
 * host resolves). A saved search follows published offers: DRAFT is refused.
 */
export async function checkSaveSearch(
  args: { filter: OfferFilterInput; webhookUrl?: string | null; name?: string | null },
  production: boolean,
): Promise<SaveSearchInput> {
  criteriaOf(args.filter);
  if (args.filter.status === 'DRAFT') {
    throw badUserInput('filter.status', 'a saved search follows published offers: filter.status may be OPEN or CLOSED, or left out');
  }
  const checked = parseInput(
    // the filter is checked above; parseInput also refuses control characters in its strings
    z.object({ filter: z.unknown(), name: fields.text(200).nullish(), webhookUrl: webhookUrlSchema(production).nullish() }),
    { filter: args.filter, name: args.name, webhookUrl: args.webhookUrl },
    '',
  );
  const webhookUrl = checked.webhookUrl ?? null;
  const unreachable = webhookUrl ? await checkResolvesPublicly(webhookUrl, production) : null;
  if (unreachable) throw badUserInput('webhookUrl', `webhookUrl: ${unreachable}`);
  return { filter: args.filter, name: checked.name ?? null, webhookUrl };
}

/** The filter as stored: JSON, its instants as ISO strings. */
export function storedFilter(filter: OfferFilterInput): string {
  return JSON.stringify(filter);
}

/** A stored filter as GraphQL would hand it over again (instants as Dates). */
export function filterOf(stored: string): OfferFilterInput {
  const filter = JSON.parse(stored) as OfferFilterInput;
  const range = (value: { from?: unknown; to?: unknown } | null | undefined) =>
    value ? { from: value.from ? new Date(value.from as string) : null, to: value.to ? new Date(value.to as string) : null } : value;
  return { ...filter, deadline: range(filter.deadline), postedAt: range(filter.postedAt) };
}

/** A stored filter, checked as `offers` checks it. */
export function criteriaOfStored(stored: string): OfferCriteria {
  return criteriaOf(filterOf(stored));
}
