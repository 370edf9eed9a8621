import { DEFAULT_SEED, currentMonthAnchor, type DatasetSpec } from '../../../infra/bench/src/dataset/spec';
import { generateOffers } from '../../../infra/bench/src/dataset/offers';
import { generateOrganisations } from '../../../infra/bench/src/dataset/organisations';
import { generateProgrammes } from '../../../infra/bench/src/dataset/programmes';
import type { DataSource } from 'typeorm';
import type { Row, TableRows } from '../../../infra/bench/src/dataset/rows';

/**
 * The bench's offers generator from test code. It makes its rows with the services' own code
 * from their builds; tests need no build, so a test file mocks it with this, from sources:
 * `jest.mock('../../../infra/bench/src/dataset/service-code', () => jest.requireActual<typeof import('./bench-data')>('./bench-data').serviceCodeFromSources())`.
 */
export function serviceCodeFromSources() {
  return {
    offersCode: () => ({
      termCountsOf: jest.requireActual<typeof import('../src/offers/search-terms')>('../src/offers/search-terms').termCountsOf,
      cityKeyOf: jest.requireActual<typeof import('../src/offers/offer-filter')>('../src/offers/offer-filter').cityKeyOf,
      endOfDay: jest.requireActual<typeof import('../src/offers/deadline')>('../src/offers/deadline').endOfDay,
      parseSections: jest.requireActual<typeof import('../src/seed/seed-texts')>('../src/seed/seed-texts').parseSections,
      descriptionText:
        jest.requireActual<typeof import('../src/offers/offer-description')>('../src/offers/offer-description').descriptionText,
    }),
    organisationsCode: () => ({
      searchTextOf: jest.requireActual<typeof import('../../organisations/src/organisations/organisation-reads')>(
        '../../organisations/src/organisations/organisation-reads',
      ).searchTextOf,
    }),
    programmesCode: () => ({
      searchTextOf: jest.requireActual<typeof import('../../programmes/src/programmes/programme-reads')>(
        '../../programmes/src/programmes/programme-reads',
      ).searchTextOf,
      exponentOf: jest.requireActual<typeof import('../../../packages/subgraph-kit/src/values/currencies')>(
        '../../../packages/subgraph-kit/src/values/currencies',
      ).exponentOf,
    }),
    foldForSearch: jest.requireActual<typeof import('@passerelle/db')>('@passerelle/db').foldForSearch,
  };
}

/** A slice of the bench data set: `offers` offers and the organisations and programmes they name, in batches of rows by table. */
export function* benchOfferBatches(offers: number, batchSize = 100): Generator<TableRows> {
  const spec: DatasetSpec = {
    seed: DEFAULT_SEED,
    organisations: 150,
    programmes: 20,
    contributions: 100,
    offers,
    anchor: currentMonthAnchor(),
  };
  const organisations = generateOrganisations(spec);
  const programmes = generateProgrammes(spec, organisations);
  yield* generateOffers(spec, organisations, programmes, batchSize);
}

/** Inserts the generator's rows (named by column) through the entities, so each database gets its own types. */
export async function loadBenchOffers(dataSource: DataSource, offers: number): Promise<void> {
  for (const batch of benchOfferBatches(offers)) {
    await dataSource.transaction(async (manager) => {
      for (const [table, rows] of batch) {
        const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table)!;
        const entities = rows.map((row: Row) =>
          Object.fromEntries(
            Object.entries(row).map(([column, value]) => {
              const definition = metadata.findColumnWithDatabaseName(column)!;
              return [definition.propertyName, definition.type === 'simple-json' ? JSON.parse(value as string) : value];
            }),
          ),
        );
        for (let start = 0; start < entities.length; start += 200)
          await manager.insert(metadata.target, entities.slice(start, start + 200));
      }
    });
  }
}
