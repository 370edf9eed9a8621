import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { asOfBound, badUserInput, isCurrency } from '@passerelle/subgraph-kit';
import type { ContributionStatus } from './contribution.entity';

export interface ContributionFilter {
  programmeIds?: readonly string[] | null;
  donorIds?: readonly string[] | null;
  statuses?: readonly ContributionStatus[] | null;
  currencies?: readonly string[] | null;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", checked by the Date scalar; a month or a year reaches its last day. */
  asOf?: string | null;
}

/** Refuses currencies that are not ISO 4217, naming the argument. */
export function checkContributionFilter(filter: ContributionFilter, argument = 'filter'): ContributionFilter {
  const unknown = filter.currencies?.find((code) => !isCurrency(code));
  if (unknown !== undefined) {
    throw badUserInput(`${argument}.currencies`, `${JSON.stringify(unknown)} is not an ISO 4217 currency code`);
  }
  return filter;
}

/** Adds the filter's conditions on the contributions aliased `c`. An empty list is no condition. */
export function whereContributions<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  filter: ContributionFilter,
): SelectQueryBuilder<Row> {
  if (filter.programmeIds?.length) query.andWhere('c.programme_id IN (:...programmeIds)', { programmeIds: filter.programmeIds });
  if (filter.donorIds?.length) query.andWhere('c.donor_id IN (:...donorIds)', { donorIds: filter.donorIds });
  if (filter.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.currencies?.length) query.andWhere('c.currency IN (:...currencies)', { currencies: filter.currencies });
  // A null date compares as unknown, so undated contributions drop out, as documented.
  if (filter.asOf) query.andWhere('c.contributed_on <= :asOfBound', { asOfBound: asOfBound(filter.asOf) });
  return query;
}
