START TRANSACTION; SELECT set_config('app.tenant_id', '<uuid>', true);

SELECT m.role FROM memberships m JOIN sessions s ON s.tenant_id = m.tenant_id AND s.user_id = m.user_id WHERE m.tenant_id = $1 AND m.user_id = $2 AND s.id = $3 AND s.revoked_at IS NULL AND m.invite_token_hash IS NULL;
-- 3 parameters

SELECT q.id, q.category_id AS "categoryId", q.type, to_json(q.seniority) AS seniority, to_json(q.tags) AS tags, q.estimated_minutes AS "estimatedMinutes", q.status, q.current_version_id AS "currentVersionId", q.pack_name AS "packName", q.pack_key AS "packKey", q.created_at AS "createdAt", q.updated_at AS "updatedAt", m.rank::text AS sort_key, m.rank, ts_headline('english', v.prompt || ' ' || v.purpose, websearch_to_tsquery('english', $1), 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "') AS highlight, json_build_object('id', v.id, 'prompt', v.prompt, 'scaleId', v.scale_id, 'authorId', v.author_id) AS version FROM ik_question_search(query => websearch_to_tsquery('english', $1), lim => $3::int) WITH ORDINALITY AS m (id, rank, n) JOIN questions q ON q.tenant_id = $2 AND q.id = m.id JOIN question_versions v ON v.tenant_id = q.tenant_id AND v.id = q.current_version_id ORDER BY m.n;
-- 3 parameters

SELECT count(*)::int AS n FROM (SELECT 1 FROM ik_question_search(query => websearch_to_tsquery('english', $1), ranked => false, lim => 10001) LIMIT 10001) capped;
-- 1 parameter

COMMIT;
