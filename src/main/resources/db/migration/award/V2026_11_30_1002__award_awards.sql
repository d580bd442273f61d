-- Awards: what a pass becomes. certificate_number is the human-readable number (CMALT-2026-00042, from
-- certificate_sequence); verification_token the unguessable part of the public verification address. holder_name is
-- the name printed on the current certificate (a reissue after a change of name sets it and counts certificate_issue
-- up). An award is VALID or REVOKED (with who, when and why); whether membership has lapsed follows from
-- membership_paid_until (the annual fee falls due a year after the award) and is worked out when read.
CREATE TABLE award (
    id                     UUID          NOT NULL PRIMARY KEY,
    certificate_number     VARCHAR(20)   NOT NULL,
    verification_token     VARCHAR(40)   NOT NULL,
    holder_id              UUID          NOT NULL,
    holder_name            VARCHAR(200)  NOT NULL,
    pathway                VARCHAR(30)   NOT NULL,
    submission_id          UUID,
    outcome                VARCHAR(40),
    awarded_on             DATE          NOT NULL,
    awarded_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    awarded_by             UUID,
    status                 VARCHAR(10)   NOT NULL,
    revoked_at             TIMESTAMP(6) WITH TIME ZONE,
    revoked_by             UUID,
    revoke_reason          VARCHAR(2000),
    certificate_issue      INT           NOT NULL,
    certificate_issued_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    membership_paid_until  DATE          NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE UNIQUE INDEX award_certificate_number_uk ON award (certificate_number);
CREATE UNIQUE INDEX award_verification_token_uk ON award (verification_token);
CREATE UNIQUE INDEX award_submission_uk ON award (submission_id);
CREATE INDEX award_holder_idx ON award (holder_id, awarded_at);
