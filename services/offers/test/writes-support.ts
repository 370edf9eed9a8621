import { tableSnapshot, type GraphQLResponse } from '@passerelle/testing';
import type { DataSource } from 'typeorm';

export const OFFER_FIELDS = 'id title status version organisation { id } closedAt postedAt deadline deadlineTimeZone';

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }
`;
export const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateOfferInput!, $expectedVersion: Int!) {
    updateOffer(id: $id, input: $input, expectedVersion: $expectedVersion) { ${OFFER_FIELDS} }
  }
`;
export const CLOSE = /* GraphQL */ `
  mutation Close($id: ID!) { closeOffer(id: $id) { ${OFFER_FIELDS} } }
`;

export interface WrittenOffer {
  id: string;
  title: string;
  status: string;
  version: number;
  organisation: { id: string };
  closedAt: string | null;
  postedAt: string | null;
  deadline: string | null;
  deadlineTimeZone: string | null;
}

/** What a write answers, by mutation name. */
export type Written = Record<string, WrittenOffer | null>;
export type WriteResponse = GraphQLResponse<Written>;

/** Every table an offer write touches, its outbox included: a refused or failed write must leave all of them as they were. */
export const OFFER_TABLES = [
  'outbox_events',
  'offers',
  'offer_duty_stations',
  'offer_countries',
  'offer_languages',
  'offer_themes',
  'offer_programmes',
  'offer_terms',
  'offer_sources',
];

export const snapshot = (dataSource: DataSource) => tableSnapshot(dataSource, OFFER_TABLES);

/** A well-formed offer for UNOPS, a draft unless `overrides` say otherwise. */
export function offerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Coordonnateur de la protection de l’enfance',
    organisationId: 'unops',
    organisationName: 'UNOPS',
    contractType: 'INDIVIDUAL_CONTRACTOR',
    dutyStations: [{ city: 'Goma', countryCode: 'CD' }],
    languages: [
      { code: 'fr', required: true },
      { code: 'en', required: false },
    ],
    themes: ['child-protection'],
    programmeIds: ['issss'],
    descriptionSections: [{ heading: 'Contexte', body: 'Appui aux équipes de protection dans le Nord-Kivu.' }],
    deadline: '2099-03-31T21:59:59Z',
    deadlineTimeZone: 'Africa/Kinshasa',
    ...overrides,
  };
}

export const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** The written offer, failing with the errors when there is none. */
export function writtenOf(response: WriteResponse, mutation: string): WrittenOffer {
  expect(response.errors).toBeUndefined();
  return response.data![mutation]!;
}
