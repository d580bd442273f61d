-- Fees per pathway and currency: data that administrators edit (/admin/fees). A registration copies the fee it was
-- charged, so changing a fee never changes what an existing registration owes.
CREATE TABLE registration_fee (
    pathway     VARCHAR(30)   NOT NULL,
    currency    VARCHAR(3)    NOT NULL,
    amount      NUMERIC(10,2) NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by  UUID,
    PRIMARY KEY (pathway, currency)
);
-- Examples only, in the style of ALT's published fees: an administrator sets the real ones before opening registration.
INSERT INTO registration_fee (pathway, currency, amount, changed_at) VALUES ('associate', 'GBP', 150.00, CURRENT_TIMESTAMP);
INSERT INTO registration_fee (pathway, currency, amount, changed_at) VALUES ('cmalt', 'GBP', 195.00, CURRENT_TIMESTAMP);
INSERT INTO registration_fee (pathway, currency, amount, changed_at) VALUES ('senior', 'GBP', 275.00, CURRENT_TIMESTAMP);

-- A candidate's registration on a pathway. The reference is random (REG-2026-7K3MQ9), never a sequence, so it tells
-- nobody how many others there are. Validity is not stored: it is worked out from paid_at and the fixed deadlines
-- on every read, so a round set up later extends it.
CREATE TABLE registration (
    id                  UUID          NOT NULL PRIMARY KEY,
    reference           VARCHAR(20)   NOT NULL,
    person_id           UUID          NOT NULL,
    pathway             VARCHAR(30)   NOT NULL,
    fee_amount          NUMERIC(10,2) NOT NULL,
    fee_currency        VARCHAR(3)    NOT NULL,
    payer               VARCHAR(12)   NOT NULL,
    institution_name    VARCHAR(200),
    purchase_order      VARCHAR(100),
    status              VARCHAR(10)   NOT NULL,
    registered_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    paid_at             TIMESTAMP(6) WITH TIME ZONE,
    paid_by             UUID,
    cancelled_at        TIMESTAMP(6) WITH TIME ZONE,
    cancelled_by        UUID,
    cancel_reason       VARCHAR(2000),
    first_submitted_at  TIMESTAMP(6) WITH TIME ZONE,
    version             BIGINT        NOT NULL
);
CREATE UNIQUE INDEX registration_reference_uk ON registration (reference);
CREATE INDEX registration_person_idx ON registration (person_id, pathway);
CREATE INDEX registration_status_idx ON registration (status, registered_at);

-- Expiry reminders already sent, one row per reminder: the primary key makes a second node's attempt a no-op. The
-- expiry is part of the key, so when a later round extends a registration its reminders are sent for the new date.
CREATE TABLE registration_reminder (
    registration_id  UUID         NOT NULL REFERENCES registration (id),
    days_before      INT          NOT NULL,
    expires_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration_id, days_before, expires_at)
);
