package org.waymark.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class QuietSessionRepositoryTests {

    /** Sessions in a map, remembering every write. */
    static class Stored implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> sessions = new HashMap<>();
        final List<Instant> writes = new ArrayList<>();
        int reads;

        @Override
        public MapSession createSession() {
            MapSession session = new MapSession();
            session.setMaxInactiveInterval(Duration.ofMinutes(30));
            return session;
        }

        @Override
        public void save(MapSession session) {
            writes.add(session.getLastAccessedTime());
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    Stored stored;
    QuietSessionRepository<MapSession> repository;
    String id;
    Instant start;

    @BeforeEach
    void aSessionSavedOnce() {
        stored = new Stored();
        repository = new QuietSessionRepository<>(stored);
        var session = repository.createSession();
        start = session.getLastAccessedTime();
        repository.save(session);
        id = session.getId();
    }

    @Test
    void aRequestSoonAfterTheLastWriteThatChangesNothingWritesNothing() {
        var session = repository.findById(id);
        session.setLastAccessedTime(start.plusSeconds(59)); // under a thirtieth of 30 minutes
        session.getAttribute("anything");
        repository.save(session);
        assertThat(stored.writes).hasSize(1);
    }

    @Test
    void aRequestAMinuteOrMoreAfterTheLastWriteMovesTheExpiryOn() {
        var session = repository.findById(id);
        session.setLastAccessedTime(start.plusSeconds(60));
        repository.save(session);
        assertThat(stored.writes).containsExactly(start, start.plusSeconds(60));
    }

    @Test
    void aChangedSessionIsAlwaysWritten() {
        var session = repository.findById(id);
        session.setLastAccessedTime(start.plusSeconds(1));
        session.setAttribute("SPRING_SECURITY_CONTEXT", "someone");
        repository.save(session);
        assertThat(stored.writes).hasSize(2);
        assertThat((String) stored.findById(id).getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("someone");
    }

    @Test
    void insideOneRequestTheLookupRightAfterTheSaveIsTheSessionJustSaved() throws Exception {
        stored.reads = 0;
        new QuietSessionRepository.RequestBoundary().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            var session = repository.findById(id);
            session.setLastAccessedTime(start.plusSeconds(1));
            repository.save(session);
            assertThat(repository.findById(id)).as("the lookup after the save").isSameAs(session);
            assertThat(repository.findById(id)).as("a second lookup reads again").isNotSameAs(session);
        });
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void aLaterRequestOnTheSameThreadReadsTheSessionAfresh() throws Exception {
        var boundary = new QuietSessionRepository.RequestBoundary();
        boundary.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            repository.save(repository.findById(id));
        });
        stored.reads = 0;
        stored.sessions.get(id).setAttribute("changed", "elsewhere"); // another node wrote the session meanwhile
        boundary.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            assertThat((String) repository.findById(id).getAttribute("changed")).isEqualTo("elsewhere");
        });
        repository.save(repository.findById(id)); // and outside any request nothing is kept at all
        assertThat((String) repository.findById(id).getAttribute("changed")).isEqualTo("elsewhere");
        assertThat(stored.reads).isEqualTo(3);
    }

    @Test
    void aSessionDeletedAfterItsSaveIsNotFound() throws Exception {
        new QuietSessionRepository.RequestBoundary().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
            repository.save(repository.findById(id));
            repository.deleteById(id);
            assertThat(repository.findById(id)).isNull();
        });
    }
}
