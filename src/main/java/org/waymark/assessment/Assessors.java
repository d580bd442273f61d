package org.waymark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.assessment.internal.AssessorAdministration;
import org.waymark.assessment.internal.AssessorStore;
import org.waymark.assessment.internal.ConflictDeclarations;
import org.waymark.assessment.internal.ProfileDetails;

/**
 * The assessment module's face for the assessor pool: every profile, or one by the assessor's person id; and, for
 * set-up outside the pages (demo data), adding an assessor with their profile, as an administrator would.
 */
@Service
public class Assessors {

    private final AssessorStore store;
    private final AssessorAdministration administration;
    private final ConflictDeclarations declarations;

    Assessors(AssessorStore store, AssessorAdministration administration, ConflictDeclarations declarations) {
        this.store = store;
        this.administration = administration;
        this.declarations = declarations;
    }

    /** Every assessor, by name, with their unavailability and declared conflicts. */
    public List<AssessorProfile> all() {
        return store.all();
    }

    public Optional<AssessorProfile> find(UUID personId) {
        return store.find(personId);
    }

    /**
     * Adds the person with this email to the pool with this profile, as administrator {@code by} (audited like the
     * pages); refused (IllegalArgumentException naming the problems) where the pages would refuse it.
     */
    @Transactional
    public UUID add(UUID by, String email, String awardPathway, String institution, List<String> specialisms,
                    int capacityPerRound, int timesAsSecond) {
        try {
            UUID id = administration.add(by, email);
            administration.change(by, id, store.find(id).orElseThrow().version(),
                    new ProfileDetails(awardPathway, institution, List.copyOf(specialisms), capacityPerRound, timesAsSecond));
            return id;
        } catch (org.waymark.assessment.internal.Refused refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    /**
     * Waymark has issued this person an award: their assessor eligibility follows from it (now if they are in the
     * pool, when they join it otherwise), without an administrator typing it in.
     */
    @Transactional
    public void recordAward(UUID personId, String pathwayKey, String certificateNumber) {
        administration.recordAward(personId, pathwayKey, certificateNumber);
    }

    /** Records days (inclusive) on which the assessor cannot take work, as administrator {@code by}. */
    @Transactional
    public void addUnavailable(UUID by, UUID assessorId, LocalDate from, LocalDate to) {
        administration.addUnavailable(by, assessorId, from, to);
    }

    /** A conflict of interest the assessor declares themselves. */
    @Transactional
    public DeclaredConflict declareConflict(UUID assessorId, DeclaredConflict.Kind kind, String target, String reason) {
        return declarations.declare(assessorId, kind, target, reason);
    }
}
