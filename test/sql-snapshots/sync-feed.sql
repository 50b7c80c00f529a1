START TRANSACTION; SELECT set_config('app.tenant_id', '<uuid>', true);

SELECT m.role FROM memberships m JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id WHERE m.tenant_id = $1 AND m.user_id = $2 AND s.id = $3 AND s.revoked_at IS NULL AND m.invite_token_hash IS NULL;
-- 3 parameters

SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version, s.submitted_at, s.created_at, s.updated_at, s.updated_at::text AS updated_key, s.change_seq::text AS change_key, CASE WHEN s.status = 'DRAFT' THEN s.draft END AS draft, r.number AS revision, r.recommendation, r.summary, r.notes, (SELECT coalesce(json_agg(json_build_object('stageQuestionId', x.stage_question_id, 'criterionId', x.criterion_id, 'score', x.score) ORDER BY x.position), '[]') FROM scorecard_scores x WHERE x.tenant_id = r.tenant_id AND x.revision_id = r.id) AS ratings, (SELECT coalesce(json_agg(json_build_object('competencyId', y.competency_id, 'score', y.score) ORDER BY y.competency_id), '[]') FROM scorecard_competency_ratings y WHERE y.tenant_id = r.tenant_id AND y.revision_id = r.id) AS competency_ratings, s.amended_after_reveal, true AS visible FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id WHERE (s.interviewer_id = $1 OR s.status = 'SUBMITTED') AND s.updated_at >= $2 AND s.change_seq < pg_snapshot_xmin(pg_current_snapshot())::text::bigint ORDER BY s.change_seq, s.id LIMIT 21;
-- 2 parameters

COMMIT;
