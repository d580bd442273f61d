-- Submission rounds: fixed deadline (closes_at set) or rolling (decision_weeks set; open until closed). All instants UTC.
CREATE TABLE submission_round (
    id                    UUID          NOT NULL PRIMARY KEY,
    name                  VARCHAR(120)  NOT NULL,
    kind                  VARCHAR(10)   NOT NULL,
    opens_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closes_at             TIMESTAMP(6) WITH TIME ZONE,
    assessment_starts_at  TIMESTAMP(6) WITH TIME ZONE,
    assessment_ends_at    TIMESTAMP(6) WITH TIME ZONE,
    results_released_at   TIMESTAMP(6) WITH TIME ZONE,
    decision_weeks        INT,
    blind                 BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_at             TIMESTAMP(6) WITH TIME ZONE,
    closed_by             UUID,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL
);
CREATE INDEX submission_round_closes_idx ON submission_round (closes_at);

-- A submission: a frozen Waymark portfolio (snapshot_id) or an external one (a link or one file, and a section map).
-- in_progress_registration holds the registration id while the submission is SUBMITTED or ACCEPTED and is NULL
-- otherwise: its unique index allows one submission in progress per registration on every database.
CREATE TABLE submission (
    id                        UUID          NOT NULL PRIMARY KEY,
    reference                 VARCHAR(20)   NOT NULL,
    round_id                  UUID          NOT NULL REFERENCES submission_round (id),
    candidate_id              UUID          NOT NULL,
    registration_id           UUID          NOT NULL,
    pathway                   VARCHAR(30)   NOT NULL,
    submission_type           VARCHAR(20)   NOT NULL,
    form                      VARCHAR(10)   NOT NULL,
    portfolio_id              UUID,
    snapshot_id               UUID,
    external_url              VARCHAR(2000),
    external_access           VARCHAR(2000),
    external_file_key         VARCHAR(200),
    external_file_name        VARCHAR(255),
    external_content_type     VARCHAR(120),
    external_size_bytes       BIGINT,
    line_manager_name         VARCHAR(200),
    line_manager_email        VARCHAR(320),
    status                    VARCHAR(12)   NOT NULL,
    in_progress_registration  UUID,
    submitted_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decision_due_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    extension_id              UUID,
    status_changed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status_changed_by         UUID,
    status_message            VARCHAR(5000),
    version                   BIGINT        NOT NULL
);
CREATE UNIQUE INDEX submission_reference_uk ON submission (reference);
CREATE UNIQUE INDEX submission_in_progress_uk ON submission (in_progress_registration);
CREATE INDEX submission_round_idx ON submission (round_id, status);
CREATE INDEX submission_candidate_idx ON submission (candidate_id, submitted_at);

-- An external portfolio's map: where each required section is (a page link or a heading).
CREATE TABLE submission_section_location (
    submission_id  UUID          NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    position       INT           NOT NULL,
    section_key    VARCHAR(40)   NOT NULL,
    heading        VARCHAR(300)  NOT NULL,
    location       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (submission_id, position)
);

-- Extensions granted by an administrator to one candidate in one fixed-deadline round, and candidates' requests.
CREATE TABLE round_extension (
    id           UUID          NOT NULL PRIMARY KEY,
    round_id     UUID          NOT NULL REFERENCES submission_round (id),
    candidate_id UUID          NOT NULL,
    until_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    granted_by   UUID          NOT NULL,
    granted_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE UNIQUE INDEX round_extension_uk ON round_extension (round_id, candidate_id);

CREATE TABLE extension_request (
    id            UUID          NOT NULL PRIMARY KEY,
    round_id      UUID          NOT NULL REFERENCES submission_round (id),
    candidate_id  UUID          NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    requested_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    answered_at   TIMESTAMP(6) WITH TIME ZONE,
    answered_by   UUID,
    answer        VARCHAR(2000)
);
CREATE INDEX extension_request_round_idx ON extension_request (round_id, status);

-- Every web link found in a submission, checked in the background (ADR 0007).
CREATE TABLE submission_link (
    id             UUID          NOT NULL PRIMARY KEY,
    submission_id  UUID          NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    url            VARCHAR(2000) NOT NULL,
    found_in       VARCHAR(300)  NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    http_status    INT,
    final_url      VARCHAR(2000),
    problem        VARCHAR(500),
    attempts       INT           NOT NULL DEFAULT 0,
    checked_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX submission_link_submission_idx ON submission_link (submission_id);
CREATE INDEX submission_link_status_idx ON submission_link (status);

-- Reminders already sent, one row per reminder: the primary key makes a second node's attempt a no-op.
CREATE TABLE submission_reminder (
    round_id      UUID         NOT NULL,
    candidate_id  UUID         NOT NULL,
    days_before   INT          NOT NULL,
    sent_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, candidate_id, days_before)
);
