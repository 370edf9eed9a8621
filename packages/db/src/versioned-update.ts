import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export type VersionedUpdateOutcome = 'updated' | 'stale' | 'missing';

/**
 * Optimistic concurrency: `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`.
 * Exactly one of several writers holding the same version wins; the others learn that
 * their version is stale instead of silently overwriting (TypeORM's save() checks nothing).
 */
export async function updateIfVersion<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<Entity>,
): Promise<VersionedUpdateOutcome> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return 'updated';
  const exists = await manager.getRepository(entity).exists({ where: { id } as never });
  return exists ? 'stale' : 'missing';
}
