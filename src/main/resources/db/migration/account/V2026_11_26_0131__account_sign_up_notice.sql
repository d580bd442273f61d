-- When the owner of an address was last told that someone tried to sign up with it (at most once an hour).
ALTER TABLE person ADD COLUMN sign_up_notice_at TIMESTAMP(6) WITH TIME ZONE;
