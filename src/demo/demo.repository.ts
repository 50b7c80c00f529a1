import type { EntityManager } from 'typeorm';

/*
 * The SQL the demo seed reads besides the services it acts through: the demo members' ids and
 * the competencies of a question's rubric.
 */

/** Users by e-mail (case-insensitive), their e-mails as stored. */
export async function usersByEmails(
  em: EntityManager,
  emails: string[],
): Promise<{ id: string; email: string }[]> {
  return em.query(`SELECT id, email FROM users WHERE lower(email) = ANY($1)`, [
    emails.map((e) => e.toLowerCase()),
  ]);
}

/** The competency of each criterion of a version's rubric, in rubric order. */
export async function criteriaCompetencies(
  em: EntityManager,
  versionId: string,
): Promise<{ competency_id: string }[]> {
  return em.query(
    `SELECT competency_id FROM rubric_criteria WHERE question_version_id = $1 ORDER BY position`,
    [versionId],
  );
}
