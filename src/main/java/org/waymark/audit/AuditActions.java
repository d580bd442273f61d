package org.waymark.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every action the audit trail knows, named {@code object.past-tense-verb} in kebab case, with the label people
 * read. A module that publishes a new action adds it here (a test reads the sources to make sure).
 */
public final class AuditActions {

    /** {@code object.what-happened}: lower-case words joined by hyphens, one dot after the object. */
    public static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        add("person.signed-up", "Signed up");
        add("person.verification-email-sent", "Verification email sent");
        add("person.email-verified", "Email address confirmed");
        add("person.sign-up-with-existing-email-noticed", "Sign-up tried with an existing account's email (owner told)");
        add("person.signed-in", "Signed in");
        add("person.sign-in-failed", "Sign-in failed");
        add("person.password-reset-requested", "Password reset requested");
        add("person.password-reset", "Password reset");
        add("person.password-changed", "Password changed");
        add("person.email-change-requested", "Change of email address requested");
        add("person.email-changed", "Email address changed");
        add("person.profile-updated", "Profile updated");
        add("person.role-granted", "Role granted");
        add("person.role-removed", "Role removed");
        add("person.deactivated", "Account deactivated");
        add("person.reactivated", "Account reactivated");
        add("portfolio.started", "Portfolio started");
        add("portfolio.progressed", "Portfolio started from another pathway's");
        add("portfolio.declaration-signed", "Declaration signed");
        add("portfolio.declaration-withdrawn", "Declaration withdrawn");
        add("portfolio.deleted", "Portfolio deleted");
        add("section.area-added", "Area added");
        add("section.area-removed", "Area removed");
        add("section.restored", "Section restored from a revision");
        add("evidence.added", "Evidence added");
        add("evidence.updated", "Evidence changed");
        add("evidence.deleted", "Evidence deleted");
        add("evidence.upload-refused", "Upload refused");
        add("fee.changed", "Registration fee changed");
        add("registration.registered", "Registered for a pathway");
        add("registration.paid", "Registration marked paid");
        add("registration.marked-unpaid", "Registration marked unpaid");
        add("registration.cancelled", "Registration cancelled");
        add("round.created", "Submission round created");
        add("round.changed", "Submission round changed");
        add("round.closed", "Submission round closed");
        add("submission.submitted", "Portfolio submitted");
        add("submission.withdrawn", "Submission withdrawn");
        add("submission.returned", "Submission returned to the candidate");
        add("submission.accepted", "Submission accepted for assessment");
        add("submission.access-details-deleted", "Access details of an external portfolio deleted");
        add("submission.decided", "Outcome released to the candidate");
        add("submission.outcome-replaced", "Outcome replaced after a reassessment on appeal");
        add("allocation.confirmed", "Allocation of a round confirmed");
        add("assessment.allocated", "Assessors allocated to a submission");
        add("assessment.accepted", "Assessor accepted an allocation");
        add("assessment.declined", "Assessor declined an allocation");
        add("assessment.replaced", "Assessor replaced");
        add("review.submitted", "Review submitted");
        add("assessment.outcome-recorded", "Agreed outcome recorded");
        add("assessment.moderated", "Outcome moderated");
        add("assessment.released", "Results released");
        add("assessment.appealed", "Outcome appealed");
        add("appeal.decided", "Appeal decided");
        add("award.issued", "Award issued");
        add("award.revoked", "Award revoked");
        add("award.reissued", "Certificate reissued");
        add("award.membership-paid", "Membership fee recorded");
        add("award.review-confirmed", "Award confirmed by portfolio review");
        add("award.listing-chosen", "Register listing chosen by the holder");
        add("assessor.award-recorded", "Assessor's award recorded from Waymark");
        add("assessor.added", "Assessor added to the pool");
        add("assessor.profile-changed", "Assessor's profile changed");
        add("assessor.unavailability-added", "Assessor's unavailable dates added");
        add("assessor.unavailability-removed", "Assessor's unavailable dates removed");
        add("conflict.declared", "Conflict of interest declared");
        add("conflict.withdrawn", "Conflict of interest withdrawn");
        add("extension.requested", "Extension asked for");
        add("extension.granted", "Extension granted");
        add("extension.declined", "Extension request declined");
    }

    private AuditActions() {
    }

    private static void add(String action, String label) {
        if (!NAME.matcher(action).matches()) {
            throw new IllegalArgumentException("Audit action not named object.past-tense-verb: " + action);
        }
        LABELS.put(action, label);
    }

    /** Every known action and its label, grouped by object. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(LABELS);
    }

    public static boolean known(String action) {
        return LABELS.containsKey(action);
    }

    /** What people read for an action; an action recorded before it was named here shows as it was recorded. */
    public static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }
}
