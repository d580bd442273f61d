package org.waymark.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.waymark.support.WaymarkTest;

/** The Permissions service against its table: grants that end, relations that map to actions, administrators. */
@WaymarkTest
class PermissionsTests {

    static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    static final SettableClock CLOCK = new SettableClock();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @Autowired
    Permissions permissions;

    @Autowired
    JdbcClient jdbc;

    UUID portfolio = UUID.randomUUID();

    @BeforeEach
    void atTheStart() {
        CLOCK.now = START;
    }

    @Test
    void aGrantThatHasEndedAllowsNothing() {
        UUID mentor = UUID.randomUUID();
        permissions.grant(mentor, Relation.MENTOR, "portfolio", portfolio, START.plus(Duration.ofDays(30)));
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.VIEW, "portfolio", portfolio)).isTrue();

        CLOCK.now = START.plus(Duration.ofDays(30)).minusMillis(1);
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.COMMENT, "portfolio", portfolio)).isTrue();

        CLOCK.now = START.plus(Duration.ofDays(30));
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.VIEW, "portfolio", portfolio)).isFalse();
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.COMMENT, "portfolio", portfolio)).isFalse();
        assertThat(permissions.relations(mentor, "portfolio", portfolio)).isEmpty();
        assertThatThrownBy(() -> permissions.check(as(mentor, "MENTOR"), Action.VIEW, "portfolio", portfolio))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void endingAGrantTakesEffectAtOnceAndGrantingAgainRenewsIt() {
        UUID assessor = UUID.randomUUID();
        permissions.grant(assessor, Relation.ASSESSOR, "portfolio", portfolio);
        permissions.end(assessor, Relation.ASSESSOR, "portfolio", portfolio);
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.GRADE, "portfolio", portfolio)).isFalse();

        permissions.grant(assessor, Relation.ASSESSOR, "portfolio", portfolio, START.plus(Duration.ofDays(60)));
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.GRADE, "portfolio", portfolio)).isTrue();
        assertThat(permissions.relations(assessor, "portfolio", portfolio)).containsExactly(Relation.ASSESSOR);
    }

    @Test
    void eachRelationAllowsItsOwnActionsOnItsOwnObjectOnly() {
        UUID owner = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID assessor = UUID.randomUUID();
        permissions.grant(owner, Relation.OWNER, "portfolio", portfolio);
        permissions.grant(mentor, Relation.MENTOR, "portfolio", portfolio);
        permissions.grant(assessor, Relation.ASSESSOR, "portfolio", portfolio);

        assertThat(permissions.may(as(owner), Action.SUBMIT, "portfolio", portfolio)).isTrue();
        assertThat(permissions.may(as(owner), Action.GRADE, "portfolio", portfolio)).isFalse();
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.COMMENT, "portfolio", portfolio)).isTrue();
        assertThat(permissions.may(as(mentor, "MENTOR"), Action.EDIT, "portfolio", portfolio)).isFalse();
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.GRADE, "portfolio", portfolio)).isTrue();
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.DELETE, "portfolio", portfolio)).isFalse();

        UUID another = UUID.randomUUID();
        assertThat(permissions.may(as(owner), Action.VIEW, "portfolio", another)).isFalse();
        assertThat(permissions.may(as(owner), Action.VIEW, "evidence", portfolio)).isFalse();
    }

    @Test
    void administratorsAdministerAndMayViewAnyObjectButNotChangeIt() {
        Authentication admin = as(UUID.randomUUID(), "ADMINISTRATOR");
        assertThat(permissions.may(admin, Action.ADMINISTER_PEOPLE)).isTrue();
        assertThat(permissions.may(admin, Action.READ_AUDIT_TRAIL)).isTrue();
        assertThat(permissions.may(admin, Action.VIEW_ALL_PORTFOLIOS)).isTrue();
        assertThat(permissions.may(admin, Action.VIEW, "portfolio", portfolio)).isTrue();
        assertThat(permissions.may(admin, Action.EDIT, "portfolio", portfolio)).isFalse();
        assertThat(permissions.may(admin, Action.GRADE, "portfolio", portfolio)).isFalse();
        assertThat(permissions.may(admin, Action.VIEW)).as("an object action needs its object").isFalse();
    }

    @Test
    void nobodyElseAdministersWhateverTheirGrants() {
        UUID owner = UUID.randomUUID();
        permissions.grant(owner, Relation.OWNER, "portfolio", portfolio);
        for (Authentication who : new Authentication[] {as(owner), as(UUID.randomUUID(), "MENTOR", "ASSESSOR"), null,
                new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))}) {
            for (Action action : Action.values()) {
                if (action.administrative()) {
                    assertThat(permissions.may(who, action)).as("%s may %s", who, action).isFalse();
                }
            }
        }
        assertThatThrownBy(() -> permissions.check(as(owner), Action.ADMINISTER_PEOPLE)).isInstanceOf(AccessDeniedException.class);
        assertThat(permissions.may(as(owner), Action.ADMINISTER_PEOPLE, "portfolio", portfolio))
                .as("an administrative action is not allowed through a grant").isFalse();
    }

    @Test
    void onlyAssessorsDeclareConflictsOfInterestAndNotThroughAGrant() {
        UUID assessor = UUID.randomUUID();
        permissions.grant(assessor, Relation.ASSESSOR, "portfolio", portfolio);
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.DECLARE_CONFLICTS)).isTrue();
        assertThat(permissions.may(as(assessor, "ASSESSOR"), Action.DECLARE_CONFLICTS, "portfolio", portfolio)).isFalse();
        for (String role : new String[] {"CANDIDATE", "MENTOR", "ADMINISTRATOR"}) {
            assertThat(permissions.may(as(UUID.randomUUID(), role), Action.DECLARE_CONFLICTS)).as(role).isFalse();
        }
        assertThat(Action.DECLARE_CONFLICTS.administrative()).isFalse();
        assertThat(Action.DECLARE_CONFLICTS.onObject()).isFalse();
    }

    @Test
    void theConditionForTheReadingStatementDecidesAsMayDoes() {
        UUID owner = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID assessor = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        permissions.grant(owner, Relation.OWNER, "portfolio", portfolio);
        permissions.grant(mentor, Relation.MENTOR, "portfolio", portfolio, START.plus(Duration.ofDays(1)));
        permissions.grant(assessor, Relation.ASSESSOR, "portfolio", portfolio);
        permissions.grant(ended, Relation.OWNER, "portfolio", portfolio, START.minusMillis(1));
        CLOCK.now = START.plus(Duration.ofDays(1)).minusMillis(1); // the mentor's grant has a millisecond left
        Authentication[] people = {as(owner), as(mentor, "MENTOR"), as(assessor, "ASSESSOR"), as(ended),
                as(UUID.randomUUID(), "ADMINISTRATOR"), as(UUID.randomUUID()), null,
                new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))};
        int allowed = 0;
        for (Authentication who : people) {
            for (Action action : Action.values()) {
                for (UUID object : new UUID[] {portfolio, UUID.randomUUID()}) {
                    boolean may = permissions.may(who, action, "portfolio", object);
                    assertThat(found(permissions.condition(who, action, "portfolio", "o.id"), object))
                            .as("%s %s on %s", who == null ? null : who.getName(), action, object).isEqualTo(may);
                    allowed += may ? 1 : 0;
                }
            }
        }
        assertThat(allowed).as("owner 4, mentor 2, assessor 2, administrator 1 per object, on both").isEqualTo(4 + 2 + 2 + 2);
        CLOCK.now = START.plus(Duration.ofDays(1));
        assertThat(found(permissions.condition(as(mentor, "MENTOR"), Action.VIEW, "portfolio", "o.id"), portfolio)).isFalse();
        assertThat(found(permissions.condition(as(owner), Action.VIEW, "evidence", "o.id"), portfolio)).isFalse();
    }

    /** Whether a statement reading the object {@code id} under the condition finds it. */
    private boolean found(Permissions.Condition condition, UUID id) {
        List<Object> params = new ArrayList<>(condition.params());
        params.addFirst(id);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT CAST(? AS UUID) AS id) o WHERE " + condition.sql()).params(params)
                .query(Integer.class).single() == 1;
    }

    private static Authentication as(UUID person, String... roles) {
        String[] authorities = new String[roles.length == 0 ? 1 : roles.length];
        for (int i = 0; i < authorities.length; i++) {
            authorities[i] = "ROLE_" + (roles.length == 0 ? "CANDIDATE" : roles[i]);
        }
        return UsernamePasswordAuthenticationToken.authenticated(person.toString(), null,
                AuthorityUtils.createAuthorityList(authorities));
    }

    static final class SettableClock extends Clock {
        volatile Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
