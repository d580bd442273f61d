package org.waymark.portfolio.evidence.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceKind;
import org.waymark.portfolio.evidence.EvidenceSummary;

/** The add and change evidence form. The file itself arrives as a separate multipart part. */
record EvidenceForm(
        EvidenceKind kind,
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 2000, message = "The description must be 2,000 characters or fewer") String description,
        String url,
        @Size(max = 20000, message = "The alternative text or transcript must be 20,000 characters or fewer") String accessibleText,
        @NotNull @AssertTrue Boolean permissionConfirmed) {

    static EvidenceForm empty() {
        return new EvidenceForm(null, null, null, null, null, false);
    }

    static EvidenceForm of(EvidenceSummary item) {
        return new EvidenceForm(item.kind(), item.title(), item.description(), item.url(), item.accessibleText(),
                item.permissionConfirmed());
    }

    /** An unticked box sends nothing, so null means "not confirmed". */
    public boolean confirmed() {
        return Boolean.TRUE.equals(permissionConfirmed);
    }

    EvidenceDetails details() {
        return new EvidenceDetails(title, description, accessibleText, confirmed());
    }
}
