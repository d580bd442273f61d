-- How each of a section's three texts was cut into blocks when it was last saved from the editor (ADR 0017): per
-- block, its length as the editor sent it, its length as stored and its words. An autosave of a long text then sends
-- only the blocks that changed, and the save splices them in between the stored blocks it keeps. NULL (or an empty
-- part) when a text was not cut, or was written by other means: the editor then sends that text whole.
ALTER TABLE portfolio_section ADD COLUMN text_cuts VARCHAR(200000);
