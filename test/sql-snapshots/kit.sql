START TRANSACTION; SELECT set_config('app.tenant_id', '<uuid>', true);

SELECT m.role FROM memberships m JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id WHERE m.tenant_id = $1 AND m.user_id = $2 AND s.id = $3 AND s.revoked_at IS NULL AND m.invite_token_hash IS NULL;
-- 3 parameters

SELECT s.id, s.name, s.kind, s.duration_minutes, s.instructions, l.id AS loop_id, l.name AS loop_name, l.role_title, EXISTS (SELECT 1 FROM loop_hiring_managers h WHERE h.tenant_id = l.tenant_id AND h.loop_id = l.id AND h.user_id = $2) AS is_manager, EXISTS (SELECT 1 FROM interviews i JOIN scorecards a ON a.tenant_id = i.tenant_id AND a.interview_id = i.id WHERE i.tenant_id = s.tenant_id AND i.stage_id = s.id AND a.interviewer_id = $2 AND i.status <> 'CANCELLED') AS is_assigned, coalesce((SELECT json_agg(json_build_object('id', c.id, 'key', c.key, 'name', c.name, 'description', c.description, 'archived', c.archived_at IS NOT NULL) ORDER BY array_position(s.focus_competency_ids, c.id)) FROM competencies c WHERE c.id = ANY(s.focus_competency_ids)), '[]') AS focus, (SELECT json_build_object('id', r.id, 'version', r.version, 'levels', r.levels) FROM rating_scales r ORDER BY r.version DESC LIMIT 1) AS scale, (SELECT json_build_object('scoringGuide', g.scoring_guide, 'seniorityLevels', g.seniority_levels, 'interviewerGuidance', g.interviewer_guidance, 'packName', g.pack_name, 'packVersion', g.pack_version) FROM interview_guides g) AS guide FROM loop_stages s JOIN interview_loops l ON l.tenant_id = s.tenant_id AND l.id = s.loop_id WHERE s.id = ANY($1::uuid[]);
-- 2 parameters

SELECT p.id, p.stage_id, p.position, p.time_budget_minutes, p.required, v.id AS version_id, v.question_id, v.number, v.prompt, v.purpose, v.guidance, v.follow_ups, v.strong_signals, v.red_flags, v.answer_format, v.level_expectations, v.example_answers, v.type, q.seniority::text[] AS seniority, r.levels FROM stage_questions p JOIN question_versions v ON v.tenant_id = p.tenant_id AND v.id = p.question_version_id JOIN questions q ON q.tenant_id = v.tenant_id AND q.id = v.question_id JOIN rating_scales r ON r.tenant_id = v.tenant_id AND r.id = v.scale_id WHERE p.stage_id = ANY($1::uuid[]) ORDER BY p.position;
-- 1 parameter

SELECT c.id, c.question_version_id, c.title, c.description, c.weight, c.anchors, k.id AS competency_id, k.key, k.name, k.description AS competency_description, k.archived_at IS NOT NULL AS archived FROM rubric_criteria c JOIN competencies k ON k.tenant_id = c.tenant_id AND k.id = c.competency_id WHERE c.question_version_id = ANY($1) ORDER BY c.position;
-- 1 parameter

COMMIT;
