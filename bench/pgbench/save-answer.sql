-- The SQL one PUT /api/attempts/{id}/answers/{questionId} runs (from Hibernate's log), each statement
-- committed on its own as the app does: the session's account (found here by id, by its unique email in
-- the app: both one index lookup), the attempt with the question version answered, and the upsert that
-- writes only while the attempt is open.
\set a random(:amin, :amax)
\set learner random(:lmin, :lmax)
SELECT id, created_at, display_name, email, enabled, password_hash, role FROM account WHERE id = :learner;
SELECT a.id, a.submitted_at, a.deadline, v.id, v.type
  FROM attempt a
  JOIN attempt_question aq ON aq.attempt_id = a.id
  JOIN question_version v ON v.id = aq.question_version_id
  JOIN question q ON q.id = v.question_id
  WHERE a.id = :a AND q.slug = 'gaba-role';
INSERT INTO response (attempt_id, question_version_id, answer, saved_at, checked)
  SELECT a.id, :qv, '{"choiceId":"inhibitory"}'::jsonb, now(), false FROM attempt a
  WHERE a.id = :a AND a.submitted_at IS NULL AND (a.deadline IS NULL OR a.deadline > now())
  FOR SHARE OF a
  ON CONFLICT (attempt_id, question_version_id)
  DO UPDATE SET answer = excluded.answer, saved_at = excluded.saved_at WHERE NOT response.checked;
