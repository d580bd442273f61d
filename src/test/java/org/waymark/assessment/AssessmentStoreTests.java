package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.AssessmentType;
import org.waymark.support.WaymarkTest;

/** The assessment tables read back what was written, nulls included, and refuse changes from a stale version. */
@WaymarkTest
class AssessmentStoreTests {

    @Autowired
    AssessmentStore store;

    @Test
    void anAssessmentAndItsPlacesAreStoredAndMovedOnlyFromTheVersionRead() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID assessor = UUID.randomUUID();
        Assessment assessment = new Assessment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                null, "cmalt", AssessmentType.FIRST, null, true, Assessment.Status.IN_REVIEW, now.plus(28, ChronoUnit.DAYS),
                now, UUID.randomUUID(), null, null, null, null, null, 0);
        store.insert(assessment);
        Place lead = new Place(UUID.randomUUID(), assessment.id(), Place.Role.LEAD, assessor, Place.Status.OFFERED, now,
                null, null, null, 0);
        store.insert(lead);

        assertThat(store.findBySubmission(assessment.submissionId())).contains(assessment);
        assertThat(store.current(assessment.id(), Place.Role.LEAD)).contains(lead);
        assertThat(store.current(assessment.id(), Place.Role.SECOND)).isEmpty();
        assertThat(store.placesOf(assessor)).containsExactly(lead);

        assertThat(store.movePlace(lead.id(), 0, Place.Status.DECLINED, now, "Away that month")).isTrue();
        assertThat(store.movePlace(lead.id(), 0, Place.Status.ACCEPTED, now, null)).as("stale version").isFalse();
        assertThat(store.currentOf(assessment.id(), assessor)).isEmpty();
        assertThat(store.place(lead.id()).orElseThrow().reason()).isEqualTo("Away that month");

        assertThat(store.moveTo(assessment.id(), 0, Assessment.Status.IN_REVIEW, Assessment.Status.RECONCILING)).isTrue();
        assertThat(store.moveTo(assessment.id(), 0, Assessment.Status.IN_REVIEW, Assessment.Status.RECONCILING)).isFalse();
        assertThat(store.recordOutcome(assessment.id(), 1, "pass", assessor, now, null)).isTrue();
        assertThat(store.release(assessment.id(), 2, now)).isTrue();
        Assessment released = store.find(assessment.id()).orElseThrow();
        assertThat(released.status()).isEqualTo(Assessment.Status.RELEASED);
        assertThat(released.outcome()).isEqualTo("pass");
        assertThat(released.releasedAt()).isEqualTo(now);
        assertThat(store.inRound(assessment.roundId())).containsExactly(released);
    }
}
