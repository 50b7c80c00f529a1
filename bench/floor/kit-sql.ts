/**
 * The floor's one statement: the live membership and session check, the stage with its loop,
 * whether the caller may read its kit (admin or recruiter, a hiring manager of the loop, or an
 * interviewer assigned to a not cancelled interview at the stage) and the whole response body
 * of the benchmark's `interviewKit` query, built by PostgreSQL as compact JSON text in the
 * order GraphQL writes the fields (so the bodies are byte for byte the server's).
 *
 * $1 tenant, $2 user, $3 session (from the verified token), $4 stage. No row: the membership
 * or the session is gone. `found` false: no such stage in the tenant.
 */
const str = (expr: string) => `to_json(${expr})::text`;
const strings = (expr: string) =>
  `(SELECT '[' || coalesce(string_agg(${str('x')}, ',' ORDER BY o), '') || ']'
      FROM unnest(${expr}) WITH ORDINALITY AS t(x, o))`;

const ANCHORS = `(SELECT '[' || coalesce(string_agg('{"level":' || o || ',"label":' ||
        ${str(`coalesce(r.levels -> (o::int - 1) ->> 'label', 'Level ' || o)`)} ||
        ',"text":' || ${str('x')} || '}', ',' ORDER BY o), '') || ']'
      FROM unnest(c.anchors) WITH ORDINALITY AS t(x, o))`;

const CRITERIA = `(SELECT '[' || coalesce(string_agg('{"title":' || ${str('c.title')} ||
        ',"weight":' || (c.weight::float8)::text ||
        ',"competency":{"name":' || ${str('k.name')} || '},"anchors":' || ${ANCHORS} || '}',
        ',' ORDER BY c.position), '') || ']'
      FROM rubric_criteria c
      JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id
     WHERE c.tenant_id = v.tenant_id AND c.question_version_id = v.id)`;

const QUESTIONS = `(SELECT '[' || coalesce(string_agg('{"position":' || p.position ||
        ',"prompt":' || ${str('v.prompt')} || ',"purpose":' || ${str('v.purpose')} ||
        ',"guidance":' || ${str('v.guidance')} || ',"followUps":' || ${strings('v.follow_ups')} ||
        ',"strongSignals":' || ${strings('v.strong_signals')} ||
        ',"redFlags":' || ${strings('v.red_flags')} ||
        ',"timeBudgetMinutes":' || p.time_budget_minutes || ',"required":' || p.required ||
        ',"versionNumber":' || v.number || ',"criteria":' || ${CRITERIA} || '}',
        ',' ORDER BY p.position), '') || ']'
      FROM stage_questions p
      JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id
      JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id
     WHERE p.tenant_id = s.tenant_id AND p.stage_id = s.id)`;

const SCALE = `(SELECT '{"levels":[' || string_agg('{"value":' || (e -> 'value')::text ||
        ',"label":' || ${str(`e ->> 'label'`)} || '}', ',' ORDER BY o) || ']}'
      FROM (SELECT levels FROM rating_scales ORDER BY version DESC LIMIT 1) cur,
           jsonb_array_elements(cur.levels) WITH ORDINALITY AS t(e, o))`;

export const FLOOR_KIT_SQL = `
  WITH member AS (
    SELECT m.role FROM memberships m
      JOIN sessions se ON se.tenant_id = m.tenant_id AND se.user_id = m.user_id
     WHERE m.tenant_id = $1 AND m.user_id = $2 AND se.id = $3 AND se.revoked_at IS NULL
       AND m.invite_token_hash IS NULL
  ), stage AS (
    SELECT s.*, l.name AS loop_name, l.role_title,
           (m.role IN ('ADMIN', 'RECRUITER')
            OR EXISTS (SELECT 1 FROM loop_hiring_managers h
                        WHERE h.tenant_id = l.tenant_id AND h.loop_id = l.id AND h.user_id = $2)
            OR EXISTS (SELECT 1 FROM interviews i
                         JOIN scorecards a ON a.tenant_id = i.tenant_id AND a.interview_id = i.id
                        WHERE i.tenant_id = s.tenant_id AND i.stage_id = s.id
                          AND a.interviewer_id = $2 AND i.status <> 'CANCELLED')) AS readable
      FROM member m, loop_stages s
      JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id
     WHERE s.id = $4
  )
  SELECT s.id IS NOT NULL AS found, coalesce(s.readable, false) AS readable,
         CASE WHEN s.readable THEN
           '{"data":{"interviewKit":{"stageName":' || ${str('s.name')} ||
           ',"durationMinutes":' || s.duration_minutes ||
           ',"instructions":' || ${str('s.instructions')} ||
           ',"loopName":' || ${str('s.loop_name')} || ',"roleTitle":' || ${str('s.role_title')} ||
           ',"scale":' || ${SCALE} || ',"questions":' || ${QUESTIONS} || '}}}'
         END AS body
    FROM member m LEFT JOIN stage s ON true`;
