-- 100,000 award holders (or :holders) for bench/register.sh, on a database migrated by Waymark's own migrations.
-- Awards: 30 % Associate, 55 % CMALT, 15 % Senior; 1 % revoked (no entry); 10 % lapsed (membership paid until last year).
-- Register: 10 % never chose (no entry), 15 % chose not to be listed, 50 % public, 25 % members only. Each entry has
-- 1 to 3 specialisms from 40 (picked with a skew: a few are common, most are rarer), one of 10 sectors and one of 16
-- job roles; two in three give a portfolio link. Terms are made as award.internal.RegisterTerms makes them: lower
-- case, split at anything that is not a letter or a digit.
\set ON_ERROR_STOP on
CREATE TEMP TABLE v_specialism (n int PRIMARY KEY, s text);
INSERT INTO v_specialism SELECT row_number() OVER () - 1, s FROM unnest(ARRAY[
  'Accessibility', 'Learning design', 'Moodle', 'Assessment and feedback', 'Digital skills', 'Open education',
  'Artificial intelligence', 'Learning analytics', 'Video production', 'Online learning', 'Blended learning',
  'Curriculum design', 'Digital literacy', 'Inclusion', 'Lecture capture', 'Educational research', 'Leadership',
  'Staff development', 'Virtual learning environments', 'E-portfolios', 'Gamification', 'Mobile learning',
  'Universal design for learning', 'Copyright', 'Open educational resources', 'Digital wellbeing', 'Simulation',
  'Immersive technologies', 'Accessibility auditing', 'Academic integrity', 'Student engagement',
  'Learning spaces', 'Microcredentials', 'Podcasting', 'Canvas', 'Blackboard', 'H5P', 'Data protection',
  'Apprenticeships', 'Workplace learning']) AS s;
CREATE TEMP TABLE v_sector (n int PRIMARY KEY, s text);
INSERT INTO v_sector SELECT row_number() OVER () - 1, s FROM unnest(ARRAY['Higher education', 'Further education',
  'Schools', 'Adult and community learning', 'Work-based learning', 'Corporate training', 'Public sector',
  'Health education', 'Charity and third sector', 'Educational technology industry']) AS s;
CREATE TEMP TABLE v_role (n int PRIMARY KEY, s text);
INSERT INTO v_role SELECT row_number() OVER () - 1, s FROM unnest(ARRAY['Learning technologist', 'Senior learning technologist',
  'Digital education manager', 'Lecturer', 'Senior lecturer', 'Instructional designer', 'Learning designer',
  'Educational developer', 'Librarian', 'Head of digital learning', 'E-learning developer', 'Teacher',
  'Academic developer', 'Training manager', 'Researcher', 'IT trainer']) AS s;

CREATE TEMP TABLE h AS
SELECT i, gen_random_uuid() AS award_id, gen_random_uuid() AS holder_id,
       (ARRAY['Alex','Bea','Chris','Dev','Eli','Fatima','Grace','Hana','Imran','Jo','Kai','Lena','Mo','Nia','Omar','Priya',
              'Quinn','Rowan','Sam','Taylor','Uma','Vic','Wen','Yusuf','Zoe'])[1 + (i * 7) % 25] || ' ' ||
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright','Thompson',
              'Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Khan','Ahmed','Ali','Murphy',
              'Kelly','Campbell','Stewart','Reid','Morgan','Hughes','Edwards','Price','Lewis'])[1 + (i * 13) % 34]
         || ' ' || i AS holder_name,
       CASE WHEN i % 20 < 6 THEN 'associate' WHEN i % 20 < 17 THEN 'cmalt' ELSE 'senior' END AS pathway,
       random() AS r_listed, random() AS r_lapsed, i % 100 = 0 AS revoked,
       1 + floor(random() * 3)::int AS specialisms,
       floor(power(random(), 1.6) * 10)::int AS sector,
       floor(power(random(), 1.4) * 16)::int AS role
FROM generate_series(1, :holders) AS i;

INSERT INTO award (id, certificate_number, verification_token, holder_id, holder_name, pathway, submission_id, outcome,
                   awarded_on, awarded_at, awarded_by, status, revoked_at, revoked_by, revoke_reason, certificate_issue,
                   certificate_issued_at, membership_paid_until, portfolio_review_due_on, version)
SELECT award_id, 'CMALT-' || (2000 + i / 10000) || '-' || lpad((i % 10000)::text, 5, '0'), md5(award_id::text || 'token'),
       holder_id, holder_name, pathway, gen_random_uuid(), 'pass', current_date - 400, now() - interval '400 days', NULL,
       CASE WHEN revoked THEN 'REVOKED' ELSE 'VALID' END, CASE WHEN revoked THEN now() END, NULL,
       CASE WHEN revoked THEN 'bench' END, 1, now() - interval '400 days',
       CASE WHEN r_lapsed < 0.10 THEN current_date - 30 ELSE current_date + 300 END, current_date + 700, 0
FROM h;

INSERT INTO register_entry (award_id, holder_id, visibility, holder_name, pathway, sector, job_role, portfolio_url, chosen_at, version)
SELECT award_id, holder_id,
       CASE WHEN r_listed < 0.25 THEN 'NOT_LISTED' WHEN r_listed < 0.75 THEN 'PUBLIC' ELSE 'MEMBERS' END,
       holder_name, pathway, (SELECT s FROM v_sector WHERE n = sector), (SELECT s FROM v_role WHERE n = role),
       CASE WHEN i % 3 <> 0 THEN 'https://portfolio.example.org/' || i END, now(), 0
FROM h WHERE (r_listed >= 0.15 OR r_listed < 0.05) -- 10 % have no entry at all (never chose)
  AND NOT revoked; -- revoking an award removes its entry

INSERT INTO register_specialism (award_id, position, specialism)
SELECT h.award_id, p.position, v.s
FROM h JOIN register_entry e ON e.award_id = h.award_id
CROSS JOIN LATERAL generate_series(0, h.specialisms - 1) AS p(position)
CROSS JOIN LATERAL (SELECT floor(power(random(), 1.8) * 40)::int + 0 * p.position AS k) AS pick
JOIN v_specialism v ON v.n = pick.k;

INSERT INTO register_term (field, term, award_id)
SELECT DISTINCT 'S', w, award_id FROM register_specialism,
       regexp_split_to_table(lower(specialism), '[^a-z0-9]+') AS w WHERE w <> ''
UNION
SELECT DISTINCT 'E', w, award_id FROM register_entry, regexp_split_to_table(lower(sector), '[^a-z0-9]+') AS w WHERE w <> ''
UNION
SELECT DISTINCT 'R', w, award_id FROM register_entry, regexp_split_to_table(lower(job_role), '[^a-z0-9]+') AS w WHERE w <> '';

VACUUM ANALYZE award;
VACUUM ANALYZE register_entry;
VACUUM ANALYZE register_specialism;
VACUUM ANALYZE register_term;
SELECT (SELECT count(*) FROM award) AS awards, (SELECT count(*) FROM register_entry) AS entries,
       (SELECT count(*) FROM register_entry WHERE visibility = 'PUBLIC') AS public,
       (SELECT count(*) FROM register_entry WHERE visibility = 'MEMBERS') AS members_only,
       (SELECT count(*) FROM register_term) AS terms;
