import type { EntityManager } from 'typeorm';
import { QuestionVersionEntity } from '../entities/question-version.entity.js';
import { QuestionEntity } from '../entities/question.entity.js';

/*
 * The SQL of a pack import besides its entities: the tenant's import lock, the questions an
 * earlier import created and the versions the import left current. PackImportService holds
 * the rules.
 */

/** Takes the tenant's pack-import lock until the transaction ends: one import at a time. */
export async function lockPackImports(em: EntityManager, tenantId: string): Promise<void> {
  await em.query("SELECT pg_advisory_xact_lock(hashtext('pack-import:' || $1))", [tenantId]);
}

/** The current version of each question of the pack, by its key in the pack. */
export async function currentVersionsOfPack(
  em: EntityManager,
  packName: string,
): Promise<Map<string, string>> {
  const rows: { key: string; id: string }[] = await em.query(
    'SELECT pack_key AS key, current_version_id AS id FROM questions WHERE pack_name = $1',
    [packName],
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** The questions an earlier import of the pack created, each with its current version. */
export function questionsOfPack(
  em: EntityManager,
  packName: string,
): Promise<(QuestionEntity & { current: QuestionVersionEntity })[]> {
  return em
    .createQueryBuilder(QuestionEntity, 'q')
    .innerJoinAndMapOne(
      'q.current',
      QuestionVersionEntity,
      'v',
      'v.tenant_id = q.tenant_id AND v.id = q.current_version_id',
    )
    .where('q.pack_name = :name', { name: packName })
    .getMany() as Promise<(QuestionEntity & { current: QuestionVersionEntity })[]>;
}
