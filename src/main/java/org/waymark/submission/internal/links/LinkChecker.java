package org.waymark.submission.internal.links;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks web links the way ADR 0007 describes: HEAD (GET when a server does not do HEAD), redirects followed by
 * hand up to {@value #MAX_REDIRECTS} times, and every hop's host resolved once by {@link CheckedResolver}, whose
 * answer is both what {@link AddressPolicy} judges and what the connection uses. Nothing of an answer's body is
 * read. Time is real elapsed time ({@code System.nanoTime}), not the application's {@code Clock}.
 */
@Component
class LinkChecker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

    static final int MAX_REDIRECTS = 5;
    static final String PRIVATE_ADDRESS = "Not checked: private network address";

    /** What one link's check found. {@code mayPass}: a failure worth trying again on a later run. */
    record LinkCheck(LinkStatus status, Integer httpStatus, String finalUrl, String problem, boolean mayPass) {

        /** The link's time ran out while it waited for its host: it was not tried, and counts no attempt. */
        static final LinkCheck NOT_ATTEMPTED = new LinkCheck(LinkStatus.PENDING, null, null, null, false);

        boolean attempted() {
            return status != LinkStatus.PENDING;
        }
    }

    private record Answer(int status, String location) {
    }

    private final LinkCheckProperties properties;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService watchdog;

    LinkChecker(LinkCheckProperties properties, @Value("${waymark.base-url:}") String baseUrl) {
        this.properties = properties;
        AddressPolicy policy = new AddressPolicy(properties.allowPrivateNetworks());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.requestTimeout()))
                                .build())
                        // The per-host semaphores below are the limit; the pool must never be the one that waits.
                        .setMaxConnPerRoute(1000)
                        .setMaxConnTotal(1000)
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(baseUrl.isBlank() ? "Waymark link checker" : "Waymark link checker (+" + baseUrl + ")")
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("link-check-watchdog").factory());
    }

    /** Checks one link on its own (its host limited as in {@link #checkAll}). */
    LinkCheck check(String url) {
        return checkAll(List.of(url)).get(url);
    }

    /**
     * Checks every link at once, each on a virtual thread, at most {@code per-host-limit} requests to any one host
     * at a time; returns when each has its answer, or was given up at {@link LinkCheckProperties#linkDeadline()}.
     * <p>
     * The limit is per call, and that is enough across nodes: the only caller that checks many links is the job,
     * which runs on one node at a time under its ShedLock lock and makes one call per batch, one batch at a time.
     */
    Map<String, LinkCheck> checkAll(Collection<String> urls) {
        long deadline = System.nanoTime() + properties.linkDeadline().toNanos();
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        Map<String, LinkCheck> results = new ConcurrentHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : new LinkedHashSet<>(urls)) {
                threads.submit(() -> {
                    try {
                        results.put(url, follow(url, hosts, deadline));
                    } catch (RuntimeException e) {
                        // An address the HTTP client will not take (odd characters in a redirect, say): an answer
                        // for good, so that it is not tried again on every run.
                        log.warn("Checking {} failed unexpectedly", url, e);
                        results.put(url, new LinkCheck(LinkStatus.BROKEN, null, url, "Could not be checked", false));
                    }
                });
            }
        }
        return results;
    }

    private LinkCheck follow(String url, Map<String, Semaphore> hosts, long deadline) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new LinkCheck(LinkStatus.BROKEN, null, url, "Not a valid web address", false);
        }
        for (int redirects = 0; ; redirects++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new LinkCheck(LinkStatus.REFUSED, null, uri.toString(),
                        "Not checked: not a web address (" + (scheme.isEmpty() ? "no scheme" : scheme + ":") + ")", false);
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "Not a valid web address", false);
            }
            Semaphore host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new Semaphore(properties.perHostLimit(), true));
            Answer answer;
            try {
                if (!host.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return LinkCheck.NOT_ATTEMPTED;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LinkCheck.NOT_ATTEMPTED;
            }
            try {
                answer = request(uri, true, deadline);
                if (answer.status() == 405 || answer.status() == 501) {
                    answer = request(uri, false, deadline); // the server does not do HEAD
                }
            } catch (AddressPolicy.RefusedAddressException e) {
                return new LinkCheck(LinkStatus.REFUSED, null, uri.toString(), PRIVATE_ADDRESS, false);
            } catch (UnknownHostException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "Address not found", false);
            } catch (ConnectTimeoutException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "No answer within " + seconds(properties.connectTimeout()), true);
            } catch (InterruptedIOException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "No answer within " + seconds(properties.requestTimeout()), true);
            } catch (ConnectException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "Connection refused", true);
            } catch (SSLException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "Secure connection failed (" + e.getMessage() + ")", false);
            } catch (ClientProtocolException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "The answer was not valid HTTP", false);
            } catch (IOException e) {
                return new LinkCheck(LinkStatus.BROKEN, null, uri.toString(), "Connection failed", true);
            } finally {
                host.release();
            }
            boolean redirect = switch (answer.status()) {
                case 301, 302, 303, 307, 308 -> answer.location() != null;
                default -> false;
            };
            if (!redirect) {
                return answered(answer.status(), uri);
            }
            if (redirects == MAX_REDIRECTS) {
                return new LinkCheck(LinkStatus.BROKEN, answer.status(), uri.toString(),
                        "Too many redirects (more than " + MAX_REDIRECTS + ")", false);
            }
            try {
                uri = uri.resolve(new URI(answer.location().strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return new LinkCheck(LinkStatus.BROKEN, answer.status(), uri.toString(), "Redirects to an address that is not valid", false);
            }
        }
    }

    /** One request; the watchdog cancels it if it has not answered after connect plus request timeout (or the deadline). */
    private Answer request(URI uri, boolean head, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new InterruptedIOException("out of time");
        }
        HttpUriRequestBase request = head ? new HttpHead(uri) : new HttpGet(uri);
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofNanoseconds(Math.min(properties.requestTimeout().toNanos(), remaining)))
                .build());
        long cap = Math.min(properties.connectTimeout().plus(properties.requestTimeout()).toNanos(), remaining);
        ScheduledFuture<?> stop = watchdog.schedule(request::cancel, cap, TimeUnit.NANOSECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, request, null);
            Header location = response.getFirstHeader("Location");
            Answer answer = new Answer(response.getCode(), location == null ? null : location.getValue());
            // Drop the connection: the body is never read, nor waited for (a plain close would read it to the end).
            if (response instanceof CloseableHttpResponse closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            } else {
                request.cancel();
            }
            return answer;
        } catch (IOException e) {
            if (request.isCancelled() && !(e instanceof InterruptedIOException)) {
                throw new InterruptedIOException("cancelled after " + Duration.ofNanos(cap));
            }
            throw e;
        } finally {
            stop.cancel(false);
        }
    }

    private static LinkCheck answered(int status, URI uri) {
        if (status < 400) {
            return new LinkCheck(LinkStatus.OK, status, uri.toString(), null, false);
        }
        String problem = switch (status) {
            case 401 -> "Needs a sign-in (401)";
            case 403 -> "Access refused (403)";
            case 404 -> "Not found (404)";
            case 408 -> "The server timed out (408)";
            case 410 -> "Gone (410)";
            case 429 -> "Too many requests (429)";
            case 500 -> "Server error (500)";
            case 502 -> "Bad gateway (502)";
            case 503 -> "Service unavailable (503)";
            case 504 -> "Gateway timeout (504)";
            default -> (status < 500 ? "Refused by the server (" : "Server error (") + status + ")";
        };
        boolean mayPass = status >= 500 || status == 408 || status == 429;
        return new LinkCheck(LinkStatus.BROKEN, status, uri.toString(), problem, mayPass);
    }

    /** "10 seconds", "1 second", "0.5 seconds". */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 1000) {
            return "1 second";
        }
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " seconds";
    }

    @Override
    public void close() throws IOException {
        watchdog.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }

    /**
     * Resolves a host once, keeps only the addresses the policy permits, and hands exactly those to the connection:
     * there is no second lookup between the check and the connect for a DNS answer to change in.
     */
    private record CheckedResolver(AddressPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] permitted = Arrays.stream(InetAddress.getAllByName(host)).filter(policy::permits).toArray(InetAddress[]::new);
            if (permitted.length == 0) {
                throw new AddressPolicy.RefusedAddressException(host);
            }
            return permitted;
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host; // only used for Kerberos, which the checker never does
        }
    }
}
