package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.support.WaymarkTest;

/** The application as configured (tests included) never fetches a loopback address: only tests that say so may. */
@WaymarkTest
class LinkCheckDefaultsTests {

    @Autowired
    LinkChecker checker;
    @Autowired
    LinkCheckProperties properties;

    @Test
    void withoutAllowPrivateNetworksALinkToThisMachineIsRefusedAndNeverFetched() {
        assertThat(properties.allowPrivateNetworks()).isFalse();
        try (LinkTestServer server = new LinkTestServer()) {
            LinkChecker.LinkCheck check = checker.check(server.url("/ok"));
            assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
            assertThat(check.problem()).isEqualTo("Not checked: private network address");
            assertThat(server.hitsOfAllPaths()).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void productionTimeoutsAndLimitsAreTheDocumentedOnes() {
        assertThat(properties.enabled()).isTrue();
        assertThat(properties.connectTimeout()).hasSeconds(5);
        assertThat(properties.requestTimeout()).hasSeconds(10);
        assertThat(properties.perHostLimit()).isEqualTo(2);
    }
}
