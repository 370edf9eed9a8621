import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/** Each child table, the lookup column it is filtered on, and what its index also covers (the search scores). */
const TABLES: { table: string; lookup: string; covering?: string[] }[] = [
  { table: 'offer_duty_stations', lookup: 'city_key' },
  { table: 'offer_duty_stations', lookup: 'country_code' },
  { table: 'offer_countries', lookup: 'country_code' },
  { table: 'offer_languages', lookup: 'code' },
  { table: 'offer_themes', lookup: 'theme' },
  { table: 'offer_programmes', lookup: 'programme_id' },
  { table: 'offer_terms', lookup: 'term', covering: ['title_hits', 'body_hits'] },
];

/**
 * Takes the copies of each offer's state and deadline out of its child rows and search terms
 * (ListingInIndexTables1764300000000 put them there): they served counts and pages of open
 * offers, which the read model of open offers now answers from memory. The archive's reads
 * (closed offers, drafts, every status) check the status on the offers table. Each lookup
 * index becomes (lookup, offer_id) again; the search terms' also holds the scores, so a
 * search's grouped read needs no table row.
 */
export class ListingOutOfIndexTables1764600000000 implements MigrationInterface {
  name = 'ListingOutOfIndexTables1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, lookup, covering = [] } of TABLES) {
      await queryRunner.dropIndex(table, `idx_${table}_${lookup}_listing`);
      await queryRunner.createIndex(
        table,
        new TableIndex({ name: `idx_${table}_${lookup}`, columnNames: [lookup, 'offer_id', ...covering] }),
      );
    }
    for (const table of new Set(TABLES.map((entry) => entry.table))) {
      await queryRunner.dropColumn(table, 'deadline');
      await queryRunner.dropColumn(table, 'state');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    for (const table of new Set(TABLES.map((entry) => entry.table))) {
      await queryRunner.addColumns(table, [
        new TableColumn({ name: 'state', ...types.binaryText(10), default: "'DRAFT'" }),
        new TableColumn({ name: 'deadline', ...types.timestamp, isNullable: true }),
      ]);
      await queryRunner.query(
        `UPDATE ${table} SET state = (SELECT o.state FROM offers o WHERE o.id = ${table}.offer_id), ` +
          `deadline = (SELECT o.deadline FROM offers o WHERE o.id = ${table}.offer_id)`,
      );
    }
    for (const { table, lookup, covering = [] } of TABLES) {
      await queryRunner.dropIndex(table, `idx_${table}_${lookup}`);
      await queryRunner.createIndex(
        table,
        new TableIndex({ name: `idx_${table}_${lookup}_listing`, columnNames: [lookup, 'state', 'deadline', 'offer_id', ...covering] }),
      );
    }
  }
}
