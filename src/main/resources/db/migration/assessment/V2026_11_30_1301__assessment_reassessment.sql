-- An appeal decided "reassess" puts the submission back to be allocated in its round, to new assessors: a second
-- assessment of the same submission (attempt 2). The appealed assessment stays as it was, with its outcome, as the
-- record; the latest attempt is the submission's assessment.
ALTER TABLE assessment ADD COLUMN attempt INT DEFAULT 1 NOT NULL;
DROP INDEX assessment_submission_uk;
CREATE UNIQUE INDEX assessment_submission_attempt_uk ON assessment (submission_id, attempt);
