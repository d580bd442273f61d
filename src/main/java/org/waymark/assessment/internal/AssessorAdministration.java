package org.waymark.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.assessment.AssessorProfile;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.platform.AuditEvent;

/**
 * What administrators do to the assessor pool: add someone with an account (they get the assessor role), change
 * their profile (only from the version the administrator saw), and record when they are unavailable. Every change is
 * in the audit trail.
 */
@Service
public class AssessorAdministration {

    public static final String OBJECT_TYPE = "assessor";

    /** Someone else saved the profile after this administrator opened it. */
    public static class StaleProfileException extends RuntimeException {
        StaleProfileException() {
            super("The assessor's profile has changed since it was opened");
        }
    }

    private final AssessorStore store;
    private final People people;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessorAdministration(AssessorStore store, People people, FrameworkCatalogue catalogue, ApplicationEventPublisher events,
                           Clock clock) {
        this.store = store;
        this.people = people;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    public AssessmentRules rules() {
        return catalogue.current().assessment();
    }

    /** Adds the person with this email to the pool and gives them the assessor role; refused on field "email". */
    @Transactional
    public UUID add(UUID administratorId, String email) {
        PersonSummary person = people.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new Refused("email", "No account has that email address. Ask them to create one first."));
        if (!person.active()) {
            throw new Refused("email", person.name() + "'s account has been deactivated. Reactivate it first.");
        }
        if (store.exists(person.id())) {
            throw new Refused("email", person.name() + " is already an assessor.");
        }
        store.insert(person.id(), administratorId, clock.instant());
        store.awardHeld(person.id()).ifPresent(pathway -> store.setAward(person.id(), pathway, clock.instant()));
        people.grantRole(administratorId, person.id(), Role.ASSESSOR);
        events.publishEvent(new AuditEvent(administratorId, "assessor.added", OBJECT_TYPE, person.id().toString(), person.email()));
        return person.id();
    }

    /**
     * Waymark has issued this person an award: it becomes the award their assessor eligibility follows from, now if
     * they are in the pool and when they join it otherwise, unless an award they already hold lets them assess more.
     */
    @Transactional
    public void recordAward(UUID personId, String pathway, String certificateNumber) {
        Optional<String> held = store.awardHeld(personId);
        if (held.isPresent() && widthOf(held.get()) > widthOf(pathway)) {
            return;
        }
        store.recordAwardHeld(personId, pathway, certificateNumber, clock.instant());
        store.find(personId).filter(p -> p.awardPathway() == null || widthOf(p.awardPathway()) <= widthOf(pathway))
                .ifPresent(profile -> {
                    store.setAward(personId, pathway, clock.instant());
                    events.publishEvent(new AuditEvent(null, "assessor.award-recorded", OBJECT_TYPE, personId.toString(),
                            certificateNumber + " (" + pathway + ")"));
                });
    }

    /** How many pathways holders of this award may assess: what makes one award "wider" than another. */
    private int widthOf(String pathway) {
        return rules().mayAssess().getOrDefault(pathway, java.util.Set.of()).size();
    }

    /** What the framework's rules say is wrong with these details, by field; empty when they may be saved. */
    public Map<String, String> problems(ProfileDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        String award = details.awardPathway();
        if (award == null || award.isBlank()) {
            problems.put("awardPathway", "Choose the award they hold");
        } else if (catalogue.current().findPathway(award).isEmpty()) {
            problems.put("awardPathway", "Choose one of the awards listed");
        } else if (!rules().mayAssessAnything(award)) {
            problems.put("awardPathway", "Holders of " + catalogue.current().pathway(award).name()
                    + " may not assess portfolios under the framework's rules");
        }
        return problems;
    }

    /** Saves the profile if it is still at {@code version}. */
    @Transactional
    public AssessorProfile change(UUID administratorId, UUID personId, long version, ProfileDetails details) {
        Map<String, String> problems = problems(details);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        if (!store.update(personId, version, details, clock.instant())) {
            throw new StaleProfileException();
        }
        events.publishEvent(new AuditEvent(administratorId, "assessor.profile-changed", OBJECT_TYPE, personId.toString(),
                describe(details)));
        return store.find(personId).orElseThrow();
    }

    @Transactional
    public void addUnavailable(UUID administratorId, UUID personId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refused("unavailableTo", "The last day must be the same as or after the first day");
        }
        store.addUnavailable(personId, from, to);
        events.publishEvent(new AuditEvent(administratorId, "assessor.unavailability-added", OBJECT_TYPE, personId.toString(),
                from + " to " + to));
    }

    @Transactional
    public void removeUnavailable(UUID administratorId, UUID personId, UUID rangeId) {
        store.removeUnavailable(personId, rangeId).ifPresent(removed -> events.publishEvent(new AuditEvent(administratorId,
                "assessor.unavailability-removed", OBJECT_TYPE, personId.toString(), removed.from() + " to " + removed.to())));
    }

    private String describe(ProfileDetails details) {
        String award = catalogue.current().findPathway(details.awardPathway()).map(Pathway::name).orElse(details.awardPathway());
        return "award " + award + "; institution " + (details.institution() == null ? "none" : details.institution())
                + "; specialisms " + String.join(", ", details.specialisms()) + "; capacity " + details.capacityPerRound()
                + "; times as second " + details.timesAsSecond();
    }
}
