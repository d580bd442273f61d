-- Who may do what on which object. Modules write grants (the portfolio module grants its owner;
-- later, assessment grants allocated assessors); the Permissions service reads them.
CREATE TABLE access_grant (
    id           UUID         NOT NULL PRIMARY KEY,
    person_id    UUID         NOT NULL,
    object_type  VARCHAR(40)  NOT NULL,
    object_id    UUID         NOT NULL,
    relation     VARCHAR(30)  NOT NULL,
    granted_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX access_grant_uk ON access_grant (person_id, object_type, object_id, relation);
CREATE INDEX access_grant_object_idx ON access_grant (object_type, object_id);
