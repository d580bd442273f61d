-- A candidate's appeal against a released outcome, made within the appeal period (waymark.assessment.appeal-period)
-- with a reason, at most once per assessment; an administrator decides it with a reason. status: OPEN, UPHELD (the
-- outcome stands), REASSESS (to be reassessed by new assessors).
CREATE TABLE appeal (
    id               UUID           NOT NULL PRIMARY KEY,
    assessment_id    UUID           NOT NULL REFERENCES assessment (id),
    submission_id    UUID           NOT NULL,
    candidate_id     UUID           NOT NULL,
    reason           VARCHAR(10000) NOT NULL,
    appealed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    decision_reason  VARCHAR(10000),
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    decided_by       UUID,
    version          BIGINT         NOT NULL
);
CREATE UNIQUE INDEX appeal_assessment_uk ON appeal (assessment_id);
CREATE INDEX appeal_status_idx ON appeal (status, appealed_at);
