package org.waymark.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Spring Session writes a session's last access time back to the database at the end of every request, so every
 * autosave cost an {@code UPDATE spring_session}. This repository writes a session only when something in it changed
 * (an attribute, its id, its timeout) or when its stored last access is more than a thirtieth of its timeout old
 * (a minute of a 30-minute session). A session may so end up to that much earlier than it would have; a page's own
 * timeout warning comes well before that, and "Stay signed in" always writes.
 */
class QuietSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

    /** Wraps Spring Session's repository, whichever bean it is, before anything uses it. */
    @Component
    static class Installer implements BeanPostProcessor {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof FindByIndexNameSessionRepository<?> repository && !(bean instanceof QuietSessionRepository<?>)
                    ? new QuietSessionRepository(repository) : bean;
        }
    }

    private final FindByIndexNameSessionRepository<S> sessions;

    QuietSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public QuietSession<S> createSession() {
        QuietSession<S> session = new QuietSession<>(sessions.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(QuietSession<S> session) {
        if (session.changed) {
            sessions.save(session.session);
            session.changed = false;
        }
    }

    @Override
    public QuietSession<S> findById(String id) {
        S session = sessions.findById(id);
        return session == null ? null : new QuietSession<>(session);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new QuietSession<>(s)));
        return found;
    }

    /** A session that remembers whether it needs writing. */
    static final class QuietSession<S extends Session> implements Session {

        private final S session;
        private boolean changed;

        QuietSession(S session) {
            this.session = session;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration since = Duration.between(session.getLastAccessedTime(), lastAccessedTime);
            if (since.compareTo(session.getMaxInactiveInterval().dividedBy(30)) >= 0 || since.isNegative()) {
                changed = true;
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
