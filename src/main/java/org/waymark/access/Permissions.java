package org.waymark.access;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may this person do this?" for every controller, URL rule and template (as {@code @permissions} in
 * Thymeleaf: {@code ${@permissions.may(#authentication, 'ADMINISTER_PEOPLE')}}). Two sources of rights, each
 * decided in one place: a person's current grants on an object, through {@link Relation}, and their roles,
 * through {@link #BY_ROLE}. A grant that has ended allows nothing.
 */
@Service("permissions")
public class Permissions {

    public static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

    /**
     * What a role allows whatever the grants. Administrators may view (never change) any object, and administer
     * Waymark. Controllers and templates never check a role themselves: they ask for the action.
     */
    private static final Map<String, Set<Action>> BY_ROLE = Map.of(ADMINISTRATOR,
            Set.copyOf(EnumSet.of(Action.VIEW, Action.ADMINISTER_PEOPLE, Action.READ_AUDIT_TRAIL, Action.VIEW_ALL_PORTFOLIOS,
                    Action.RUN_SUBMISSIONS, Action.RUN_ASSESSMENT, Action.RUN_AWARDS)),
            "ROLE_ASSESSOR", Set.of(Action.DECLARE_CONFLICTS, Action.ASSESS));

    private final JdbcClient jdbc;
    private final Clock clock;

    Permissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An action about no one object, allowed by a role: administration, or a role's own (see {@link Action.Scope}). */
    public boolean may(Authentication who, Action action) {
        return !action.onObject() && byRole(who).contains(action);
    }

    /** An action on one object: allowed by a current grant's relation, or by a role. */
    public boolean may(Authentication who, Action action, String objectType, UUID objectId) {
        UUID person = personId(who);
        if (person == null || objectId == null || !action.onObject()) {
            return false;
        }
        return byRole(who).contains(action)
                || relations(person, objectType, objectId).stream().anyMatch(relation -> relation.allows(action));
    }

    /**
     * The same decision as {@link #may(Authentication, Action, String, UUID)}, as a condition for the statement that
     * reads the object anyway: that statement then finds the object only if the person may do the action on it, and
     * no statement of its own asks the grants first (every portfolio page and autosave did: issue 7). The grants' SQL
     * stays here, beside {@link #relations}; the roles are decided here, in Java, as by {@code may}.
     *
     * @param objectIdColumn the reading statement's column that holds the object's id: SQL its caller writes, never input
     */
    public Condition condition(Authentication who, Action action, String objectType, String objectIdColumn) {
        UUID person = personId(who);
        if (person == null || !action.onObject()) {
            return Condition.NEVER;
        }
        if (byRole(who).contains(action)) {
            return Condition.ALWAYS;
        }
        String relations = Arrays.stream(Relation.values()).filter(relation -> relation.allows(action))
                .map(relation -> "'" + relation.name() + "'").collect(Collectors.joining(", "));
        if (relations.isEmpty()) {
            return Condition.NEVER;
        }
        return new Condition("EXISTS (SELECT 1 FROM access_grant g WHERE g.person_id = ? AND g.object_type = ? AND g.object_id = "
                + objectIdColumn + " AND g.relation IN (" + relations + ") AND (g.ends_at IS NULL OR g.ends_at > ?))",
                List.of(person, objectType, Timestamp.from(clock.instant())));
    }

    /** A condition on a row, in SQL with {@code ?} placeholders, and the values of those placeholders in order. */
    public record Condition(String sql, List<Object> params) {

        static final Condition NEVER = new Condition("1 = 0", List.of());
        static final Condition ALWAYS = new Condition("1 = 1", List.of());

        public Condition {
            params = List.copyOf(params);
        }
    }

    /** Throws {@link NotPermittedException} (shown as 404, so nobody learns what exists) unless allowed. */
    public void check(Authentication who, Action action, String objectType, UUID objectId) {
        if (!may(who, action, objectType, objectId)) {
            throw new NotPermittedException(objectType, objectId);
        }
    }

    /** Throws {@link AccessDeniedException} (403) unless the action about no one object is allowed. */
    public void check(Authentication who, Action action) {
        if (!may(who, action)) {
            throw new AccessDeniedException("Not permitted: " + action);
        }
    }

    /** For URL rules in the security configuration: lets a request through if its person may do the action. */
    public AuthorizationManager<RequestAuthorizationContext> allowing(Action action) {
        return (authentication, context) -> new AuthorizationDecision(may(authentication.get(), action));
    }

    /** The relations a person has to an object now; ended grants are left out. */
    public Set<Relation> relations(UUID person, String objectType, UUID objectId) {
        return Set.copyOf(jdbc.sql("SELECT relation FROM access_grant WHERE person_id = ? AND object_type = ? AND object_id = ?"
                        + " AND (ends_at IS NULL OR ends_at > ?)")
                .params(person, objectType, objectId, Timestamp.from(clock.instant()))
                .query((rs, n) -> Relation.valueOf(rs.getString(1))).list());
    }

    /** An open-ended grant, such as an owner's. */
    @Transactional
    public void grant(UUID person, Relation relation, String objectType, UUID objectId) {
        grant(person, relation, objectType, objectId, null);
    }

    /**
     * A grant that ends at {@code endsAt} (null: never). Granting a relation the person already has, or had,
     * sets its end anew: sharing again renews it.
     */
    @Transactional
    public void grant(UUID person, Relation relation, String objectType, UUID objectId, Instant endsAt) {
        var ends = new SqlParameterValue(Types.TIMESTAMP, endsAt == null ? null : Timestamp.from(endsAt));
        int updated = jdbc.sql("UPDATE access_grant SET ends_at = ? WHERE person_id = ? AND object_type = ? AND object_id = ?"
                        + " AND relation = ?")
                .params(ends, person, objectType, objectId, relation.name())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO access_grant (id, person_id, object_type, object_id, relation, granted_at, ends_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), person, objectType, objectId, relation.name(), Timestamp.from(clock.instant()), ends)
                    .update();
        }
    }

    /** Ends a grant now (sharing withdrawn, allocation removed); the row stays as a record that it existed. */
    @Transactional
    public void end(UUID person, Relation relation, String objectType, UUID objectId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE access_grant SET ends_at = ? WHERE person_id = ? AND object_type = ? AND object_id = ? AND relation = ?"
                        + " AND (ends_at IS NULL OR ends_at > ?)")
                .params(now, person, objectType, objectId, relation.name(), now)
                .update();
    }

    @Transactional
    public void revokeAll(String objectType, UUID objectId) {
        jdbc.sql("DELETE FROM access_grant WHERE object_type = ? AND object_id = ?").params(objectType, objectId).update();
    }

    private static Set<Action> byRole(Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return Set.of();
        }
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (GrantedAuthority authority : who.getAuthorities()) {
            allowed.addAll(BY_ROLE.getOrDefault(authority.getAuthority(), Set.of()));
        }
        return allowed;
    }

    /** The signed-in person's id (their principal name); null for anyone else, such as an anonymous visitor. */
    private static UUID personId(Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return null;
        }
        try {
            return UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
