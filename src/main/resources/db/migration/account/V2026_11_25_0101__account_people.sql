CREATE TABLE person (
    id                  UUID         NOT NULL PRIMARY KEY,
    email               VARCHAR(320) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    email_verified_at   TIMESTAMP(6) WITH TIME ZONE,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    job_title           VARCHAR(200),
    institution         VARCHAR(200),
    sector              VARCHAR(100),
    years_experience    INT,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);
-- Emails are stored lower-cased by the application, so a plain unique index is enough on both databases.
CREATE UNIQUE INDEX person_email_uk ON person (email);

CREATE TABLE person_role (
    person UUID        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role   VARCHAR(30) NOT NULL,
    PRIMARY KEY (person, role)
);

-- Single-use links sent by email: verification (24 h) and password reset (1 h). Only a hash of the token is kept.
CREATE TABLE account_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    person_id   UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL,
    new_email   VARCHAR(320),
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX account_token_person_idx ON account_token (person_id);

-- Failed sign-ins, kept in the database so that every node slows the same attacker.
CREATE TABLE sign_in_failure (
    id           UUID         NOT NULL PRIMARY KEY,
    email        VARCHAR(320) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    failed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (address, failed_at);
