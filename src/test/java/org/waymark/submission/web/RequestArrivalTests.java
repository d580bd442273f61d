package org.waymark.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.waymark.submission.SettableClock;

/** A deadline is judged when the request arrived, not when a slow upload finished arriving. */
class RequestArrivalTests {

    @Test
    void theArrivalIsTheClocksTimeWhenTheRequestCameInNotWhenItsBodyFinished() throws Exception {
        SettableClock clock = new SettableClock();
        clock.now = Instant.parse("2027-03-31T10:59:59Z");
        RequestArrival filter = new RequestArrival(clock);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rounds/x/submit");
        AtomicReference<Instant> seenByTheHandler = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            clock.now = Instant.parse("2027-03-31T11:04:00Z"); // five minutes of upload later
            seenByTheHandler.set(RequestArrival.of((jakarta.servlet.http.HttpServletRequest) req, clock));
        });

        assertThat(seenByTheHandler.get()).isEqualTo(Instant.parse("2027-03-31T10:59:59Z"));
    }

    @Test
    void aRequestTheFilterDidNotSeeArrivesNow() {
        SettableClock clock = new SettableClock();
        assertThat(RequestArrival.of(new MockHttpServletRequest(), clock)).isEqualTo(clock.now);
    }
}
