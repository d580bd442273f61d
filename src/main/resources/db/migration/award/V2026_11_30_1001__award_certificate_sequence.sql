-- The last certificate number issued in each year. Taken under a row lock in the transaction that records the award,
-- so numbers are sequential without gaps however many administrators (or nodes) award at once: a transaction that
-- rolls back gives its number back with it. A sequence could not promise that (nextval is never rolled back).
CREATE TABLE certificate_sequence (
    award_year   INTEGER  NOT NULL PRIMARY KEY,
    last_number  INTEGER  NOT NULL
);
