import type { EntityManager } from 'typeorm';

/*
 * The SQL of live events: NOTIFYs on the live channel, in the caller's transaction, and the
 * panel an event tells. live-events.ts holds the rules.
 */

/** NOTIFYs `payload` on `channel`, delivered when the transaction commits. */
export async function notify(em: EntityManager, channel: string, payload: string): Promise<void> {
  await em.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
}

/** NOTIFYs `payloads` on `channel` in order, in one statement. */
export async function notifyAll(
  em: EntityManager,
  channel: string,
  payloads: string[],
): Promise<void> {
  await em.query(
    `SELECT count(pg_notify($1, x.p)) FROM unnest($2::text[]) WITH ORDINALITY AS x(p, n)`,
    [channel, payloads],
  );
}

/** The interview's panel, in id order (uuid order in PostgreSQL is the hex text's order). */
export async function panelIds(em: EntityManager, interviewId: string): Promise<string[]> {
  const panel: { interviewer_id: string }[] = await em.query(
    `SELECT interviewer_id FROM scorecards WHERE interview_id = $1 ORDER BY interviewer_id`,
    [interviewId],
  );
  return panel.map((p) => p.interviewer_id);
}
