package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.submission.internal.links.LinkChecker.LinkCheck;

/**
 * The checker against a local server. The test server is on loopback, so these checkers allow private networks.
 * Timeouts are the production ones (this machine may be busy) except where a timeout is what is tested.
 */
class LinkCheckerTests {

    private LinkTestServer server;
    private LinkChecker checker;

    @BeforeEach
    void start() throws IOException {
        server = new LinkTestServer();
        checker = checker(true, 2, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() throws IOException {
        checker.close();
        server.close();
    }

    private static LinkChecker checker(boolean allowPrivateNetworks, int perHostLimit, Duration requestTimeout) {
        return new LinkChecker(new LinkCheckProperties(true, Duration.ofSeconds(5), requestTimeout, perHostLimit,
                allowPrivateNetworks), "http://waymark.test");
    }

    @Test
    void aPageThatAnswersIsOkAndWasAskedWithHeadOnly() {
        LinkCheck check = checker.check(server.url("/ok"));
        assertThat(check.status()).isEqualTo(LinkStatus.OK);
        assertThat(check.httpStatus()).isEqualTo(200);
        assertThat(check.problem()).isNull();
        assertThat(server.hits("/ok")).isEqualTo(1);
    }

    @Test
    void aMissingPageIsBrokenForGood() {
        LinkCheck check = checker.check(server.url("/missing"));
        assertThat(check).isEqualTo(new LinkCheck(LinkStatus.BROKEN, 404, server.url("/missing"), "Not found (404)", false));
    }

    @Test
    void aServerErrorIsBrokenButMayPass() {
        LinkCheck check = checker.check(server.url("/failing"));
        assertThat(check.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(check.problem()).isEqualTo("Server error (500)");
        assertThat(check.mayPass()).isTrue();
    }

    @Test
    void redirectsAreFollowedToWhereTheyEnd() {
        LinkCheck check = checker.check(server.url("/moved"));
        assertThat(check.status()).isEqualTo(LinkStatus.OK);
        assertThat(check.finalUrl()).isEqualTo("http://localhost:" + server.port() + "/ok");
        assertThat(server.hits("/moved")).isEqualTo(1);
        assertThat(server.hits("/moved-again")).isEqualTo(1);
        assertThat(server.hits("/ok")).isEqualTo(1);
    }

    @Test
    void aRedirectLoopIsBrokenAfterFiveRedirects() {
        LinkCheck check = checker.check(server.url("/loop"));
        assertThat(check.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(check.problem()).isEqualTo("Too many redirects (more than 5)");
        assertThat(check.mayPass()).isFalse();
        assertThat(server.hits("/loop")).isEqualTo(1 + LinkChecker.MAX_REDIRECTS);
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefusedEvenWhenPrivateNetworksAreAllowed() {
        LinkCheck check = checker.check(server.url("/to-metadata"));
        assertThat(check).isEqualTo(new LinkCheck(LinkStatus.REFUSED, null, "http://169.254.169.254/latest/meta-data/",
                "Not checked: private network address", false));
    }

    @Test
    void aRedirectToTheAnyLocalAddressIsRefusedAndNothingIsFetchedThere() {
        LinkCheck check = checker.check(server.url("/to-any-local"));
        assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
        assertThat(server.hits("/ok")).as("0.0.0.0 would have reached this server").isZero();
    }

    @Test
    void aRedirectToAnotherKindOfAddressIsRefused() {
        LinkCheck check = checker.check(server.url("/to-ftp"));
        assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
        assertThat(check.problem()).isEqualTo("Not checked: not a web address (ftp:)");
        assertThat(check.finalUrl()).isEqualTo("ftp://files.example.org/report.pdf");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsBrokenButMayPass() throws IOException {
        LinkCheck check;
        try (LinkChecker impatient = checker(true, 2, Duration.ofSeconds(1))) {
            check = impatient.check(server.url("/slow"));
        }
        assertThat(check.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(check.problem()).isEqualTo("No answer within 1 second");
        assertThat(check.mayPass()).isTrue();
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGetAndItsBodyIsNeverRead() {
        LinkCheck check = checker.check(server.url("/no-head"));
        assertThat(check.status()).as(check.toString()).isEqualTo(LinkStatus.OK);
        assertThat(check.httpStatus()).isEqualTo(200);
        assertThat(server.hits("/no-head")).isEqualTo(2);
    }

    @Test
    void anUnknownHostIsBrokenWithAReadableProblem() {
        LinkCheck check = checker.check("http://no-such-host.invalid/page");
        assertThat(check.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(check.problem()).isEqualTo("Address not found");
        assertThat(check.mayPass()).isFalse();
    }

    @Test
    void aClosedPortIsBrokenButMayPass() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LinkCheck check = checker.check("http://127.0.0.1:" + closedPort + "/");
        assertThat(check.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(check.problem()).isEqualTo("Connection refused");
        assertThat(check.mayPass()).isTrue();
    }

    @Test
    void withoutAllowPrivateNetworksALoopbackLinkIsRefusedAndNeverFetched() throws IOException {
        try (LinkChecker production = checker(false, 2, Duration.ofSeconds(10))) {
            LinkCheck byAddress = production.check(server.url("/ok"));
            LinkCheck byName = production.check("http://localhost:" + server.port() + "/ok");
            LinkCheck ipv6 = production.check("http://[::1]:" + server.port() + "/ok");
            assertThat(List.of(byAddress, byName, ipv6)).allSatisfy(check -> {
                assertThat(check.status()).isEqualTo(LinkStatus.REFUSED);
                assertThat(check.problem()).isEqualTo("Not checked: private network address");
            });
        }
        assertThat(server.hitsOfAllPaths()).isZero();
    }

    @Test
    void neverMoreThanTheLimitOfRequestsToOneHostAtOnce() throws IOException {
        List<String> links = IntStream.rangeClosed(1, 6).mapToObj(i -> server.url("/held/" + i)).toList();
        Map<String, LinkCheck> checks = checker.checkAll(links);
        assertThat(checks.values()).extracting(LinkCheck::status).containsOnly(LinkStatus.OK).hasSize(6);
        // The server holds each request until a third arrives or a second passes: exactly two at once shows they
        // overlap, and that no more were sent.
        assertThat(server.mostHeldAtOnce()).isEqualTo(2);
    }

    @Test
    void timeoutsAreNamedInSeconds() {
        assertThat(LinkChecker.seconds(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(LinkChecker.seconds(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(LinkChecker.seconds(Duration.ofMillis(500))).isEqualTo("0.5 seconds");
    }
}
