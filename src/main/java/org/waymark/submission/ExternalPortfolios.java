package org.waymark.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.waymark.submission.internal.ExternalSubmissions;
import org.waymark.submission.internal.Submission;

/**
 * Portfolios written elsewhere, as they were sent, for the modules that read them (assessors' pages): the link and
 * its access details, or the file; and where each section is. Permission checks are the caller's.
 */
@Service
public class ExternalPortfolios {

    /** A link ({@code url}, with any {@code access} details) or one file ({@code fileName}), and the section map. */
    public record Copy(UUID submissionId, String url, String access, String fileName, Long sizeBytes, List<Section> sections) {
        public boolean web() {
            return url != null && (url.startsWith("https://") || url.startsWith("http://"));
        }
    }

    /** Where one section is: a page address, or words such as "pages 3-5". */
    public record Section(String label, String heading, String location, boolean link) {
    }

    /** The file as it was sent; the caller closes {@code content}. */
    public record File(String fileName, String contentType, long sizeBytes, InputStream content) {
    }

    private final ExternalSubmissions external;

    ExternalPortfolios(ExternalSubmissions external) {
        this.external = external;
    }

    /** Empty for a portfolio written in Waymark (or no such submission). */
    public Optional<Copy> find(UUID submissionId) {
        return external.find(submissionId).filter(s -> s.form() == SubmissionForm.EXTERNAL).map(s -> new Copy(s.id(),
                s.externalUrl(), s.externalAccess(), s.externalFileName(), s.externalSizeBytes(),
                external.map(s.id()).stream().map(l -> new Section(l.label(), l.heading(), l.location(), l.isLink())).toList()));
    }

    /** The file of a portfolio sent as one file; empty when it was sent as a link. Throws when the store lost it. */
    public Optional<File> file(UUID submissionId) throws IOException {
        Optional<Submission> found = external.find(submissionId)
                .filter(s -> s.form() == SubmissionForm.EXTERNAL && s.externalFileKey() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Submission s = found.get();
        return Optional.of(new File(s.externalFileName(), s.externalContentType(),
                s.externalSizeBytes() == null ? 0 : s.externalSizeBytes(), external.openFile(s)));
    }

    /** The section map of an external submission in the framework's order; empty for a portfolio written in Waymark. */
    public List<ExternalSection> sectionMap(UUID submissionId) {
        return external.sectionMap(submissionId);
    }
}
