-- Submitters for bench/submission.sh: :n candidates (submitter1..N@example.org), each with a paid Senior CMALT
-- registration and a complete 13-section Senior portfolio holding 100 evidence items (links and file rows; a file
-- row's stored bytes are not needed to freeze it, since a snapshot refers to files by key), plus one open fixed round.
-- psql -v n=500 -v hash='...' -v round=<uuid>
INSERT INTO submission_round (id, name, kind, opens_at, closes_at, assessment_starts_at, assessment_ends_at,
                              results_released_at, decision_weeks, blind, created_at, updated_at, version)
VALUES (:'round', 'Bench round', 'FIXED', now() - interval '30 days', now() + interval '1 day',
        now() + interval '2 days', now() + interval '60 days', now() + interval '90 days', NULL, false, now(), now(), 0);

INSERT INTO person (id, email, name, password_hash, email_verified_at, active, created_at, version)
SELECT gen_random_uuid(), 'submitter' || i || '@example.org', 'Bench Submitter ' || i, :'hash', now(), true, now(), 0
FROM generate_series(1, :n) AS i;
INSERT INTO person_role (person, role) SELECT id, 'CANDIDATE' FROM person WHERE email LIKE 'submitter%@example.org';

INSERT INTO portfolio (id, owner_id, pathway, framework_version, declaration_signed_at, created_at, version)
SELECT gen_random_uuid(), id, 'senior', '2026.1', now(), now(), 0 FROM person WHERE email LIKE 'submitter%@example.org';
INSERT INTO access_grant (id, person_id, object_type, object_id, relation, granted_at)
SELECT gen_random_uuid(), owner_id, 'portfolio', id, 'OWNER', now() FROM portfolio
WHERE owner_id IN (SELECT id FROM person WHERE email LIKE 'submitter%@example.org');

-- The 13 sections of a Senior portfolio, each about 600 words with a few links, every principle claimed.
WITH layout (section_key, position, label, title) AS (VALUES
    ('context', 0, '', NULL), ('1a', 1, '1a', NULL), ('1b', 2, '1b', NULL), ('1c', 3, '1c', NULL), ('2a', 4, '2a', NULL),
    ('2b', 5, '2b', NULL), ('3a', 6, '3a', NULL), ('3b', 7, '3b', NULL), ('4a', 8, '4a', NULL),
    ('specialist', 9, '5a', 'Digital accessibility'), ('specialist', 10, '5b', 'Lecture capture'),
    ('advanced', 11, '6a', 'Leading a VLE review'), ('plans', 12, '', NULL)),
text (para) AS (SELECT '<p>' || repeat('I worked with colleagues across the faculty to evaluate and improve our online '
        || 'assessment practice, and I reflected on what the students told us. ', 6)
        || '<a href="https://example.org/evidence/report">the evaluation report</a></p>')
INSERT INTO portfolio_section (id, portfolio_id, section_key, position, label, title, description, reflection, evidence,
                               principles, updated_at, version)
SELECT gen_random_uuid(), p.id, l.section_key, l.position, l.label, l.title, repeat(t.para, 5),
       CASE WHEN l.section_key IN ('context', 'plans') THEN '' ELSE repeat(t.para, 3) END,
       CASE WHEN l.section_key IN ('context', 'plans') THEN '' ELSE t.para END,
       CASE WHEN l.section_key IN ('context', 'plans') THEN '' ELSE 'explore,keep-up-to-date,learn-from-colleagues,communicate' END,
       now(), 0
FROM portfolio p CROSS JOIN layout l CROSS JOIN text t
WHERE p.owner_id IN (SELECT id FROM person WHERE email LIKE 'submitter%@example.org');

-- 100 evidence items per portfolio: 80 links, 20 files (25 MB each on paper).
INSERT INTO evidence_item (id, portfolio_id, kind, title, description, url, storage_key, file_name, content_type,
                           size_bytes, accessible_text, permission_confirmed, created_at, version)
SELECT gen_random_uuid(), p.id, CASE WHEN e <= 80 THEN 'LINK' ELSE 'FILE' END, 'Evidence item ' || e,
       'What this shows about my practice', CASE WHEN e <= 80 THEN 'https://example.org/evidence/' || e END,
       CASE WHEN e > 80 THEN 'bench-' || p.id || '-' || e END, CASE WHEN e > 80 THEN 'evidence-' || e || '.pdf' END,
       CASE WHEN e > 80 THEN 'application/pdf' END, CASE WHEN e > 80 THEN 26214400 END, NULL, true, now(), 0
FROM portfolio p CROSS JOIN generate_series(1, 100) AS e
WHERE p.owner_id IN (SELECT id FROM person WHERE email LIKE 'submitter%@example.org');
-- Each section links eight items.
INSERT INTO section_evidence (section_id, evidence_id)
SELECT s.id, e.id FROM portfolio_section s JOIN evidence_item e ON e.portfolio_id = s.portfolio_id
WHERE s.portfolio_id IN (SELECT id FROM portfolio WHERE owner_id IN (SELECT id FROM person WHERE email LIKE 'submitter%@example.org'))
  AND (CAST(substr(e.title, 15) AS INT) % 13) = s.position AND CAST(substr(e.title, 15) AS INT) <= 100;

INSERT INTO registration (id, reference, person_id, pathway, fee_amount, fee_currency, payer, status, registered_at,
                          paid_at, version)
SELECT gen_random_uuid(), 'REG-B-' || substr(md5(id::text), 1, 10), id, 'senior', 275.00, 'GBP', 'SELF', 'PAID',
       now() - interval '2 days', now() - interval '1 day', 0
FROM person WHERE email LIKE 'submitter%@example.org';
