-- The outcome of an assessment as released to the candidate: written once, by the assessment module through
-- Submitting.recordOutcome, when the results are released. A referral carries the date by which the candidate
-- resubmits (on the same registration); the resubmission points back to the submission it follows.
CREATE TABLE submission_outcome (
    submission_id   UUID          NOT NULL PRIMARY KEY REFERENCES submission (id),
    outcome         VARCHAR(40)   NOT NULL,
    outcome_name    VARCHAR(100)  NOT NULL,
    resubmit_by     TIMESTAMP(6) WITH TIME ZONE,
    released_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    released_by     UUID
);
