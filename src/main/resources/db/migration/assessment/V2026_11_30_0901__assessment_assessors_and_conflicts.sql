-- The assessor pool: one profile per person. award_pathway is the pathway of the award they hold (entered by an
-- administrator until awards exist in Waymark); who may assess what follows from it and the framework file.
CREATE TABLE assessor (
    person_id           UUID          NOT NULL PRIMARY KEY,
    award_pathway       VARCHAR(30),
    institution         VARCHAR(200),
    capacity_per_round  INT           NOT NULL,
    times_as_second     INT           NOT NULL,
    added_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    added_by            UUID          NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL
);

-- Short texts such as "Accessibility" or "Learning analytics", in the order the administrator gave them.
CREATE TABLE assessor_specialism (
    person_id   UUID          NOT NULL REFERENCES assessor (person_id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    specialism  VARCHAR(80)   NOT NULL,
    PRIMARY KEY (person_id, position)
);

-- Dates (inclusive, UK calendar days) on which an assessor cannot take work.
CREATE TABLE assessor_unavailable (
    id          UUID          NOT NULL PRIMARY KEY,
    person_id   UUID          NOT NULL REFERENCES assessor (person_id) ON DELETE CASCADE,
    from_date   DATE          NOT NULL,
    to_date     DATE          NOT NULL
);
CREATE INDEX assessor_unavailable_person_idx ON assessor_unavailable (person_id, from_date);

-- Conflicts of interest an assessor declares against a named person (name or email) or an institution.
-- target_key is the target normalised for comparison (lower case, punctuation and "the" removed).
CREATE TABLE assessor_conflict (
    id           UUID          NOT NULL PRIMARY KEY,
    person_id    UUID          NOT NULL,
    kind         VARCHAR(12)   NOT NULL,
    target       VARCHAR(320)  NOT NULL,
    target_key   VARCHAR(320)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    declared_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX assessor_conflict_person_idx ON assessor_conflict (person_id, declared_at);
