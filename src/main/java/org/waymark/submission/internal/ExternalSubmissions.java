package org.waymark.submission.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceRefusedException;
import org.waymark.portfolio.evidence.StoredFile;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionType;

/**
 * Portfolios written elsewhere (Google Sites, WordPress, a Word document): submitted as a link, with any access
 * details, or as one file kept in the evidence store, with a section map saying where each required section is.
 * Checks everything a Waymark submission checks (a valid registration, the round open to this candidate at the
 * instant the request arrived, one submission in progress per registration) and lists every problem at once.
 * Permission checks are the caller's.
 */
@Service
public class ExternalSubmissions {

    public static final String OBJECT_TYPE = "submission";
    static final int MAX_ACCESS = 2000;
    static final int MAX_URL = 2000;
    static final int MAX_HEADING = 300;

    /** A scheme and "//", "www.", or a scheme a browser would run: the candidate meant a link, so it must be a good one. */
    private static final Pattern LINK_LIKE = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*://|www\\.|(javascript|data|vbscript|file):).*");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SubmissionService submitting;
    private final Submissions submissions;
    private final Rounds rounds;
    private final RoundExtensions extensions;
    private final ExternalSectionMap sectionMap;
    private final Registrations registrations;
    private final FrameworkCatalogue catalogue;
    private final EvidenceLibrary evidence;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExternalSubmissions(SubmissionService submitting, Submissions submissions, Rounds rounds, RoundExtensions extensions, ExternalSectionMap sectionMap,
                        Registrations registrations, FrameworkCatalogue catalogue, EvidenceLibrary evidence,
                        Permissions permissions, ApplicationEventPublisher events,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.submitting = submitting;
        this.submissions = submissions;
        this.rounds = rounds;
        this.extensions = extensions;
        this.sectionMap = sectionMap;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.permissions = permissions;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The pathways this candidate may submit on now: one per valid registration, in the framework's order. */
    public List<Pathway> pathwaysFor(UUID candidateId) {
        Instant now = clock.instant();
        List<String> held = registrations.heldBy(candidateId).stream().filter(r -> r.validAt(now))
                .map(RegistrationSummary::pathwayKey).toList();
        return catalogue.current().pathways().stream().filter(p -> held.contains(p.key())).toList();
    }

    /** The instant a request arrived, for the deadline: taken once, when the controller starts on it. */
    public Instant now() {
        return clock.instant();
    }

    public Pathway pathway(String key) {
        return catalogue.current().pathway(key);
    }

    public Optional<Round> round(UUID roundId) {
        return rounds.findById(roundId);
    }

    /** Why this candidate cannot submit into the round at this instant (the Waymark submission's rule); empty when they can. */
    public Optional<String> roundProblem(UUID candidateId, Round round, Instant at) {
        return submitting.whyRoundNotOpen(round, candidateId, at);
    }

    /** The deadline that applies to this candidate (their extension's, if any), in UK time; empty for a rolling round. */
    public Optional<String> deadlineFor(Round round, UUID candidateId) {
        return submitting.deadlineFor(round, candidateId).map(this::uk);
    }

    /**
     * Submits a portfolio written elsewhere into a round, on the candidate's valid registration for the pathway.
     * The file, when there is one, is stored first and deleted again if the submission is not saved.
     *
     * @throws ExternalSubmissionRefused with every problem, by field
     * @throws NoSuchElementException when there is no such round
     */
    public Submission submitExternal(UUID candidateId, UUID roundId, String pathwayKey, ExternalPortfolio portfolio,
                                     Instant arrivedAt) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NoSuchElementException("No round " + roundId));
        Map<String, String> problems = new LinkedHashMap<>();
        roundProblem(candidateId, round, arrivedAt).ifPresent(problem -> problems.put("round", problem));

        Pathway pathway = catalogue.current().findPathway(pathwayKey).orElse(null);
        RegistrationSummary registration = pathway == null ? null
                : registrations.validFor(candidateId, pathwayKey, arrivedAt).orElse(null);
        if (registration == null) {
            problems.put("registration", "You need a paid registration that is still valid to submit"
                    + (pathway == null ? "" : " on the " + pathway.name() + " pathway") + ". Register, or ask about your payment");
        } else {
            inProgressOn(candidateId, registration.id()).ifPresent(existing -> problems.put("registration",
                    "You already have a submission in progress on this registration (reference " + existing.reference()
                            + "). Withdraw it before you submit again"));
        }

        String url = blankToNull(portfolio.url());
        boolean hasFile = portfolio.file() != null && blankToNull(portfolio.file().fileName()) != null;
        if (url == null && !hasFile) {
            problems.put("kind", "Give the link to your portfolio, or choose its file");
        } else if (url != null && hasFile) {
            problems.put("kind", "Give a link or a file, not both");
        } else if (url != null) {
            linkProblem(url, "The link to your portfolio").ifPresent(problem -> problems.put("url", problem));
        } else {
            evidence.submissionFileProblem(portfolio.file().fileName(), portfolio.file().sizeBytes(), portfolio.file().content())
                    .ifPresent(problem -> problems.put("file", problem));
        }
        String access = blankToNull(portfolio.access());
        if (access != null && hasFile && url == null) {
            access = null; // access details belong to a link; a file needs none
        }
        if (access != null && access.length() > MAX_ACCESS) {
            problems.put("access", "Access details must be 2,000 characters or fewer");
        }

        List<ExternalSectionMap.Location> locations = new ArrayList<>();
        if (pathway != null) {
            for (ExternalSectionRows.Row row : ExternalSectionRows.of(pathway, portfolio.rowCounts())) {
                String location = blankToNull(portfolio.locations().get(row.id()));
                if (location == null) {
                    if (row.required()) {
                        problems.put(row.fieldId(), "Say where " + row.heading() + " is: a page link or a heading");
                    }
                    continue;
                }
                locationProblem(row, location).ifPresent(problem -> problems.put(row.fieldId(), problem));
                locations.add(new ExternalSectionMap.Location(locations.size(), row.sectionKey(), row.label(), row.title(), location));
            }
        }

        String managerName = blankToNull(portfolio.lineManagerName());
        String managerEmail = blankToNull(portfolio.lineManagerEmail());
        if (managerName != null && managerName.length() > 200) {
            problems.put("lineManagerName", "Your line manager's name must be 200 characters or fewer");
        }
        if (managerEmail != null && (managerEmail.length() > 320 || !EMAIL.matcher(managerEmail).matches())) {
            problems.put("lineManagerEmail", "Enter your line manager's email address in the right form, like name@example.org");
        }
        if (!portfolio.declared()) {
            problems.put("declared", "Confirm that the portfolio is your own work and its evidence is anonymised or used with permission");
        }
        if (!problems.isEmpty()) {
            throw new ExternalSubmissionRefused(problems);
        }

        StoredFile stored = null;
        if (hasFile) {
            try {
                stored = evidence.storeSubmissionFile(portfolio.file().fileName(), portfolio.file().sizeBytes(),
                        portfolio.file().content());
            } catch (EvidenceRefusedException refused) {
                throw new ExternalSubmissionRefused(Map.of("file", refused.getMessage()));
            }
        }
        StoredFile file = stored;
        String keptAccess = access;
        try {
            return transactions.execute(status -> {
                if (file != null) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int outcome) {
                            if (outcome != STATUS_COMMITTED) {
                                evidence.deleteSubmissionFile(file.key());
                            }
                        }
                    });
                }
                UUID extensionId = round.openAt(arrivedAt) ? null : extensions.findByRoundIdAndCandidateId(round.id(), candidateId)
                        .filter(e -> arrivedAt.isBefore(e.untilAt())).map(RoundExtension::id).orElse(null);
                Submission submission = submissions.save(new Submission(UUID.randomUUID(), submitting.newReference(arrivedAt), round.id(),
                        candidateId, registration.id(), pathway.key(), SubmissionType.FIRST, SubmissionForm.EXTERNAL,
                        null, null, url, keptAccess, file == null ? null : file.key(), file == null ? null : file.fileName(),
                        file == null ? null : file.contentType(), file == null ? null : file.sizeBytes(), managerName,
                        managerEmail, SubmissionStatus.SUBMITTED, registration.id(), arrivedAt,
                        round.decisionDueFor(arrivedAt), extensionId, arrivedAt, candidateId, null, null));
                sectionMap.save(submission.id(), locations);
                permissions.grant(candidateId, Relation.OWNER, OBJECT_TYPE, submission.id());
                registrations.recordSubmission(registration.id(), arrivedAt);
                events.publishEvent(new AuditEvent(candidateId, "submission.submitted", OBJECT_TYPE, submission.id().toString(),
                        "External portfolio (" + (file == null ? "link" : "file " + file.contentType() + ", " + file.sizeBytes()
                                + " bytes") + ") into " + round.name() + ", reference " + submission.reference()
                                + (extensionId == null ? "" : ", under an extension")));
                events.publishEvent(new PortfolioSubmitted(submission.id(), submission.reference(), round.id(), candidateId,
                        pathway.key(), SubmissionType.FIRST, SubmissionForm.EXTERNAL, arrivedAt));
                return submission;
            });
        } catch (RuntimeException e) {
            if (causedBy(e, DuplicateKeyException.class)) {
                // Another request submitted on this registration a moment earlier: the unique index said no.
                throw new ExternalSubmissionRefused(Map.of("registration",
                        "You already have a submission in progress on this registration. Withdraw it before you submit again"));
            }
            throw e;
        }
    }

    /**
     * The completeness check's question for an external portfolio: what its section map leaves out (the headings
     * of required sections with no location, each repeatable area up to its minimum), and whether the link or
     * the stored file is there. Empty when nothing is missing, and for a portfolio written in Waymark.
     */
    public List<String> missingFromMap(UUID submissionId) {
        Submission submission = submissions.findById(submissionId)
                .orElseThrow(() -> new NoSuchElementException("No submission " + submissionId));
        if (submission.form() != SubmissionForm.EXTERNAL) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (blankToNull(submission.externalUrl()) == null && submission.externalFileKey() == null) {
            missing.add("The link to the portfolio, or its file");
        } else if (submission.externalFileKey() != null && !stored(submission.externalFileKey())) {
            missing.add("The portfolio's file (" + submission.externalFileName() + ") is missing from the file store");
        }
        List<ExternalSectionMap.Location> locations = sectionMap.of(submissionId);
        Pathway pathway = catalogue.current().pathway(submission.pathway());
        Map<String, Long> given = new LinkedHashMap<>();
        locations.stream().filter(l -> blankToNull(l.location()) != null)
                .forEach(l -> given.merge(l.sectionKey(), 1L, Long::sum));
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ExternalSectionRows.Row row : ExternalSectionRows.required(pathway)) {
            int index = seen.merge(row.sectionKey(), 1, Integer::sum);
            if (given.getOrDefault(row.sectionKey(), 0L) < index) {
                missing.add(row.heading());
            }
        }
        return missing;
    }

    /**
     * Deletes the access details of an external portfolio for good (a password to a private site should not
     * outlive its use). The release of the outcome (the assessment issue) calls this once the result is out.
     */
    public void forgetAccessDetails(UUID submissionId) {
        transactions.executeWithoutResult(status -> submissions.findById(submissionId)
                .filter(s -> s.externalAccess() != null)
                .ifPresent(s -> {
                    submissions.save(new Submission(s.id(), s.reference(), s.roundId(), s.candidateId(), s.registrationId(),
                            s.pathway(), s.submissionType(), s.form(), s.portfolioId(), s.snapshotId(), s.externalUrl(), null,
                            s.externalFileKey(), s.externalFileName(), s.externalContentType(), s.externalSizeBytes(),
                            s.lineManagerName(), s.lineManagerEmail(), s.status(), s.inProgressRegistration(),
                            s.submittedAt(), s.decisionDueAt(), s.extensionId(), s.statusChangedAt(), s.statusChangedBy(),
                            s.statusMessage(), s.version()));
                    events.publishEvent(new AuditEvent(null, "submission.access-details-deleted", OBJECT_TYPE,
                            s.id().toString(), "Access details of reference " + s.reference() + " deleted"));
                }));
    }

    public Optional<Submission> find(UUID submissionId) {
        return submissions.findById(submissionId);
    }

    /** The section map in the pathway's order, each location with its section's label ("1b", "5a", "6b"). */
    public List<ExternalSectionMap.Location> map(UUID submissionId) {
        List<ExternalSectionMap.Location> locations = sectionMap.of(submissionId);
        Optional<Pathway> pathway = submissions.findById(submissionId)
                .flatMap(s -> catalogue.current().findPathway(s.pathway()));
        if (pathway.isEmpty()) {
            return locations;
        }
        Map<String, Integer> seen = new HashMap<>();
        return locations.stream().map(l -> {
            int index = seen.merge(l.sectionKey(), 1, Integer::sum) - 1;
            return l.labelled(pathway.get().section(l.sectionKey()).map(d -> d.labelFor(index)).orElse(""));
        }).toList();
    }

    public List<org.waymark.submission.ExternalSection> sectionMap(UUID submissionId) {
        return map(submissionId).stream()
                .map(l -> new org.waymark.submission.ExternalSection(l.sectionKey(), l.label(), l.section(), l.location())).toList();
    }

    /** The stored file of an external submission; the caller closes the stream. */
    public InputStream openFile(Submission submission) throws IOException {
        if (submission.externalFileKey() == null) {
            throw new NoSuchElementException("Submission " + submission.id() + " has no file");
        }
        return evidence.openStored(submission.externalFileKey());
    }

    /** A date and time in UK time with the zone named: "31 January 2027, 12:00 GMT". */
    public String uk(Instant instant) {
        return submitting.ukTime(instant);
    }

    /** A day in UK time: "30 April 2027". */
    public String ukDate(Instant instant) {
        return submitting.ukDate(instant);
    }

    /** Whether the candidate meant this location as a link (and so it must be a good one). */
    static boolean looksLikeLink(String location) {
        return location != null && LINK_LIKE.matcher(location.strip()).matches();
    }

    private Optional<String> locationProblem(ExternalSectionRows.Row row, String location) {
        if (looksLikeLink(location)) {
            return linkProblem(location, "The link for " + row.heading());
        }
        if (location.length() > MAX_HEADING) {
            return Optional.of("The heading for " + row.heading() + " must be 300 characters or fewer");
        }
        return Optional.empty();
    }

    /** A link must be a whole http or https address with a host; Waymark never fetches it here. */
    static Optional<String> linkProblem(String url, String what) {
        if (url.length() > MAX_URL) {
            return Optional.of(what + " must be 2,000 characters or fewer");
        }
        String problem = what + " must be a web address starting with https:// or http://, like https://sites.google.com/view/your-portfolio";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                return Optional.of(problem);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(problem);
        }
    }

    private Optional<Submission> inProgressOn(UUID candidateId, UUID registrationId) {
        return submissions.findByCandidateIdOrderBySubmittedAtDesc(candidateId).stream()
                .filter(s -> registrationId.equals(s.inProgressRegistration())).findFirst();
    }

    private boolean stored(String key) {
        try (InputStream in = evidence.openStored(key)) {
            return in != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
