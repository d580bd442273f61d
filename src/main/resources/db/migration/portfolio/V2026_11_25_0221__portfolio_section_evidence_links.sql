-- One evidence item may be linked from several sections.
CREATE TABLE section_evidence (
    section_id   UUID NOT NULL REFERENCES portfolio_section (id) ON DELETE CASCADE,
    evidence_id  UUID NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    PRIMARY KEY (section_id, evidence_id)
);
