-- Awards held, as Waymark issued them (the award module tells the assessment module): the widest one per person,
-- which sets an assessor's award in the pool (now or when they join it) without an administrator typing it in.
CREATE TABLE assessor_award_held (
    person_id           UUID          NOT NULL PRIMARY KEY,
    pathway             VARCHAR(30)   NOT NULL,
    certificate_number  VARCHAR(20)   NOT NULL,
    recorded_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
