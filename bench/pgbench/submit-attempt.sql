-- The SQL one POST /api/attempts/{id}/submission runs (from Hibernate's log), in one transaction:
-- the session's account, the attempt locked, its answers and questions, the quiz, the score and the
-- blank responses written,
-- and the result read back with the article's section titles for the evidence links.
\set a random(:smin, :smax)
\set learner random(:lmin, :lmax)
BEGIN;
SELECT id, created_at, display_name, email, enabled, password_hash, role FROM account WHERE id = :learner;
SELECT id, deadline, late, learner_id, max_points, passed, points, practice, quiz_id, seed, started_at, submitted_at
  FROM attempt WHERE id = :a FOR UPDATE;
SELECT attempt_id, question_version_id, answer, checked, credit, points, saved_at FROM response WHERE attempt_id = :a;
SELECT aq.attempt_id, aq.position, qv.id, qv.checksum, qv.created_at, qv.evidence_anchor, qv.points, qv.question_id,
       qv.spec, qv.type, qv.version
  FROM attempt_question aq JOIN question_version qv ON qv.id = aq.question_version_id WHERE aq.attempt_id = :a;
SELECT * FROM quiz WHERE id = (SELECT quiz_id FROM attempt WHERE id = :a);
UPDATE response SET credit = coalesce(credit, 0), points = coalesce(points, 0) WHERE attempt_id = :a;
-- the blank responses for the four questions left unanswered (here rewritten, as they exist already)
INSERT INTO response (attempt_id, question_version_id, answer, saved_at, checked, credit, points)
  SELECT attempt_id, question_version_id, NULL, now(), false, 0, 0 FROM attempt_question WHERE attempt_id = :a AND position > 0
  ON CONFLICT (attempt_id, question_version_id) DO UPDATE SET saved_at = response.saved_at;
UPDATE attempt SET submitted_at = coalesce(submitted_at, now()), late = late, points = coalesce(points, 0), passed = passed
  WHERE id = :a;
SELECT attempt_id, question_version_id, answer, checked, credit, points, saved_at FROM response WHERE attempt_id = :a;
SELECT s.anchor, s.title FROM section s JOIN article a ON a.id = s.article_id
  WHERE a.slug = 'magnesium-bisglycinate' ORDER BY s.position;
END;
