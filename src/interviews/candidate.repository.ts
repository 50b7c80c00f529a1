import type { EntityManager } from 'typeorm';
import { cappedCount, decodeCursor, syncAfter, syncWhere } from '../common/pagination.js';
import type { Principal } from '../common/request-context.js';
import { SqlParams } from '../common/sql.js';
import { candidateReadableSql } from '../access/access.sql.js';
import type { CandidatesArgs } from './dto/interview.inputs.js';

/*
 * The SQL of candidates: the list a caller may read and candidates by id, each with whether
 * the caller may read it. CandidateService holds the rules.
 */

export interface CandidateRow {
  id: string;
  name: string;
  email: string | null;
  ats_external_id: string | null;
  anonymized_at: Date | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  change_key: string;
  readable: boolean;
}

const COLUMNS = `c.id, c.name, c.email, c.ats_external_id, c.anonymized_at, c.created_at,
                 c.updated_at, c.created_at::text AS created_key`;

/**
 * One page (first + 1 rows) of the candidates `principal` may read that match `args`, and the
 * count of all of them (capped), run when asked.
 */
export async function listCandidates(
  em: EntityManager,
  principal: Principal,
  args: CandidatesArgs,
): Promise<{ rows: CandidateRow[]; count: () => Promise<number> }> {
  const p = new SqlParams();
  const where = [candidateReadableSql('c', principal, p)];
  if (args.search) {
    const pattern = p.addContains(args.search);
    where.push(`(c.name ILIKE ${pattern} OR c.email ILIKE ${pattern})`);
  }
  const sync = args.updatedSince !== undefined;
  if (sync) where.push(...syncWhere('c', args.updatedSince!, (v) => p.add(v)));
  const filter = where.join(' AND ');
  const countParams = [...p.values];
  if (args.after && sync) {
    where.push(syncAfter('c', args.after, (v) => p.add(v)));
  } else if (args.after) {
    const after = decodeCursor(args.after, 'after', 'time');
    where.push(
      `(c.created_at, c.id) > (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  }
  const rows = await em.query<CandidateRow[]>(
    `SELECT ${COLUMNS}, c.change_seq::text AS change_key FROM candidates c
        WHERE ${where.join(' AND ')}
        ORDER BY ${sync ? 'c.change_seq, c.id' : 'c.created_at, c.id'} LIMIT ${args.first + 1}`,
    p.values,
  );
  const count = () => cappedCount(em, `FROM candidates c WHERE ${filter}`, countParams);
  return { rows, count };
}

/** Candidates by id, each with whether `principal` may read it. */
export async function loadCandidates(
  em: EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<CandidateRow[]> {
  const p = new SqlParams();
  const idsParam = p.add(ids);
  return em.query<CandidateRow[]>(
    `SELECT ${COLUMNS}, ${candidateReadableSql('c', principal, p)} AS readable
       FROM candidates c WHERE c.id = ANY(${idsParam}::uuid[])`,
    p.values,
  );
}
