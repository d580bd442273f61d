-- A resubmission after a referral: which submission it follows and the candidate's summary of what changed. A side
-- table, so that the submission row stays as it is. One referral is used up by one resubmission that was not
-- withdrawn or returned at the completeness check (checked by the service; two racing requests are stopped by the
-- registration's one-in-progress index, as both are on the same registration).
CREATE TABLE submission_resubmission (
    submission_id          UUID           NOT NULL PRIMARY KEY REFERENCES submission (id),
    follows_submission_id  UUID           NOT NULL REFERENCES submission (id),
    change_summary         VARCHAR(10000) NOT NULL,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX submission_resubmission_follows_idx ON submission_resubmission (follows_submission_id);
