package org.waymark.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Session writes a session's last access time back to the database at the end of every request, so every
 * autosave cost an {@code UPDATE spring_session}. This repository writes a session only when something in it changed
 * (an attribute, its id, its timeout) or when its stored last access is more than a thirtieth of its timeout old
 * (a minute of a 30-minute session). A session may so end up to that much earlier than it would have; a page's own
 * timeout warning comes well before that, and "Stay signed in" always writes.
 * <p>
 * Spring Session's filter also looks the session up again right after saving it at the end of a request (to know
 * whether the requested id is still valid). That second read is answered with the session just saved, on the same
 * thread, once: it is the one this request read and wrote, so there is nothing new to read. Only inside one request
 * ({@link RequestBoundary} wraps Spring Session's filter): a later request on the same thread reads afresh.
 */
class QuietSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

    /**
     * Wraps Spring Session's repository, whichever bean it is, before anything uses it; and gives Spring Session's JDBC
     * configuration, before it makes that repository, the transactions that read a session in none
     * ({@link SessionTransactions}) and the conversions that deserialise the same attribute bytes once
     * ({@link SessionAttributes}).
     */
    @Component
    static class Installer implements BeanPostProcessor {

        private final ObjectProvider<PlatformTransactionManager> managers;

        Installer(ObjectProvider<PlatformTransactionManager> managers) {
            this.managers = managers;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                configuration.setTransactionOperations(new SessionTransactions(managers));
                configuration.setSpringSessionConversionService(SessionAttributes.conversions(getClass().getClassLoader()));
            }
            return bean;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof FindByIndexNameSessionRepository<?> repository && !(bean instanceof QuietSessionRepository<?>)
                    ? new QuietSessionRepository(repository) : bean;
        }
    }

    private final FindByIndexNameSessionRepository<S> sessions;
    /** In a request: the session it saved last, for the lookup that follows the save at once. */
    private static final ThreadLocal<Session[]> JUST_SAVED = new ThreadLocal<>();

    /** Marks the extent of one request around Spring Session's filter (which is ordered at MIN_VALUE + 50). */
    @Component
    static class RequestBoundary implements Filter, Ordered {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            Session[] outer = JUST_SAVED.get();
            JUST_SAVED.set(new Session[1]);
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    JUST_SAVED.remove();
                } else {
                    JUST_SAVED.set(outer);
                }
            }
        }

        @Override
        public int getOrder() {
            return SessionRepositoryFilter.DEFAULT_ORDER - 1;
        }
    }

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
        Session[] slot = JUST_SAVED.get();
        if (slot != null) {
            slot[0] = session;
        }
    }

    @Override
    public QuietSession<S> findById(String id) {
        Session[] slot = JUST_SAVED.get();
        if (slot != null) {
            Session saved = slot[0];
            slot[0] = null;
            if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
                @SuppressWarnings("unchecked")
                QuietSession<S> same = (QuietSession<S>) saved;
                return same;
            }
        }
        S session = SessionTransactions.reading(() -> sessions.findById(id));
        return session == null ? null : new QuietSession<>(session);
    }

    @Override
    public void deleteById(String id) {
        Session[] slot = JUST_SAVED.get();
        if (slot != null) {
            slot[0] = null;
        }
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
