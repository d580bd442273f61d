package org.waymark.assessment.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.Place;
import org.waymark.submission.Submitting;

/**
 * Who may open an assessment's assessor pages: someone holding a current grant to grade its submission (given when
 * they accepted their place, ended at release) and the accepted place itself. Anyone else finds nothing (404).
 */
@Component
class AssessmentAccess {

    record Allocated(Assessment assessment, Place place, UUID assessorId) {
    }

    private final Reviewing reviewing;
    private final Permissions permissions;

    AssessmentAccess(Reviewing reviewing, Permissions permissions) {
        this.reviewing = reviewing;
        this.permissions = permissions;
    }

    Allocated assessor(Authentication who, UUID assessmentId) {
        Assessment assessment = reviewing.assessment(assessmentId)
                .orElseThrow(() -> new NotPermittedException(Reviewing.OBJECT_TYPE, assessmentId));
        UUID me = personId(who);
        if (me == null || !permissions.may(who, Action.GRADE, Submitting.OBJECT_TYPE, assessment.submissionId())) {
            throw new NotPermittedException(Reviewing.OBJECT_TYPE, assessmentId);
        }
        Place place = reviewing.acceptedPlace(assessment, me)
                .orElseThrow(() -> new NotPermittedException(Reviewing.OBJECT_TYPE, assessmentId));
        return new Allocated(assessment, place, me);
    }

    static UUID personId(Authentication who) {
        try {
            return who == null ? null : UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
