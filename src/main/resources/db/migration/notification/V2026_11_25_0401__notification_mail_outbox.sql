-- Every email is written here in the same transaction as the change that caused it; a scheduled job
-- (one node at a time) delivers it over SMTP. In demo mode without SMTP it stays here for the demo mailbox.
CREATE TABLE mail_outbox (
    id            UUID          NOT NULL PRIMARY KEY,
    recipient     VARCHAR(320)  NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    body          VARCHAR(20000) NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP(6) WITH TIME ZONE,
    attempts      INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000)
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (sent_at, created_at);
