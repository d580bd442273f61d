package org.waymark.account.internal;

import java.util.UUID;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every node at once: sessions live in the shared database, indexed by the
 * principal name, which is the person's id.
 */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the person except {@code keep} (the session making the request; may be null). */
    public int endAllExcept(UUID personId, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(personId.toString()).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    public int endAll(UUID personId) {
        return endAllExcept(personId, null);
    }
}
