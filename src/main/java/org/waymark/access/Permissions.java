package org.waymark.access;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may this person do this to this object?" for every controller and template (as
 * {@code @permissions} in Thymeleaf). Administrators may view anything; owners may do everything to what
 * they own. Other relations (shared with a mentor, allocated to an assessor) arrive as grants.
 */
@Service("permissions")
public class Permissions {

    public static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

    private final JdbcClient jdbc;
    private final Clock clock;

    Permissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean may(Authentication who, Action action, String objectType, UUID objectId) {
        if (who == null || !who.isAuthenticated() || objectId == null) {
            return false;
        }
        UUID person;
        try {
            person = UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return false;
        }
        Set<Relation> relations = relations(person, objectType, objectId);
        if (relations.contains(Relation.OWNER)) {
            return true;
        }
        boolean administrator = who.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
        return administrator && action == Action.VIEW;
    }

    /** Throws {@link NotPermittedException} (shown as 404, so nobody learns what exists) unless allowed. */
    public void check(Authentication who, Action action, String objectType, UUID objectId) {
        if (!may(who, action, objectType, objectId)) {
            throw new NotPermittedException(objectType, objectId);
        }
    }

    public Set<Relation> relations(UUID person, String objectType, UUID objectId) {
        return Set.copyOf(jdbc.sql("SELECT relation FROM access_grant WHERE person_id = ? AND object_type = ? AND object_id = ?")
                .params(person, objectType, objectId)
                .query((rs, n) -> Relation.valueOf(rs.getString(1))).list());
    }

    @Transactional
    public void grant(UUID person, Relation relation, String objectType, UUID objectId) {
        if (relations(person, objectType, objectId).contains(relation)) {
            return;
        }
        jdbc.sql("INSERT INTO access_grant (id, person_id, object_type, object_id, relation, granted_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), person, objectType, objectId, relation.name(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void revokeAll(String objectType, UUID objectId) {
        jdbc.sql("DELETE FROM access_grant WHERE object_type = ? AND object_id = ?").params(objectType, objectId).update();
    }
}
