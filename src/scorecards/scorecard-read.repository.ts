import type { EntityManager } from 'typeorm';
import { cappedCount, decodeCursor, syncAfter, syncWhere } from '../common/pagination.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import type { ScorecardsArgs } from './dto/scorecard.inputs.js';
import {
  revisionContentSql,
  type ContentColumns,
  type ScorecardRow,
} from './scorecard.repository.js';
import { scorecardVisibleSql } from '../access/access.sql.js';

/*
 * The SQL of the reads of scorecards: by id, the filtered list (by update time, or by change
 * for a sync feed), a candidate's submitted scorecards, the scorecards of each interview or
 * candidate, and what an amendment reads first. ScorecardService holds the rules.
 */

/** A scorecard's columns (ScorecardRow), with `visible` as its `visible` column. */
export const SELECT = (visible: string) => `
  SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version,
         s.submitted_at, s.created_at, s.updated_at, s.updated_at::text AS updated_key,
         s.change_seq::text AS change_key,
         CASE WHEN s.status = 'DRAFT' THEN s.draft END AS draft, r.number AS revision,
         ${revisionContentSql('r')},
         s.amended_after_reveal,
         ${visible} AS visible
    FROM scorecards s
    JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
    LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id`;

/** Scorecards by id, each with whether `principal` may read it. */
export async function loadScorecards(
  em: EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<ScorecardRow[]> {
  const p = new SqlParams();
  const idsParam = p.add(ids);
  const visible = scorecardVisibleSql('s', 'i', principal, p);
  return em.query<ScorecardRow[]>(
    `${SELECT(visible)} WHERE s.id = ANY(${idsParam}::uuid[])`,
    p.values,
  );
}

/**
 * One page (first + 1 rows) of the scorecards `principal` may read that match `args`, and the
 * count of all of them (capped), run when asked.
 */
export async function listScorecards(
  em: EntityManager,
  principal: Principal,
  args: ScorecardsArgs,
): Promise<{ rows: ScorecardRow[]; count: () => Promise<number> }> {
  const p = new SqlParams();
  const where = [scorecardVisibleSql('s', 'i', principal, p)];
  if (args.interviewId) where.push(`s.interview_id = ${p.add(args.interviewId)}`);
  if (args.candidateId) where.push(`s.candidate_id = ${p.add(args.candidateId)}`);
  if (args.status) where.push(`s.status = ${p.add(args.status)}`);
  if (args.mine) where.push(`s.interviewer_id = ${p.add(principal.userId)}`);
  if (args.search) {
    const pattern = p.addContains(args.search);
    where.push(`(CASE WHEN s.status = 'DRAFT'
                        THEN concat_ws(' ', s.draft->>'summary', jsonb_path_query_array(s.draft, '$.notes[*].notes')::text)
                        ELSE concat_ws(' ', r.summary, jsonb_path_query_array(r.notes, '$[*].notes')::text)
                   END) ILIKE ${pattern}`);
  }
  const sync = args.updatedSince !== undefined;
  if (sync) where.push(...syncWhere('s', args.updatedSince!, (v) => p.add(v)));
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  if (args.after && sync) {
    where.push(syncAfter('s', args.after, (v) => p.add(v)));
  } else if (args.after) {
    const after = decodeCursor(args.after, 'after', 'time');
    where.push(
      `(s.updated_at, s.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  }
  const rows = await em.query<ScorecardRow[]>(
    `${SELECT('true')} WHERE ${where.join(' AND ')}
        ORDER BY ${sync ? 's.change_seq, s.id' : 's.updated_at, s.id'} LIMIT ${args.first + 1}`,
    p.values,
  );
  const count = () =>
    cappedCount(
      em,
      `FROM scorecards s
           JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
           LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id
          WHERE ${filter}`,
      countParams,
    );
  return { rows, count };
}

/** The submitted scorecards of a candidate's interviews that `principal` may read. */
export async function submittedScorecards(
  em: EntityManager,
  principal: Principal,
  candidateId: string,
  interviewIds: string[],
): Promise<ScorecardRow[]> {
  const p = new SqlParams();
  return em.query<ScorecardRow[]>(
    `${SELECT('true')} WHERE s.candidate_id = ${p.add(candidateId)}
          AND s.interview_id = ANY(${p.add(interviewIds)}::uuid[]) AND s.status = 'SUBMITTED'
          AND ${scorecardVisibleSql('s', 'i', principal, p)}
        ORDER BY s.submitted_at, s.id`,
    p.values,
  );
}

/** What scorecardsOf groups by. */
export type ScorecardKey = 'interview' | 'candidate';

const KEY_COLUMN: Record<ScorecardKey, string> = {
  interview: 's.interview_id',
  candidate: 's.candidate_id',
};

/** The scorecards `principal` may read of these interviews or candidates, oldest first. */
export async function scorecardsOf(
  em: EntityManager,
  principal: Principal,
  key: ScorecardKey,
  ids: readonly string[],
): Promise<ScorecardRow[]> {
  const p = new SqlParams();
  const idsParam = p.add(ids);
  return em.query<ScorecardRow[]>(
    `${SELECT('true')} WHERE ${KEY_COLUMN[key]} = ANY(${idsParam}::uuid[])
          AND ${scorecardVisibleSql('s', 'i', principal, p)}
        ORDER BY s.created_at, s.id`,
    p.values,
  );
}

/** The content and number of a revision. */
export async function currentRevision(
  em: EntityManager,
  revisionId: string,
): Promise<ContentColumns & { number: number }> {
  const [current]: (ContentColumns & { number: number })[] = await em.query(
    `SELECT r.number, ${revisionContentSql('r')} FROM scorecard_revisions r WHERE r.id = $1`,
    [revisionId],
  );
  return current;
}

/**
 * Whether `author` may read another interviewer's submitted scorecard on the candidate at
 * this moment.
 */
export async function othersRevealedTo(
  em: EntityManager,
  author: Principal,
  candidateId: string,
): Promise<boolean> {
  const p = new SqlParams();
  const [{ revealed }] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM scorecards s
               JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
              WHERE s.candidate_id = ${p.add(candidateId)}
                AND s.interviewer_id <> ${p.add(author.userId)}
                AND s.status = 'SUBMITTED' AND ${scorecardVisibleSql('s', 'i', author, p)}) AS revealed`,
    p.values,
  );
  return revealed;
}
