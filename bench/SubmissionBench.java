import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waymark submission load driver. Each of N candidates (submitter1..N@example.org, made by bench/seed-submitters.sql
 * with a complete 13-section Senior portfolio of 100 evidence items and a paid registration) signs in, opens the
 * round's submit page and submits. {@code --window 0}: one after another (each submission's own cost, the snapshot
 * included); {@code --window S}: every candidate submits at a random moment inside S seconds, all at once in
 * parallel (the deadline hour; run beside bench/AutosaveBench.java). Only the JDK is needed.
 * The measured figure is the POST that submits, from sending it to its redirect to the confirmation.
 */
public class SubmissionBench {

    static String base = "http://127.0.0.1:8080";
    static int n = 20;
    static int windowSeconds = 0;
    static String round;
    static String password = "Bench-candidate-2026";
    static int setupConcurrency = 8;
    static int warmup = 0;

    static final Pattern PORTFOLIO_INPUT = Pattern.compile("name=\"portfolio\" value=\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = value;
                case "--n" -> n = Integer.parseInt(value);
                case "--window" -> windowSeconds = Integer.parseInt(value);
                case "--round" -> round = value;
                case "--password" -> password = value;
                case "--warmup" -> warmup = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "== %d submitters against %s, %s%n", n, base,
                windowSeconds == 0 ? "one after another" : "at random moments within " + windowSeconds + " s");
        var executor = Executors.newVirtualThreadPerTaskExecutor();

        // Set-up: sign in and open the submit page (not measured), a few at a time (bcrypt costs CPU).
        List<Submitter> ready = BenchSupport.setUpConcurrently(n, setupConcurrency, number -> {
            Submitter s = new Submitter(number, executor);
            s.setUp();
            return s;
        });
        System.out.printf(Locale.ROOT, "set-up: %d of %d signed in on the submit page%n", ready.size(), n);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        long start = System.nanoTime();
        if (windowSeconds == 0) {
            // The first few warm the JVM up (JIT, connection pool) and are not counted.
            for (Submitter s : ready.subList(0, Math.min(warmup, ready.size()))) {
                s.submit(new ArrayList<>(), new ConcurrentHashMap<>(), new AtomicLong());
            }
            ready = ready.subList(Math.min(warmup, ready.size()), ready.size());
            start = System.nanoTime();
            for (Submitter s : ready) {
                s.submit(latencies, errors, ok);
            }
        } else {
            Random random = new Random(7);
            List<Thread> load = new ArrayList<>();
            for (Submitter s : ready) {
                long at = start + (long) (random.nextDouble() * windowSeconds * 1e9);
                load.add(Thread.ofVirtual().start(() -> {
                    try {
                        long wait = at - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(Duration.ofNanos(wait));
                        }
                        s.submit(latencies, errors, ok);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (Thread t : load) {
                t.join();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long failed = ready.size() - ok.get();
        System.out.printf(Locale.ROOT, "submitted %d of %d in %.1f s, errors %d%n", ok.get(), ready.size(), elapsed, failed);
        errors.forEach((k, v) -> System.out.println("  error x" + v + ": " + k));
        System.out.printf(Locale.ROOT, "submit latency ms: p50 %s  p95 %s  p99 %s  max %s%n", BenchSupport.ms(BenchSupport.percentile(sorted, 50)),
                BenchSupport.ms(BenchSupport.percentile(sorted, 95)), BenchSupport.ms(BenchSupport.percentile(sorted, 99)), BenchSupport.ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
        System.out.printf(Locale.ROOT, "RESULT|%d|%d|%d|%s|%s|%s|%s%n", ready.size(), ok.get(), failed,
                BenchSupport.ms(BenchSupport.percentile(sorted, 50)), BenchSupport.ms(BenchSupport.percentile(sorted, 95)), BenchSupport.ms(BenchSupport.percentile(sorted, 99)),
                BenchSupport.ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
        executor.shutdownNow();
        System.exit(0);
    }

    static final class Submitter {
        final String email;
        final HttpClient http;
        String csrf;
        String portfolio;

        Submitter(int number, java.util.concurrent.ExecutorService executor) {
            this.email = "submitter" + number + "@example.org";
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
        }

        void setUp() throws IOException, InterruptedException {
            HttpResponse<String> signIn = get("/sign-in");
            csrf = BenchSupport.find(BenchSupport.CSRF_INPUT, signIn.body(), "sign-in _csrf");
            HttpResponse<String> signedIn = post("/sign-in", BenchSupport.form("email", email, "password", password, "_csrf", csrf));
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("/sign-in")) {
                throw new IllegalStateException("sign-in refused for " + email);
            }
            HttpResponse<String> page = get("/rounds/" + round + "/submit");
            if (page.statusCode() != 200) {
                throw new IllegalStateException("submit page answered " + page.statusCode());
            }
            csrf = BenchSupport.find(BenchSupport.CSRF_META, page.body(), "_csrf meta on the submit page");
            portfolio = BenchSupport.find(PORTFOLIO_INPUT, page.body(), "portfolio on the submit page");
        }

        void submit(List<Long> latencies, Map<String, AtomicLong> errors, AtomicLong ok) {
            long start = System.nanoTime();
            String problem = null;
            try {
                HttpResponse<String> response = post("/rounds/" + round + "/submit",
                        BenchSupport.form("portfolio", portfolio, "declared", "true", "_csrf", csrf));
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() != 302 || !location.contains("/submitted")) {
                    Matcher m = Pattern.compile("<p[^>]*class=\"[^\"]*error[^\"]*\"[^>]*>([^<]{0,120})").matcher(response.body());
                    problem = "HTTP " + response.statusCode() + (m.find() ? " " + m.group(1).strip() : "");
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
            latencies.add(System.nanoTime() - start);
            if (problem == null) {
                ok.incrementAndGet();
            } else {
                errors.computeIfAbsent(problem, k -> new AtomicLong()).incrementAndGet();
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

    }
}
