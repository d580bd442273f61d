-- A snapshot: a portfolio frozen at submission, never changed afterwards. Rows are copied by INSERT ... SELECT;
-- evidence files are referred to by storage key, not copied. No foreign key to portfolio: a snapshot outlives it.
-- held: a submission in progress uses it (the live portfolio cannot be deleted meanwhile).
CREATE TABLE portfolio_snapshot (
    id                        UUID         NOT NULL PRIMARY KEY,
    portfolio_id              UUID         NOT NULL,
    owner_id                  UUID         NOT NULL,
    pathway                   VARCHAR(30)  NOT NULL,
    framework_version         VARCHAR(20)  NOT NULL,
    declaration_signed_at     TIMESTAMP(6) WITH TIME ZONE,
    suggested_assessor_name   VARCHAR(200),
    suggested_assessor_email  VARCHAR(320),
    held                      BOOLEAN      NOT NULL,
    created_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_snapshot_portfolio_idx ON portfolio_snapshot (portfolio_id);

CREATE TABLE snapshot_section (
    snapshot_id       UUID          NOT NULL REFERENCES portfolio_snapshot (id) ON DELETE CASCADE,
    section_id        UUID          NOT NULL,
    section_key       VARCHAR(40)   NOT NULL,
    position          INT           NOT NULL,
    label             VARCHAR(20)   NOT NULL,
    title             VARCHAR(200),
    description       VARCHAR(200000) NOT NULL,
    reflection        VARCHAR(200000) NOT NULL,
    evidence          VARCHAR(200000) NOT NULL,
    principles        VARCHAR(200)  NOT NULL,
    copied_from_date  TIMESTAMP(6) WITH TIME ZONE,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (snapshot_id, section_id)
);

CREATE TABLE snapshot_evidence (
    snapshot_id           UUID          NOT NULL REFERENCES portfolio_snapshot (id) ON DELETE CASCADE,
    evidence_id           UUID          NOT NULL,
    kind                  VARCHAR(10)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(2000),
    url                   VARCHAR(2000),
    storage_key           VARCHAR(200),
    file_name             VARCHAR(255),
    content_type          VARCHAR(120),
    size_bytes            BIGINT,
    accessible_text       VARCHAR(20000),
    permission_confirmed  BOOLEAN       NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (snapshot_id, evidence_id)
);
-- Deleting evidence from the live portfolio asks this before removing the stored file.
CREATE INDEX snapshot_evidence_storage_idx ON snapshot_evidence (storage_key);

CREATE TABLE snapshot_section_evidence (
    snapshot_id  UUID NOT NULL REFERENCES portfolio_snapshot (id) ON DELETE CASCADE,
    section_id   UUID NOT NULL,
    evidence_id  UUID NOT NULL,
    PRIMARY KEY (snapshot_id, section_id, evidence_id)
);
