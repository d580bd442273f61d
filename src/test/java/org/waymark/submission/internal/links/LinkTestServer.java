package org.waymark.submission.internal.links;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on the loopback address with the answers link checks meet: found, missing, failing, redirect chains
 * and loops, redirects to places Waymark must not go, a server that never answers, one that does not do HEAD, and
 * one that holds requests in pairs so a test can see how many arrive at once. It counts every request per path.
 */
final class LinkTestServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final AtomicInteger heldNow = new AtomicInteger();
    private final AtomicInteger heldAtMost = new AtomicInteger();
    private final Object heldMonitor = new Object();
    private final AtomicInteger flakyAnswers = new AtomicInteger();

    LinkTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** An address on this server, by IP address ({@code 127.0.0.1}). */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requests (HEAD and GET) this path has had. */
    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    int hitsOfAllPaths() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The most requests to {@code /held/…} the server was answering at one moment. */
    int mostHeldAtOnce() {
        return heldAtMost.get();
    }

    /** {@code /flaky} fails with 503 this many times, then answers 200. */
    void failFlakyTimes(int times) {
        flakyAnswers.set(times);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        try (exchange) {
            switch (path) {
                case "/ok", "/ok-too" -> answer(exchange, 200);
                case "/missing" -> answer(exchange, 404);
                case "/failing" -> answer(exchange, 500);
                case "/flaky" -> answer(exchange, flakyAnswers.getAndDecrement() > 0 ? 503 : 200);
                case "/moved" -> redirect(exchange, 301, "/moved-again");
                case "/moved-again" -> redirect(exchange, 302, "http://localhost:" + port() + "/ok");
                case "/loop" -> redirect(exchange, 302, "/loop");
                case "/to-metadata" -> redirect(exchange, 302, "http://169.254.169.254/latest/meta-data/");
                case "/to-any-local" -> redirect(exchange, 302, "http://0.0.0.0:" + port() + "/ok");
                case "/to-ftp" -> redirect(exchange, 302, "ftp://files.example.org/report.pdf");
                case "/slow" -> {
                    awaitQuietly(releaseSlow);
                    answer(exchange, 200);
                }
                case "/no-head" -> {
                    if (head) {
                        answer(exchange, 405);
                    } else {
                        endlessBody(exchange);
                    }
                }
                default -> {
                    if (path.startsWith("/held/")) {
                        held(exchange);
                    } else {
                        answer(exchange, 404);
                    }
                }
            }
        }
    }

    /**
     * Counts the requests being answered together. Each waits (up to a second) until three are held at once, so a
     * checker that sends more than two at a time is caught, while one that keeps to two has its pairs overlap.
     */
    private void held(HttpExchange exchange) throws IOException {
        synchronized (heldMonitor) {
            heldAtMost.accumulateAndGet(heldNow.incrementAndGet(), Math::max);
            heldMonitor.notifyAll();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            try {
                while (heldAtMost.get() < 3 && System.nanoTime() < until) {
                    heldMonitor.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                heldNow.decrementAndGet(); // before answering, so the client's next request cannot find it still counted
            }
        }
        answer(exchange, 200);
    }

    /** A GET answered with a body that never ends: a checker that reads bodies would wait for ever. */
    private static void endlessBody(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream body = exchange.getResponseBody()) {
            for (int i = 0; i < 100_000; i++) {
                body.write(chunk);
            }
        } catch (IOException closedByTheClient) {
            // what a checker that stops at the headers does
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        releaseSlow.countDown();
        server.stop(0);
    }
}
