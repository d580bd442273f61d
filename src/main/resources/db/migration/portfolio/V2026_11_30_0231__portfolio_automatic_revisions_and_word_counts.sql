-- Autosave now keeps revisions by itself (AutomaticRevisions); the reason says why one was kept (NULL for the
-- kinds a person asked for). Word counts are stored with each revision so the history lists them without reading
-- every text; the next version (RevisionWordCountBackfill, a Java migration) counts them for the older rows.
ALTER TABLE section_revision ADD COLUMN reason VARCHAR(300);
ALTER TABLE section_revision ADD COLUMN description_words INT;
ALTER TABLE section_revision ADD COLUMN reflection_words INT;
ALTER TABLE section_revision ADD COLUMN evidence_words INT;
-- For the housekeeping job that prunes old automatic revisions.
CREATE INDEX section_revision_kind_idx ON section_revision (kind, created_at);
