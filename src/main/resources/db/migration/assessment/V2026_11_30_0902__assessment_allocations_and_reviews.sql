-- One assessment of one accepted submission: made when an administrator confirms a round's allocation. What the
-- rules need is copied from the submission at that moment (pathway, assessment type, the outcome a resubmission
-- follows, blind from the round). status: IN_REVIEW (reviews being written), RECONCILING (both reviews in, the
-- lead records the agreed outcome), DECIDED (outcome recorded, held until release), RELEASED (the candidate sees it).
CREATE TABLE assessment (
    id                 UUID          NOT NULL PRIMARY KEY,
    submission_id      UUID          NOT NULL,
    round_id           UUID          NOT NULL,
    candidate_id       UUID          NOT NULL,
    snapshot_id        UUID,
    pathway            VARCHAR(30)   NOT NULL,
    assessment_type    VARCHAR(30)   NOT NULL,
    previous_outcome   VARCHAR(40),
    blind              BOOLEAN       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    due_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    allocated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    allocated_by       UUID          NOT NULL,
    outcome            VARCHAR(40),
    outcome_recorded_at TIMESTAMP(6) WITH TIME ZONE,
    outcome_recorded_by UUID,
    moderation_reason  VARCHAR(4000),
    released_at        TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT        NOT NULL
);
CREATE UNIQUE INDEX assessment_submission_uk ON assessment (submission_id);
CREATE INDEX assessment_round_idx ON assessment (round_id, status);

-- A place on an assessment: the lead or the second assessor. A declined or replaced place stays as a record; the
-- current place for a role is the one that is OFFERED or ACCEPTED (at most one per role, kept by the service).
-- status: OFFERED (emailed, waiting for an answer), ACCEPTED, DECLINED (reason given), REPLACED (by an administrator).
CREATE TABLE assessment_place (
    id                 UUID          NOT NULL PRIMARY KEY,
    assessment_id      UUID          NOT NULL REFERENCES assessment (id),
    role               VARCHAR(10)   NOT NULL,
    assessor_id        UUID          NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    offered_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_at        TIMESTAMP(6) WITH TIME ZONE,
    reason             VARCHAR(1000),
    last_reminded_at   TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT        NOT NULL
);
CREATE INDEX assessment_place_assessment_idx ON assessment_place (assessment_id, role);
CREATE INDEX assessment_place_assessor_idx ON assessment_place (assessor_id, status);

-- One assessor's review of one assessment, following ALT's 2026 transcript. A DRAFT autosaves (version checked);
-- SUBMITTED is locked.
CREATE TABLE review (
    id                   UUID          NOT NULL PRIMARY KEY,
    assessment_id        UUID          NOT NULL REFERENCES assessment (id),
    assessor_id          UUID          NOT NULL,
    role                 VARCHAR(10)   NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    recommended_outcome  VARCHAR(40),
    feedback             VARCHAR(100000),
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    submitted_at         TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT        NOT NULL
);
CREATE UNIQUE INDEX review_assessment_assessor_uk ON review (assessment_id, assessor_id);

-- A row of a review: a section of the snapshot (row_kind SECTION, row_key the section's key and instance, such as
-- "1a#1") graded with a comment, a section that is not graded (contextual statement, future plans) marked complete
-- or not, or a core principle (row_kind PRINCIPLE) graded across the whole portfolio.
CREATE TABLE review_row (
    review_id   UUID          NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    row_kind    VARCHAR(10)   NOT NULL,
    row_key     VARCHAR(60)   NOT NULL,
    grade       VARCHAR(40),
    complete    BOOLEAN,
    comment     VARCHAR(20000),
    PRIMARY KEY (review_id, row_kind, row_key)
);
