-- The portfolio register: one entry per award whose holder has chosen how it is listed (no row: not listed, the
-- default). visibility is PUBLIC (anyone), MEMBERS (signed-in holders of a valid award) or NOT_LISTED (the holder's
-- details kept, nothing shown). holder_name and pathway are copied from the award so that a search needs only this
-- table and its terms; a reissue under a new name updates the copy. Revoking an award removes its entry in the same
-- transaction, so a revoked award is never shown (the page of results joins award for the standing and the address).
CREATE TABLE register_entry (
    award_id       UUID          NOT NULL PRIMARY KEY,
    holder_id      UUID          NOT NULL,
    visibility     VARCHAR(12)   NOT NULL,
    holder_name    VARCHAR(200)  NOT NULL,
    pathway        VARCHAR(30)   NOT NULL,
    sector         VARCHAR(100)  NOT NULL,
    job_role       VARCHAR(100)  NOT NULL,
    portfolio_url  VARCHAR(500),
    chosen_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
-- Results are in name order a page at a time: read in this order and stopped after a page when nothing narrows them.
CREATE INDEX register_entry_name_idx ON register_entry (holder_name, award_id);
CREATE INDEX register_entry_pathway_idx ON register_entry (pathway, holder_name, award_id);
CREATE INDEX register_entry_holder_idx ON register_entry (holder_id);

-- The specialisms as the holder wrote them, in their order (shown in results).
CREATE TABLE register_specialism (
    award_id    UUID         NOT NULL,
    position    INT          NOT NULL,
    specialism  VARCHAR(80)  NOT NULL,
    PRIMARY KEY (award_id, position)
);

-- What a search matches: each word of the specialisms (field S), the sector (E) and the job role (R), lower-cased
-- (see award.internal.RegisterTerms). An equality match on a plain B-tree, the same on H2 and PostgreSQL, with no
-- extension needed: a search for "learning design" finds entries with both words in their specialisms.
CREATE TABLE register_term (
    field     CHAR(1)      NOT NULL,
    term      VARCHAR(80)  NOT NULL,
    award_id  UUID         NOT NULL,
    PRIMARY KEY (field, term, award_id)
);
-- The other way round, for checking one entry's terms while results are read in name order.
CREATE UNIQUE INDEX register_term_award_uk ON register_term (award_id, field, term);
