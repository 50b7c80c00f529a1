import type { EntityManager } from 'typeorm';
import type { TombstoneKind } from '../entities/tombstone.entity.js';
import { cappedCount, syncAfter, syncWhere } from '../../common/pagination.js';
import { SqlParams } from '../../common/sql.js';
import type { Tombstone, TombstonesArgs } from './ats.models.js';

/*
 * The SQL of the ATS integration: the lock of an ATS id, a candidate's erasure, loops linked
 * to jobs, the tombstones feed. AtsService holds the rules.
 */

/** Serialises writes that share one ATS id, for the rest of the transaction. */
export const lockAtsId = (em: EntityManager, kind: string, atsId: string) =>
  em.query(`SELECT pg_advisory_xact_lock(hashtext(current_setting('app.tenant_id') || $1))`, [
    `:${kind}:${atsId}`,
  ]);

/** The candidate with the ATS id, if any. */
export async function candidateByAtsId(
  em: EntityManager,
  atsExternalId: string,
): Promise<{ id: string; anonymized_at: Date | null } | undefined> {
  const [existing] = await em.query(
    `SELECT id, anonymized_at FROM candidates WHERE ats_external_id = $1`,
    [atsExternalId],
  );
  return existing;
}

/** Sets the loop's ATS job id; undefined when there is no such loop. */
export async function setLoopJob(
  em: EntityManager,
  loopId: string,
  atsJobId: string | null,
): Promise<string | undefined> {
  const [rows]: [{ id: string }[], number] = await em.query(
    `UPDATE interview_loops SET ats_job_id = $2, updated_at = now() WHERE id = $1
             RETURNING id`,
    [loopId, atsJobId],
  );
  return rows[0]?.id;
}

/** The candidate, locked, with what its erasure needs. */
export async function lockCandidateForErasure(
  em: EntityManager,
  id: string,
): Promise<
  | {
      anonymized_at: Date | null;
      ats_external_id: string | null;
      name: string;
      email: string | null;
    }
  | undefined
> {
  const [row] = await em.query(
    `SELECT anonymized_at, ats_external_id, name, email FROM candidates WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

/**
 * Erases the candidate's personal data: name and e-mail, their scorecards' free text (drafts
 * and every revision), interviews' cancel reasons, and the stored answers of idempotent
 * requests that showed them (by id, e-mail or name); then writes the tombstone.
 */
export async function eraseCandidate(
  em: EntityManager,
  tenantId: string,
  row: { id: string; email: string | null; name: string },
  kind: TombstoneKind,
): Promise<void> {
  const { id } = row;
  await em.query(
    `UPDATE candidates SET name = '', email = NULL, anonymized_at = now() WHERE id = $1`,
    [id],
  );
  await em.query(
    `UPDATE scorecards SET draft = draft - 'summary' - 'notes' WHERE candidate_id = $1`,
    [id],
  );
  await em.query(`SELECT ik_erase_scorecard_text($1)`, [id]);
  await em.query(`UPDATE interviews SET cancel_reason = NULL WHERE candidate_id = $1`, [id]);
  await em.query(
    `DELETE FROM idempotency_keys
          WHERE response_body LIKE '%' || $1 || '%'
             OR ($2::text IS NOT NULL AND response_body ILIKE '%' || $2 || '%')
             OR ($3::text <> '' AND response_body ILIKE '%' || $3 || '%')`,
    [id, row.email, row.name],
  );
  await em.query(
    `INSERT INTO sync_tombstones (tenant_id, entity, entity_id, kind) VALUES ($1, 'candidate', $2, $3)`,
    [tenantId, id, kind],
  );
}

/** What a tombstones page reads from, for its count (`t` the tombstone). */
const TOMBSTONES_FROM = 'FROM sync_tombstones t';

/**
 * One page (first + 1 rows, in the feed's order, with their cursor keys) of the tombstones
 * matching `args`, and the count of all of them (capped), run when asked.
 */
export async function listTombstones(
  em: EntityManager,
  args: TombstonesArgs,
): Promise<{ rows: (Tombstone & { key: string })[]; count: () => Promise<number> }> {
  const p = new SqlParams();
  const add = (v: unknown) => p.add(v);
  const where = syncWhere('t', args.updatedSince, add, 'occurred_at');
  if (args.entity) where.push(`t.entity = ${p.add(args.entity)}`);
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  if (args.after) where.push(syncAfter('t', args.after, add));
  const rows: (Tombstone & { key: string })[] = await em.query(
    `SELECT t.id, t.entity, t.entity_id AS "entityId", t.kind, t.occurred_at AS "occurredAt",
              t.change_seq::text AS key
         FROM sync_tombstones t WHERE ${where.join(' AND ')}
        ORDER BY t.change_seq, t.id LIMIT ${args.first + 1}`,
    p.values,
  );
  const count = () => cappedCount(em, `${TOMBSTONES_FROM} WHERE ${filter}`, countParams);
  return { rows, count };
}
