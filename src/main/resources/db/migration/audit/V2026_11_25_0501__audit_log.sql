-- Append-only record of decisions: who did what to which object, and when.
CREATE TABLE audit_entry (
    id          UUID         NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_id    UUID,
    action      VARCHAR(100) NOT NULL,
    object_type VARCHAR(60)  NOT NULL,
    object_id   VARCHAR(64)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);
