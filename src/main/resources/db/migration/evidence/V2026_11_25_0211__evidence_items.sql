-- Evidence items belong to a portfolio; files live in the evidence store, links are URLs.
CREATE TABLE evidence_item (
    id                   UUID          NOT NULL PRIMARY KEY,
    portfolio_id         UUID          NOT NULL REFERENCES portfolio (id) ON DELETE CASCADE,
    kind                 VARCHAR(10)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(2000),
    url                  VARCHAR(2000),
    storage_key          VARCHAR(200),
    file_name            VARCHAR(255),
    content_type         VARCHAR(120),
    size_bytes           BIGINT,
    accessible_text      VARCHAR(20000),
    permission_confirmed BOOLEAN       NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX evidence_item_portfolio_idx ON evidence_item (portfolio_id);
