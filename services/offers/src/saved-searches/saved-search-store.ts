import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, isMysql } from '@passerelle/db';
import { ErrorCode, type Connection } from '@passerelle/subgraph-kit';
import { GraphQLError } from 'graphql';
import { SavedSearch } from './saved-search.entity';
import { storedFilter, type SaveSearchInput } from './saved-search-input';
import { WebhookDelivery, type DeliveryStatus } from './webhook-delivery.entity';

/** Each saved search costs one query per batch of offer events: a bound on what one user adds to every write. */
export const MAX_SAVED_SEARCHES = 50;
/** The longest token subject a saved search may belong to (the owner columns' size). */
export const MAX_OWNER_SUBJECT_LENGTH = 200;

/** A deliveries page's sort key: when it was made (ISO) and its id. */
export type DeliveryKey = [string, string];

/** A page of a saved search's webhook deliveries. */
export type DeliveryPage = Connection<WebhookDelivery>;

/** Saved searches and their deliveries, always within one owner's. */
export class SavedSearchStore {
  constructor(private readonly dataSource: DataSource) {}

  ownedBy(owner: string): Promise<SavedSearch[]> {
    return this.dataSource.getRepository(SavedSearch).find({ where: { ownerSubject: owner }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async findOwned(owner: string, id: string): Promise<SavedSearch | null> {
    return this.dataSource.getRepository(SavedSearch).findOneBy({ id, ownerSubject: owner });
  }

  /**
   * Saves it, with a new webhook secret when it has a webhook. The owner's counter row is
   * incremented first, in the same transaction: its lock makes the owner's concurrent saves
   * wait for each other, so no interleaving keeps more than the cap.
   */
  create(owner: string, input: SaveSearchInput, now = new Date()): Promise<SavedSearch> {
    return inTransaction(this.dataSource, async (manager) => {
      const owned = await this.countOneMore(manager, owner);
      if (owned > MAX_SAVED_SEARCHES) {
        const message = `You have ${MAX_SAVED_SEARCHES} saved searches, the most one may keep: delete one before saving another`;
        throw new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
      }
      const search: SavedSearch = {
        id: randomUUID(),
        ownerSubject: owner,
        name: input.name,
        filter: storedFilter(input.filter),
        webhookUrl: input.webhookUrl,
        webhookSecret: input.webhookUrl ? `whsec_${randomBytes(24).toString('base64url')}` : null,
        createdAt: now,
      };
      await manager.insert(SavedSearch, search);
      return search;
    });
  }

  /** Deletes it and its deliveries; false when the owner has no such search. */
  delete(owner: string, id: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const { affected } = await manager.delete(SavedSearch, { id, ownerSubject: owner });
      if (affected !== 1) return false;
      await manager.query('UPDATE saved_search_owners SET saved_searches = saved_searches - 1 WHERE owner_subject = ?', [owner]);
      return true;
    });
  }

  /** Adds one to the owner's count (its row made if missing, then locked until the transaction ends) and returns it. */
  private async countOneMore(manager: EntityManager, owner: string): Promise<number> {
    const upsert = isMysql(this.dataSource)
      ? 'INSERT INTO saved_search_owners (owner_subject, saved_searches) VALUES (?, 1) ON DUPLICATE KEY UPDATE saved_searches = saved_searches + 1'
      : 'INSERT INTO saved_search_owners (owner_subject, saved_searches) VALUES (?, 1) ON CONFLICT (owner_subject) DO UPDATE SET saved_searches = saved_searches + 1';
    await manager.query(upsert, [owner]);
    const [row] = await manager.query<{ count: unknown }[]>(
      'SELECT saved_searches AS count FROM saved_search_owners WHERE owner_subject = ?',
      [owner],
    );
    return Number(row?.count);
  }

  /** A page of a search's deliveries, newest first, with one extra row to tell whether more follow. */
  deliveries(savedSearchId: string, status: DeliveryStatus | null, limit: number, after: DeliveryKey | null): Promise<WebhookDelivery[]> {
    const query = this.deliveriesOf(savedSearchId, status)
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      query.andWhere('(d.created_at < :afterAt OR (d.created_at = :afterAt AND d.id < :afterId))', {
        afterAt: new Date(after[0]),
        afterId: after[1],
      });
    }
    return query.getMany();
  }

  countDeliveries(savedSearchId: string, status: DeliveryStatus | null): Promise<number> {
    return this.deliveriesOf(savedSearchId, status).getCount();
  }

  private deliveriesOf(savedSearchId: string, status: DeliveryStatus | null) {
    const query = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.saved_search_id = :savedSearchId', { savedSearchId });
    if (status) query.andWhere('d.status = :status', { status });
    return query;
  }
}
