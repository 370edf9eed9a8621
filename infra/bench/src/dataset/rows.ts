/*
 * Rows as the services' tables store them (their migrations define the columns): the
 * generators make these, the loader inserts them column by column.
 */
export type { ContractType } from '../../../../services/offers/src/offers/offer.entity';
import type { ContractType } from '../../../../services/offers/src/offers/offer.entity';

export type Row = Record<string, string | number | boolean | Date | null>;

export interface OrganisationRow extends Row {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string;
  kind: string;
  parent_id: string | null;
  country_code: string | null;
  website: string | null;
  description: string | null;
  search_text: string;
  sort_name: string;
  version: number;
}

export interface ProgrammeRow extends Row {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string;
  kind: string;
  description: string | null;
  start_date: string | null;
  start_year: number | null;
  end_date: string | null;
  end_year: number | null;
  parent_id: string | null;
  supports_id: string | null;
  search_text: string;
  sort_name: string;
  version: number;
}

export interface OfferRow extends Row {
  id: string;
  title: string;
  reference: string | null;
  organisation_id: string;
  organisation_name: string;
  positions: number;
  contract_type: ContractType;
  contract_label: string | null;
  grade: string | null;
  duration_months: number | null;
  min_experience_years: number | null;
  education: string | null;
  eligibility: string | null;
  description: string;
  description_sections: string;
  posted_at: Date | null;
  deadline: Date | null;
  deadline_time_zone: string | null;
  deadline_time_zone_assumed: boolean;
  deadline_stated: string | null;
  state: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  closed_at: Date | null;
  apply_url: string | null;
  source_url: string | null;
  source_language: string | null;
  version: number;
}

/** Rows for several tables, by table name, in the order they must be inserted (parents first). */
export type TableRows = Map<string, Row[]>;

export function addRows(tables: TableRows, table: string, rows: Row[]): void {
  const existing = tables.get(table);
  if (existing) existing.push(...rows);
  else tables.set(table, [...rows]);
}
