import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import { compareSourceVersions, type SourceRecord } from '@passerelle/subgraph-kit';
import type { ImportChange } from '../generated/resolvers-types';
import { Offer } from '../offers/offer.entity';
import { listsOf } from '../offers/offer-lists';
import { insertOffer, updateOffer } from '../offers/offer-writes';
import type { CreateOfferInput } from '../offers/offer-input';
import { refusalOf, type CheckedRecord, type ImportRecord } from './import-records';
import { offerChanges } from './offer-differences';
import { OfferSource } from './offer-source.entity';

/*
 * Applying an import's records: all in one transaction, each record in a savepoint of its own
 * so that a refused one leaves nothing of itself. A record is matched to an offer by its
 * source (system, id); else by the same organisation, title and deadline, among the offers no
 * other record of the same system was matched to (that system counts them as two postings).
 * Then it creates the offer (insertOffer, as createOffer), updates it (updateOffer, as the
 * mutation: lists replaced, version +1, its event) or leaves it, as its version says.
 */

export interface ImportResult {
  key: string;
  change: ImportChange;
  offerId: string | null;
  reason: string | null;
  field: string | null;
}

export interface ImportOutcome {
  results: ImportResult[];
  /** False when nothing was written: a dry run, or a record refused without `applyValid`. */
  applied: boolean;
}

export const OLDER_VERSION = 'an older version than the one imported';

/** Thrown to roll the transaction back with the results it reached. */
class NothingWritten extends Error {
  constructor(readonly results: ImportResult[]) {
    super('nothing written');
  }
}

export class OfferImports {
  constructor(private readonly dataSource: DataSource) {}

  /** Applies the records (authorisation is the caller's). */
  apply(records: readonly ImportRecord[], options: { dryRun: boolean; applyValid: boolean }, now = new Date()): Promise<ImportOutcome> {
    return importOffers(this.dataSource, records, options, now);
  }

  /** The record each offer was last imported from, for these offers (those with none are absent). */
  async sourceRecordsOf(offerIds: readonly string[]): Promise<Map<string, SourceRecord>> {
    const sources = await this.dataSource.getRepository(OfferSource).findBy({ offerId: In([...offerIds]) });
    const latest = new Map<string, OfferSource>();
    for (const source of sources) {
      const kept = latest.get(source.offerId);
      if (!kept || laterRecorded(source, kept)) latest.set(source.offerId, source);
    }
    return new Map([...latest].map(([offerId, { system, sourceId, version, url }]) => [offerId, { system, id: sourceId, version, url }]));
  }
}

/** The last recorded first; for one instant, by system then id, so that both databases agree. */
function laterRecorded(a: OfferSource, b: OfferSource): boolean {
  const byTime = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byTime) return byTime > 0;
  return a.system === b.system ? a.sourceId < b.sourceId : a.system < b.system;
}

async function importOffers(
  dataSource: DataSource,
  records: readonly ImportRecord[],
  options: { dryRun: boolean; applyValid: boolean },
  now: Date,
): Promise<ImportOutcome> {
  try {
    const results = await inTransaction(dataSource, async (manager) => {
      const reached: ImportResult[] = [];
      for (const record of records) reached.push(await importRecord(manager, record, now));
      const refused = reached.some((result) => result.change === 'REFUSED');
      if (options.dryRun || (refused && !options.applyValid)) throw new NothingWritten(reached);
      return reached;
    });
    return { results, applied: true };
  } catch (error) {
    if (!(error instanceof NothingWritten)) throw error;
    // an offer that would have been created has no id: none was kept
    const results = error.results.map((result) => (result.change === 'CREATED' ? { ...result, offerId: null } : result));
    return { results, applied: false };
  }
}

async function importRecord(manager: EntityManager, record: ImportRecord, now: Date): Promise<ImportResult> {
  const { key } = record;
  if ('refusal' in record) return { key, change: 'REFUSED', offerId: null, ...record.refusal };
  try {
    // a savepoint: a record refused halfway leaves nothing of itself
    return await manager.transaction((savepoint) => applyRecord(savepoint, record, now));
  } catch (error) {
    return { key, change: 'REFUSED', offerId: null, ...refusalOf(error, record.path) };
  }
}

async function applyRecord(manager: EntityManager, record: CheckedRecord, now: Date): Promise<ImportResult> {
  const { key, source, offer: input } = record;
  const result = (change: ImportChange, offerId: string, reason: string | null = null): ImportResult => ({
    key,
    change,
    offerId,
    reason,
    field: null,
  });
  const known = await manager.findOneBy(OfferSource, { system: source.system, sourceId: source.id });
  if (known) {
    const comparison = compareSourceVersions(known.version, source.version);
    if (comparison === 'same') return result('UNCHANGED', known.offerId);
    if (comparison === 'older') return result('UNCHANGED', known.offerId, OLDER_VERSION);
    const updated = await applyTo(manager, await manager.findOneByOrFail(Offer, { id: known.offerId }), input, now);
    await manager.update(
      OfferSource,
      { system: source.system, sourceId: source.id },
      { version: source.version, url: source.url, recordedAt: now },
    );
    return result(updated ? 'UPDATED' : 'UNCHANGED', known.offerId);
  }
  const matched = await sameOffer(manager, source, input);
  if (matched) {
    const updated = await applyTo(manager, matched, input, now);
    await recordSource(manager, source, matched.id, now);
    return result(updated ? 'UPDATED' : 'UNCHANGED', matched.id);
  }
  const created = await insertOffer(manager, input, now);
  await recordSource(manager, source, created.id, now);
  return result('CREATED', created.id);
}

/** Makes `offer` say what the record says; false when it already did. */
async function applyTo(manager: EntityManager, offer: Offer, input: CreateOfferInput, now: Date): Promise<boolean> {
  const lists = (await listsOf(manager, [offer.id])).get(offer.id)!;
  const changes = offerChanges(offer, lists, input);
  if (!changes) return false;
  await updateOffer(manager, offer, changes, offer.version, now);
  return true;
}

/**
 * The offer the stated rule matches: same organisation, deadline and title, the title compared
 * here exactly (MySQL's collation would ignore case and accents where SQLite does not). A
 * record without a deadline matches none.
 */
async function sameOffer(manager: EntityManager, source: SourceRecord, input: CreateOfferInput): Promise<Offer | null> {
  if (!input.deadline) return null;
  const candidates = await manager
    .createQueryBuilder(Offer, 'o')
    .where('o.organisation_id = :organisationId AND o.deadline = :deadline', {
      organisationId: input.organisationId,
      deadline: input.deadline,
    })
    .andWhere('NOT EXISTS (SELECT 1 FROM offer_sources s WHERE s.offer_id = o.id AND s.system = :system)', { system: source.system })
    .orderBy('o.id')
    .getMany();
  return candidates.find((offer) => offer.title === input.title) ?? null;
}

function recordSource(manager: EntityManager, source: SourceRecord, offerId: string, now: Date) {
  return manager.insert(OfferSource, {
    system: source.system,
    sourceId: source.id,
    offerId,
    version: source.version,
    url: source.url,
    recordedAt: now,
  });
}
