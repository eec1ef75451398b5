-- The SQL one PUT /api/attempts/{id}/answers/{questionId} runs (from Hibernate's log), in one transaction:
-- the session's account, the attempt, its question versions, the response, and the write.
\set a random(:amin, :amax)
\set learner random(:lmin, :lmax)
BEGIN;
SELECT id, created_at, display_name, email, enabled, password_hash, role FROM account WHERE id = :learner;
SELECT id, deadline, late, learner_id, max_points, passed, points, practice, quiz_id, seed, started_at, submitted_at
  FROM attempt WHERE id = :a;
SELECT aq.attempt_id, aq.position, qv.id, qv.checksum, qv.created_at, qv.evidence_anchor, qv.points, qv.question_id,
       qv.spec, qv.type, qv.version
  FROM attempt_question aq JOIN question_version qv ON qv.id = aq.question_version_id WHERE aq.attempt_id = :a;
SELECT attempt_id, question_version_id, answer, checked, credit, points, saved_at FROM response
  WHERE attempt_id = :a AND question_version_id = :qv;
UPDATE response SET answer = '{"choiceId":"inhibitory"}', checked = false, credit = null, points = null, saved_at = now()
  WHERE attempt_id = :a AND question_version_id = :qv;
END;
