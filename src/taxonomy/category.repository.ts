import type { EntityManager } from 'typeorm';

/*
 * The SQL of categories: the walk up a category's parents. CategoryService holds the rules.
 */

/** Whether `ancestorId` is `categoryId` or one of the categories it sits under. */
export async function isAncestorOrSelf(
  em: EntityManager,
  ancestorId: string,
  categoryId: string,
): Promise<boolean> {
  const [{ cycle }] = await em.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM categories WHERE id = $1
       UNION ALL
       SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id)
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
    [categoryId, ancestorId],
  );
  return cycle;
}
