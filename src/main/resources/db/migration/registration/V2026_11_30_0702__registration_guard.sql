-- One row per person and pathway, locked while a registration on that pathway is made: two requests at once (a double
-- click, two tabs, two nodes) take turns, so the second sees the first's registration and is refused. A unique index
-- cannot say "one valid registration", because validity ends with time.
CREATE TABLE registration_guard (
    person_id   UUID         NOT NULL,
    pathway     VARCHAR(30)  NOT NULL,
    PRIMARY KEY (person_id, pathway)
);
