CREATE TABLE portfolio (
    id                        UUID         NOT NULL PRIMARY KEY,
    owner_id                  UUID         NOT NULL,
    pathway                   VARCHAR(30)  NOT NULL,
    framework_version         VARCHAR(20)  NOT NULL,
    progressed_from           UUID,
    declaration_signed_at     TIMESTAMP(6) WITH TIME ZONE,
    suggested_assessor_name   VARCHAR(200),
    suggested_assessor_email  VARCHAR(320),
    created_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version                   BIGINT       NOT NULL
);
CREATE INDEX portfolio_owner_idx ON portfolio (owner_id);

-- A section is its own aggregate, versioned on its own: two tabs on different sections never conflict.
CREATE TABLE portfolio_section (
    id              UUID          NOT NULL PRIMARY KEY,
    portfolio_id    UUID          NOT NULL REFERENCES portfolio (id) ON DELETE CASCADE,
    section_key     VARCHAR(40)   NOT NULL,
    position        INT           NOT NULL,
    label           VARCHAR(20)   NOT NULL,
    title           VARCHAR(200),
    description     VARCHAR(200000) NOT NULL DEFAULT '',
    reflection      VARCHAR(200000) NOT NULL DEFAULT '',
    evidence        VARCHAR(200000) NOT NULL DEFAULT '',
    principles      VARCHAR(200)  NOT NULL DEFAULT '',
    copied_from_date TIMESTAMP(6) WITH TIME ZONE,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revised_at      TIMESTAMP(6) WITH TIME ZONE,
    version         BIGINT        NOT NULL
);
CREATE INDEX portfolio_section_portfolio_idx ON portfolio_section (portfolio_id, position);

-- Revisions: Save, restore, copy-in and conflict resolution each keep one. Autosave only moves the working copy.
CREATE TABLE section_revision (
    id           UUID          NOT NULL PRIMARY KEY,
    section_id   UUID          NOT NULL REFERENCES portfolio_section (id) ON DELETE CASCADE,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(200),
    description  VARCHAR(200000) NOT NULL,
    reflection   VARCHAR(200000) NOT NULL,
    evidence     VARCHAR(200000) NOT NULL,
    principles   VARCHAR(200)  NOT NULL,
    author_id    UUID,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX section_revision_section_idx ON section_revision (section_id, created_at);
