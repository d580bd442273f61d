-- When Waymark noticed that a fixed round's deadline had passed and told the administrators. Set once, by an UPDATE
-- that only the first node to try can win (WHERE deadline_passed_at IS NULL), so the notice goes once.
ALTER TABLE submission_round ADD COLUMN deadline_passed_at TIMESTAMP(6) WITH TIME ZONE;
