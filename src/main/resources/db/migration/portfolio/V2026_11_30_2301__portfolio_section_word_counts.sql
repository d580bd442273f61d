-- Each section keeps the word counts of its working copy, written with the text: an autosave compares the new counts
-- with the stored ones (to keep a revision before a large removal) and the checklist reads them, so the stored text
-- is never counted again (issue 7). NULL until counted: the next version (SectionWordCountBackfill, a Java
-- migration) counts the existing rows, and a row written by other means is counted when read.
ALTER TABLE portfolio_section ADD COLUMN description_words INT;
ALTER TABLE portfolio_section ADD COLUMN reflection_words INT;
ALTER TABLE portfolio_section ADD COLUMN evidence_words INT;
