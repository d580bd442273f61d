-- Which evidence store this database's files live in: one row, written by the first node that starts.
-- Every node checks at start-up that the marker object is in its store (a shared folder or bucket).
CREATE TABLE evidence_store (
    id         INT          NOT NULL PRIMARY KEY,
    marker_key VARCHAR(36)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
