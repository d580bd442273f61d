-- Certified membership. portfolio_review_due_on: a holder's portfolio is reviewed every three years, first three years
-- after the award; a confirming review moves it three years on. membership_paid_until (already there) moves a year on
-- with each annual fee an administrator records.
ALTER TABLE award ADD COLUMN portfolio_review_due_on DATE;
UPDATE award SET portfolio_review_due_on = CAST(awarded_on + INTERVAL '3' YEAR AS DATE);
ALTER TABLE award ALTER COLUMN portfolio_review_due_on SET NOT NULL;
-- The portfolio review submission whose confirming outcome last moved the review date: the same released result,
-- delivered twice, moves it once.
ALTER TABLE award ADD COLUMN review_submission_id UUID;

-- Membership reminders already sent, one row per reminder (kind and the date it is about): the primary key makes a
-- second node's attempt to send the same reminder fail, so each is sent once. A payment or a confirmed review moves
-- the date, and the next reminder is a new row.
CREATE TABLE award_reminder (
    award_id  UUID         NOT NULL REFERENCES award (id),
    kind      VARCHAR(20)  NOT NULL,
    due_on    DATE         NOT NULL,
    sent_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (award_id, kind, due_on)
);
