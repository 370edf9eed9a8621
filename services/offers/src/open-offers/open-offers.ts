import type { DataSource } from 'typeorm';
import { OpenOffersModel } from './open-offers-model';
import { readOffers, readOpenOffers } from './open-offers-source';

/** The start-up refusal when the open set is larger than the process was sized for. */
export class TooManyOpenOffers extends Error {
  constructor(limit: number) {
    super(
      `more than OPEN_OFFERS_MAX=${limit} offers are open: the offers process keeps them all in memory and refuses to start; ` +
        'raise OPEN_OFFERS_MAX (and the memory the process gets, about 2.5 KB per open offer, its words, summary and lists included) or close stale offers',
    );
    this.name = 'TooManyOpenOffers';
  }
}

/**
 * One process's read model of open offers and how it is kept current: loaded whole at
 * start-up (and reloaded when the change feed may have missed events), then changed offer by
 * offer, each read again by id from the database (`refresh`), after this process's own
 * writes and for each event of the feed.
 */
export class OpenOffers {
  private current = new OpenOffersModel();
  /** Offers refreshed while a reload is reading: read again into the new model once it is in place. */
  private refreshedDuringReload: Set<string> | null = null;
  private reloading: Promise<void> | null = null;
  /** When the model was last loaded whole, and how long that took. */
  lastLoad = { at: new Date(0), ms: 0, offers: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxOpenOffers: number,
  ) {}

  get model(): OpenOffersModel {
    return this.current;
  }

  /** Loads every open offer into a new model, then puts it in place; refuses more than `maxOpenOffers`. */
  reload(): Promise<void> {
    this.reloading ??= this.loadWhole().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /** Reads these offers again and puts them in the model as they now stand (gone or not open: out). */
  async refresh(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    for (const id of ids) this.refreshedDuringReload?.add(id);
    const model = this.current;
    const sources = await readOffers(this.dataSource, ids);
    for (const source of sources) model.apply(source);
    const found = new Set(sources.map((source) => source.id));
    for (const id of ids) if (!found.has(id)) model.remove(id);
  }

  private async loadWhole(): Promise<void> {
    const started = performance.now();
    const now = new Date();
    const fresh = new OpenOffersModel();
    this.refreshedDuringReload = new Set();
    try {
      await readOpenOffers(this.dataSource, now, (batch) => {
        for (const source of batch) fresh.apply(source);
        if (fresh.size > this.maxOpenOffers) throw new TooManyOpenOffers(this.maxOpenOffers);
      });
      fresh.sortOrders();
      this.current = fresh;
      const missed = [...this.refreshedDuringReload];
      this.refreshedDuringReload = null;
      await this.refresh(missed);
    } finally {
      this.refreshedDuringReload = null;
    }
    this.lastLoad = { at: now, ms: performance.now() - started, offers: fresh.size };
  }
}

const byDataSource = new WeakMap<DataSource, OpenOffers>();

/** The read model of the process serving this database, once `prepareOpenOffers` has loaded it. */
export function openOffersOf(dataSource: DataSource): OpenOffers | undefined {
  return byDataSource.get(dataSource);
}

export function registerOpenOffers(dataSource: DataSource, openOffers: OpenOffers): void {
  byDataSource.set(dataSource, openOffers);
}
