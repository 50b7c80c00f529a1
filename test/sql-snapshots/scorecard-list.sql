START TRANSACTION; SELECT set_config('app.tenant_id', '<uuid>', true); SELECT m.role FROM memberships m JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id WHERE m.tenant_id = '<uuid>' AND m.user_id = '<uuid>' AND s.id = '<uuid>' AND s.revoked_at IS NULL AND m.invite_token_hash IS NULL;

SELECT s.id, s.interview_id, s.candidate_id, s.interviewer_id, s.status, s.version, s.submitted_at, s.created_at, s.updated_at, s.updated_at::text AS updated_key, s.change_seq::text AS change_key, CASE WHEN s.status = 'DRAFT' THEN s.draft END AS draft, r.number AS revision, r.recommendation, r.summary, r.notes, (SELECT coalesce(json_agg(json_build_object('stageQuestionId', x.stage_question_id, 'criterionId', x.criterion_id, 'score', x.score) ORDER BY x.position), '[]') FROM scorecard_scores x WHERE x.tenant_id = r.tenant_id AND x.revision_id = r.id) AS ratings, (SELECT coalesce(json_agg(json_build_object('competencyId', y.competency_id, 'score', y.score) ORDER BY y.competency_id), '[]') FROM scorecard_competency_ratings y WHERE y.tenant_id = r.tenant_id AND y.revision_id = r.id) AS competency_ratings, s.amended_after_reveal, true AS visible FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id WHERE (s.interviewer_id = $1 OR s.status = 'SUBMITTED') ORDER BY s.updated_at, s.id LIMIT 21;
-- 1 parameter

SELECT count(*)::int AS n FROM (SELECT 1 FROM scorecards s JOIN interviews i ON i.tenant_id = s.tenant_id AND i.id = s.interview_id LEFT JOIN scorecard_revisions r ON r.tenant_id = s.tenant_id AND r.id = s.current_revision_id WHERE (s.interviewer_id = $1 OR s.status = 'SUBMITTED') LIMIT 10001) capped;
-- 1 parameter

SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."display_name" AS "UserEntity_display_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at" FROM "users" "UserEntity" WHERE (("UserEntity"."id" IN ($1)));
-- 1 parameter

SELECT i.id, i.candidate_id, i.loop_id, i.stage_id, i.scheduled_start, i.scheduled_end, (CASE WHEN i.status = 'SCHEDULED' AND i.scheduled_end <= now() THEN 'AWAITING_FEEDBACK'::interview_status ELSE i.status END) AS status, i.status AS stored_status, i.reveal_at, i.ats_external_id, i.cancel_reason, i.completed_at, i.created_at, i.updated_at, i.scheduled_start::text AS start_key, i.scheduled_end + make_interval(hours => coalesce((SELECT ts.feedback_due_hours FROM tenant_settings ts WHERE ts.tenant_id = i.tenant_id), 24)) AS feedback_due_at, true AS readable FROM interviews i WHERE i.id = ANY($1::uuid[]);
-- 1 parameter

COMMIT;
