import type { EntityManager } from 'typeorm';
import { cappedCount, decodeCursor, syncAfter, syncWhere } from '../common/pagination.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import type { User } from '../tenancy/models/tenancy.models.js';
import { assignedSql, interviewReadableSql } from '../access/access.sql.js';
import type { InterviewsArgs } from './dto/interview.inputs.js';
import { InterviewOrder } from './entities/interview.enums.js';
import { COLUMNS, effectiveStatusSql, type InterviewRow } from './interview.repository.js';

/*
 * The SQL of the lists of interviews a caller may read (filtered, by start or by change for a
 * sync feed, and per candidate) and of each interview's interviewers. InterviewService and the
 * loaders hold the rules.
 */

/** A listed interview with the key of its cursor. */
export type ListedInterview = InterviewRow & { page_key: string };

/**
 * One page (first + 1 rows) of the interviews `principal` may read that match `args`, and the
 * count of all of them (capped), run when asked. A sync feed (updatedSince) takes no order.
 */
export async function listInterviews(
  em: EntityManager,
  principal: Principal,
  args: InterviewsArgs,
): Promise<{ rows: ListedInterview[]; count: () => Promise<number> }> {
  const p = new SqlParams();
  const where = [interviewReadableSql('i', principal, p)];
  if (args.candidateId) where.push(`i.candidate_id = ${p.add(args.candidateId)}`);
  if (args.loopId) where.push(`i.loop_id = ${p.add(args.loopId)}`);
  if (args.status) where.push(`${effectiveStatusSql('i')} = ${p.add(args.status)}`);
  if (args.assignedToMe) {
    where.push(assignedSql('i', p.add(principal.userId)));
  }
  const sync = args.updatedSince !== undefined;
  const desc = args.order === InterviewOrder.START_DESC;
  if (sync) where.push(...syncWhere('i', args.updatedSince!, (v) => p.add(v)));
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  if (args.after && sync) {
    where.push(syncAfter('i', args.after, (v) => p.add(v)));
  } else if (args.after) {
    const after = decodeCursor(args.after, 'after', 'time');
    where.push(
      `(i.scheduled_start, i.id) ${desc ? '<' : '>'} (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  }
  const order = sync
    ? 'i.change_seq, i.id'
    : desc
      ? 'i.scheduled_start DESC, i.id DESC'
      : 'i.scheduled_start, i.id';
  const rows = await em.query<ListedInterview[]>(
    `SELECT ${COLUMNS}, ${sync ? 'i.change_seq::text' : 'i.scheduled_start::text'} AS page_key
         FROM interviews i WHERE ${where.join(' AND ')}
        ORDER BY ${order} LIMIT ${args.first + 1}`,
    p.values,
  );
  const count = () => cappedCount(em, `FROM interviews i WHERE ${filter}`, countParams);
  return { rows, count };
}

/** The interviews of these candidates that `principal` may read, by scheduled start. */
export async function interviewsOfCandidates(
  em: EntityManager,
  principal: Principal,
  candidateIds: readonly string[],
): Promise<InterviewRow[]> {
  const p = new SqlParams();
  const idsParam = p.add(candidateIds);
  return em.query<InterviewRow[]>(
    `SELECT ${COLUMNS} FROM interviews i
      WHERE i.candidate_id = ANY(${idsParam}::uuid[]) AND ${interviewReadableSql('i', principal, p)}
      ORDER BY i.scheduled_start, i.id`,
    p.values,
  );
}

/**
 * The assigned interviewers of these interviews, each with its interview's id, in the order
 * the panel was given (interviews.panel_order).
 */
export async function interviewersOf(
  em: EntityManager,
  interviewIds: readonly string[],
): Promise<(User & { interviewId: string })[]> {
  return em.query(
    `SELECT s.interview_id AS "interviewId", u.id, u.email, u.display_name AS "displayName"
       FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id
       JOIN users u ON u.id = s.interviewer_id
      WHERE s.interview_id = ANY($1::uuid[])
      ORDER BY array_position(i.panel_order, s.interviewer_id), s.created_at, u.id`,
    [interviewIds],
  );
}
