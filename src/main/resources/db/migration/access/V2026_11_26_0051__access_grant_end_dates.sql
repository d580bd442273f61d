-- A grant may end (a portfolio shared with a mentor until a date, an assessor's allocation for a round):
-- from ends_at on it allows nothing. NULL: open-ended, as every owner's grant is.
ALTER TABLE access_grant ADD COLUMN ends_at TIMESTAMP(6) WITH TIME ZONE;
