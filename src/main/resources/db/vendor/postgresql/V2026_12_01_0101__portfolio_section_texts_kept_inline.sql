-- PostgreSQL only: a section row keeps its compressed texts in the row itself up to a page (toast_tuple_target at its
-- largest, 8160 bytes) instead of moving them out to the TOAST table once the row passes 2 KB. A 2,000-word
-- description is about 19 KB of HTML and 6.7 KB compressed with lz4, so every autosave wrote it as four TOAST chunks
-- (each a heap row and an index entry) and left the four old ones dead; now it is one row. Longer texts still go out
-- of line, as PostgreSQL does for any row that a page cannot hold. Revisions are written once and read rarely: they
-- keep the default.
ALTER TABLE portfolio_section SET (toast_tuple_target = 8160);
