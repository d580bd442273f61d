package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * An assessor's places as their home page shows them: offered (to answer), accepted and still being assessed, and
 * past (declined, replaced, or the outcome recorded). Nothing about the candidate: blind or not, an assessor's list
 * names submissions by reference.
 */
@Service
public class AssessorPlaces {

    private final AssessmentStore store;
    private final Submitting submitting;
    private final FrameworkCatalogue catalogue;

    AssessorPlaces(AssessmentStore store, Submitting submitting, FrameworkCatalogue catalogue) {
        this.store = store;
        this.submitting = submitting;
        this.catalogue = catalogue;
    }

    public record Item(Place place, Assessment assessment, String reference, String pathwayName) {
    }

    public record Home(List<Item> offered, List<Item> accepted, List<Item> past) {
        public boolean isEmpty() {
            return offered.isEmpty() && accepted.isEmpty() && past.isEmpty();
        }
    }

    public Home of(UUID assessor) {
        List<Item> offered = new ArrayList<>();
        List<Item> accepted = new ArrayList<>();
        List<Item> past = new ArrayList<>();
        for (Place place : store.placesOf(assessor)) {
            Assessment a = store.find(place.assessmentId()).orElseThrow();
            Item item = new Item(place, a, submitting.find(a.submissionId()).map(SubmissionSummary::reference).orElse(""),
                    catalogue.current().findPathway(a.pathwayKey()).map(Pathway::name).orElse(a.pathwayKey()));
            boolean assessing = a.status() == Assessment.Status.IN_REVIEW || a.status() == Assessment.Status.RECONCILING;
            if (place.status() == Place.Status.OFFERED && assessing) {
                offered.add(item);
            } else if (place.status() == Place.Status.ACCEPTED && assessing) {
                accepted.add(item);
            } else {
                past.add(item);
            }
        }
        return new Home(offered, accepted, past);
    }

    /** The assessment, if this person holds its accepted place (for pages that list it as theirs). */
    public Optional<Assessment> assessment(UUID assessmentId) {
        return store.find(assessmentId);
    }
}
