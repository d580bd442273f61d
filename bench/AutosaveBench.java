import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waymark autosave load driver: N simulated candidates, each signs in once, starts a CMALT portfolio, opens an
 * assessed section and then autosaves it (htmx POST, 2,000-word description with 40 links) every few seconds.
 * Only the JDK is needed: {@code java bench/AutosaveBench.java --base http://127.0.0.1:8080 --n 50}.
 * The accounts (bench1@example.org .. benchN@example.org) must exist already; {@code bench/run.sh} creates them.
 *
 * Timeline: set-up (sign-in + portfolio, not measured), then every candidate saves on a fixed schedule from T0
 * (each with a random offset inside the first interval); saves that start during the warm-up are not recorded,
 * saves that start in [T0 + warm-up, T0 + warm-up + duration) are. If a save takes longer than the interval, the
 * next one starts at once (counted as "late") and the schedule continues from there (no catch-up burst).
 */
public class AutosaveBench {

    static String base = "http://127.0.0.1:8080";
    static int n = 50;
    static int warmupSeconds = 15;
    static int durationSeconds = 60;
    static double intervalSeconds = 2.0;
    static int words = 2000;
    static int links = 40;
    static String password = "Bench-candidate-2026";
    static String emailPrefix = "bench";
    static long appPid = -1;
    static int setupConcurrency = 8;
    static Duration requestTimeout = Duration.ofSeconds(30);

    /** The changing last word of the description, as the editor page shows the stored text. */
    static final Pattern STORED_DRAFT = Pattern.compile("draft([0-9]+)");
    static final Pattern VERSION_INPUT = Pattern.compile("<input[^>]*id=\"section-version\"[^>]*>");
    static final Pattern VALUE = Pattern.compile("value=\"(\\d+)\"");
    static final Pattern THEIRS = Pattern.compile("name=\"theirsVersion\" value=\"(\\d+)\"");
    static final Pattern SECTION_LINK = Pattern.compile("href=\"(/portfolios/[0-9a-f-]{36}/sections/[0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = value;
                case "--n" -> n = Integer.parseInt(value);
                case "--warmup" -> warmupSeconds = Integer.parseInt(value);
                case "--duration" -> durationSeconds = Integer.parseInt(value);
                case "--interval" -> intervalSeconds = Double.parseDouble(value);
                case "--words" -> words = Integer.parseInt(value);
                case "--links" -> links = Integer.parseInt(value);
                case "--password" -> password = value;
                case "--email-prefix" -> emailPrefix = value;
                case "--app-pid" -> appPid = Long.parseLong(value);
                case "--setup-concurrency" -> setupConcurrency = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "== N=%d candidates against %s: warm-up %d s, measured %d s, a save every %.1f s, "
                + "%d-word description with %d links%n", n, base, warmupSeconds, durationSeconds, intervalSeconds, words, links);

        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

        // ---- Set-up: sign in and start a portfolio, a few candidates at a time (bcrypt costs ~0.1 s of CPU each) ----
        long setupStart = System.nanoTime();
        List<Candidate> ready = BenchSupport.setUpConcurrently(n, setupConcurrency, number -> {
            Candidate c = new Candidate(number, threads);
            c.setUp();
            return c;
        });
        System.out.printf(Locale.ROOT, "set-up: %d of %d candidates signed in with a portfolio in %.1f s%n",
                ready.size(), n, (System.nanoTime() - setupStart) / 1e9);
        if (ready.isEmpty()) {
            System.out.println("RESULT|" + n + "|set-up failed");
            System.exit(2);
        }

        // ---- Load: warm-up, then the measured window ----
        long intervalNs = (long) (intervalSeconds * 1e9);
        long t0 = System.nanoTime() + 200_000_000L;
        long measureStart = t0 + warmupSeconds * 1_000_000_000L;
        long measureEnd = measureStart + durationSeconds * 1_000_000_000L;
        Random offsets = new Random(42);
        List<Thread> loadThreads = new ArrayList<>();
        for (Candidate c : ready) {
            long first = t0 + (long) (offsets.nextDouble() * intervalNs);
            loadThreads.add(Thread.ofVirtual().start(() -> c.run(first, intervalNs, measureStart, measureEnd)));
        }
        sleepUntil(measureStart);
        CpuSnapshot before = CpuSnapshot.take();
        System.out.printf(Locale.ROOT, "warm-up done (%d s), measuring %d s ...%n", warmupSeconds, durationSeconds);
        sleepUntil(measureEnd);
        CpuSnapshot after = CpuSnapshot.take();
        for (Thread t : loadThreads) {
            t.join();
        }
        long drained = System.nanoTime();

        // ---- Nothing lost: each section holds the newest text saved (or a newer one, if a save that timed out landed) ----
        java.util.concurrent.atomic.AtomicLong lost = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.Semaphore checking = new java.util.concurrent.Semaphore(8);
        List<Thread> checks = new ArrayList<>();
        for (Candidate c : ready) {
            checks.add(Thread.ofVirtual().start(() -> {
                try {
                    checking.acquire();
                    try {
                        Matcher stored = STORED_DRAFT.matcher(c.get(c.sectionUrl).body());
                        int number = stored.find() ? Integer.parseInt(stored.group(1)) : -1;
                        if (number < c.lastSaved || number > c.lastSent) {
                            lost.incrementAndGet();
                            System.out.printf(Locale.ROOT, "  candidate %d: stored save %d, last saved %d, last sent %d%n",
                                    c.number, number, c.lastSaved, c.lastSent);
                        }
                    } finally {
                        checking.release();
                    }
                } catch (IOException | InterruptedException e) {
                    lost.incrementAndGet();
                    System.out.println("  candidate " + c.number + ": could not read the section back: " + e);
                }
            }));
        }
        for (Thread t : checks) {
            t.join();
        }

        // ---- Report ----
        long attempted = 0, succeeded = 0, conflicts = 0, late = 0, bodyBytes = 0;
        Map<String, Long> errorKinds = new LinkedHashMap<>();
        int samples = 0;
        for (Candidate c : ready) {
            attempted += c.attempted;
            succeeded += c.succeeded;
            conflicts += c.conflicts;
            late += c.late;
            bodyBytes += c.bodyBytes;
            samples += c.latencies.size();
            c.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
        }
        long[] all = new long[samples];
        int k = 0;
        for (Candidate c : ready) {
            for (long v : c.latencies) {
                all[k++] = v;
            }
        }
        Arrays.sort(all);
        long errors = attempted - succeeded;
        double throughput = succeeded / (double) durationSeconds;
        double offered = ready.size() / intervalSeconds;
        double elapsed = (after.wallNs - before.wallNs) / 1e9;
        String appCpu = after.appTicks >= 0 && before.appTicks >= 0
                ? String.format(Locale.ROOT, "%.2f", (after.appTicks - before.appTicks) / (double) CpuSnapshot.HZ / elapsed) : "n/a";
        double hostBusy = after.hostTotal > before.hostTotal
                ? 100.0 * (after.hostBusy - before.hostBusy) / (after.hostTotal - before.hostTotal) : Double.NaN;
        double driverCpu = (after.driverCpuNs - before.driverCpuNs) / 1e9 / elapsed;
        double databaseCpu = after.databaseTicks >= 0 && before.databaseTicks >= 0
                ? (after.databaseTicks - before.databaseTicks) / (double) CpuSnapshot.HZ / elapsed : Double.NaN;

        System.out.printf(Locale.ROOT, "measured window: %d s (in-flight saves drained %.1f s after its end)%n",
                durationSeconds, (drained - measureEnd) / 1e9);
        System.out.printf(Locale.ROOT, "saves attempted %d, succeeded %d, errors %d (of which conflicts %d), late starts %d%n",
                attempted, succeeded, errors, conflicts, late);
        errorKinds.forEach((kind, count) -> System.out.println("  error x" + count + ": " + kind));
        System.out.printf(Locale.ROOT, "throughput %.1f successful saves/s (offered %.1f/s)%n", throughput, offered);
        System.out.printf(Locale.ROOT, "latency ms (all %d attempts): p50 %s  p95 %s  p99 %s  max %s%n", all.length,
                BenchSupport.ms(BenchSupport.percentile(all, 50)), BenchSupport.ms(BenchSupport.percentile(all, 95)), BenchSupport.ms(BenchSupport.percentile(all, 99)), BenchSupport.ms(all.length == 0 ? -1 : all[all.length - 1]));
        printTimeline(ready, measureStart, durationSeconds);
        System.out.printf(Locale.ROOT, "mean request body %.1f KB%n", attempted == 0 ? 0 : bodyBytes / (double) attempted / 1024);
        System.out.printf(Locale.ROOT, "CPU during the window: app %s cores, PostgreSQL %.2f cores, this driver %.2f cores, whole host %.0f%% busy (%d cores)%n",
                appCpu, databaseCpu, driverCpu, hostBusy, Runtime.getRuntime().availableProcessors());
        if (throughput > 0) {
            System.out.printf(Locale.ROOT, "CPU per successful save: app %s ms, PostgreSQL %.2f ms, driver %.2f ms%n",
                    appCpu.equals("n/a") ? "n/a" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(appCpu) * 1000 / throughput),
                    databaseCpu * 1000 / throughput, driverCpu * 1000 / throughput);
        }
        // One machine-readable line for run.sh's table.
        System.out.printf(Locale.ROOT, "sections read back: %d of %d hold the newest text saved (%d lost or overwritten)%n",
                ready.size() - lost.get(), ready.size(), lost.get());
        System.out.printf(Locale.ROOT, "RESULT|%d|%d|%d|%d|%d|%d|%.1f|%s|%s|%s|%s|%.1f|%s|%.2f|%.0f|%d|%.2f%n",
                ready.size(), attempted, succeeded, errors, conflicts, late, throughput,
                BenchSupport.ms(BenchSupport.percentile(all, 50)), BenchSupport.ms(BenchSupport.percentile(all, 95)), BenchSupport.ms(BenchSupport.percentile(all, 99)), BenchSupport.ms(all.length == 0 ? -1 : all[all.length - 1]),
                attempted == 0 ? 0 : bodyBytes / (double) attempted / 1024, appCpu, driverCpu, hostBusy, lost.get(), databaseCpu);
        threads.shutdownNow();
        System.exit(0);
    }

    /**
     * The measured window in slices of 5 s: saves started, p50, p95 and max of each slice. A tail spread evenly over
     * the slices is the cost of a save; one gathered in a few slices is a stall (a pause, a checkpoint, a queue).
     */
    static void printTimeline(List<Candidate> ready, long measureStart, int durationSeconds) {
        int slice = 5;
        int slices = Math.max(1, (durationSeconds + slice - 1) / slice);
        List<List<Long>> bySlice = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            bySlice.add(new ArrayList<>());
        }
        for (Candidate c : ready) {
            for (int i = 0; i < c.starts.size(); i++) {
                int at = (int) Math.min(slices - 1, Math.max(0, (c.starts.get(i) - measureStart) / 1_000_000_000L / slice));
                bySlice.get(at).add(c.latencies.get(i));
            }
        }
        StringBuilder line = new StringBuilder("timeline (5 s slices: saves started, p50/p95/max ms):");
        for (int i = 0; i < slices; i++) {
            long[] values = bySlice.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            line.append(i % 4 == 0 ? "\n  " : "  ").append(String.format(Locale.ROOT, "%3ds %5d %s/%s/%s", i * slice, values.length,
                    BenchSupport.ms(BenchSupport.percentile(values, 50)), BenchSupport.ms(BenchSupport.percentile(values, 95)),
                    BenchSupport.ms(values.length == 0 ? -1 : values[values.length - 1])));
        }
        System.out.println(line);
    }

    static void sleepUntil(long deadline) throws InterruptedException {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /** One simulated candidate: own HTTP client and cookie jar (so own SESSION), own portfolio and section. */
    static final class Candidate {
        final int number;
        final String email;
        final HttpClient http;
        final Random random;
        String csrf;
        String sectionUrl;
        long version;
        final String reflection;
        final String evidence;
        final String[] descriptionParagraphs;

        long attempted, succeeded, conflicts, late, bodyBytes;
        int lastSaved, lastSent; // the newest save answered with a new version, and the newest sent (any window)
        final List<Long> latencies = new ArrayList<>();
        /** When each measured save started (System.nanoTime), beside its latency: for the timeline. */
        final List<Long> starts = new ArrayList<>();
        final Map<String, Long> errorKinds = new LinkedHashMap<>();

        Candidate(int number, ExecutorService executor) {
            this.number = number;
            this.email = emailPrefix + number + "@example.org";
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(executor)
                    .build();
            this.random = new Random(number);
            this.descriptionParagraphs = Text.paragraphs(random, words, links, "https://example.org/candidate-" + number);
            this.reflection = "<p>" + Text.words(random, 150) + "</p>";
            this.evidence = "<p>" + Text.words(random, 30) + " <a href=\"https://example.org/evidence/" + number
                    + "\">screenshot of the course page</a></p>";
        }

        void setUp() throws IOException, InterruptedException {
            HttpResponse<String> page = get("/sign-in");
            expect(page, 200, "GET /sign-in");
            csrf = BenchSupport.find(BenchSupport.CSRF_INPUT, page.body(), "sign-in form _csrf");
            HttpResponse<String> signedIn = postForm("/sign-in", BenchSupport.form("email", email, "password", password, "_csrf", csrf), false);
            if (signedIn.statusCode() != 200 || signedIn.uri().getPath().startsWith("/sign-in")) {
                throw new IllegalStateException("sign-in refused for " + email + " (ended at " + signedIn.uri() + ")");
            }
            csrf = BenchSupport.find(BenchSupport.CSRF_META, signedIn.body(), "_csrf meta after sign-in"); // the token changes at sign-in
            HttpResponse<String> portfolio = postForm("/portfolios", BenchSupport.form("pathway", "cmalt", "_csrf", csrf), false);
            expect(portfolio, 200, "POST /portfolios");
            if (!portfolio.uri().getPath().matches("/portfolios/[0-9a-f-]{36}")) {
                throw new IllegalStateException("starting a portfolio ended at " + portfolio.uri());
            }
            Matcher links = SECTION_LINK.matcher(portfolio.body());
            while (links.find()) { // the first assessed section (1a): one with a reflection field
                HttpResponse<String> editor = get(links.group(1));
                expect(editor, 200, "GET section");
                if (editor.body().contains("name=\"reflection\"")) {
                    sectionUrl = links.group(1);
                    csrf = BenchSupport.find(BenchSupport.CSRF_META, editor.body(), "_csrf meta on the section page");
                    version = versionIn(editor.body());
                    return;
                }
            }
            throw new IllegalStateException("no assessed section found on " + portfolio.uri());
        }

        void run(long first, long intervalNs, long measureStart, long measureEnd) {
            long due = first;
            int save = 0;
            try {
                while (due < measureEnd) {
                    sleepUntil(due);
                    long start = System.nanoTime();
                    if (start >= measureEnd) {
                        return;
                    }
                    boolean measured = start >= measureStart;
                    autosave(++save, measured);
                    long end = System.nanoTime();
                    long next = due + intervalNs;
                    if (end > next) { // took longer than the interval: the next save starts at once
                        if (end >= measureStart && end < measureEnd) {
                            late++;
                        }
                        next = end;
                    }
                    due = next;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void autosave(int save, boolean measured) throws InterruptedException {
            String body = BenchSupport.form("description", Text.description(descriptionParagraphs, save),
                    "reflection", reflection, "evidence", evidence,
                    "principles", "explore", "principles", "communicate",
                    "evidenceShown", "true", "version", Long.toString(version));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + sectionUrl))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .header("HX-Current-URL", base + sectionUrl)
                    .header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            String problem = null;
            boolean conflict = false;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String text = response.body();
                if (response.statusCode() != 200) {
                    problem = "HTTP " + response.statusCode() + (text.length() < 80 ? " " + text.strip() : "");
                } else if (text.contains("conflict-panel")) {
                    conflict = true;
                    problem = "conflict";
                    Matcher theirs = THEIRS.matcher(text); // carry on from their version, as "keep mine" would
                    if (theirs.find()) {
                        version = Long.parseLong(theirs.group(1));
                    }
                } else {
                    Matcher input = VERSION_INPUT.matcher(text);
                    Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
                    if (value != null && value.find()) {
                        version = Long.parseLong(value.group(1));
                    } else {
                        problem = "200 without a version: " + text.substring(0, Math.min(120, text.length())).strip();
                    }
                }
            } catch (HttpTimeoutException e) {
                problem = "timeout after " + requestTimeout.toSeconds() + " s";
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long latency = System.nanoTime() - start;
            lastSent = save;
            if (problem == null) {
                lastSaved = save;
            }
            if (!measured) {
                return;
            }
            attempted++;
            bodyBytes += body.length(); // URL-encoded form: ASCII, so chars == bytes
            latencies.add(latency);
            starts.add(start);
            if (problem == null) {
                succeeded++;
            } else {
                if (conflict) {
                    conflicts++;
                }
                errorKinds.merge(problem, 1L, Long::sum);
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String body, boolean htmx) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (htmx) {
                b.header("HX-Request", "true");
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        static void expect(HttpResponse<String> response, int status, String what) {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + " at " + response.uri());
            }
        }

        static long versionIn(String page) {
            Matcher input = VERSION_INPUT.matcher(page);
            if (input.find()) {
                Matcher value = VALUE.matcher(input.group());
                if (value.find()) {
                    return Long.parseLong(value.group(1));
                }
            }
            throw new IllegalStateException("no section-version in the section page");
        }
    }

    /** Plausible portfolio prose: paragraphs of words, one link per paragraph, as the rich editor produces. */
    static final class Text {
        static final String[] VOCABULARY = ("learning technology students staff course module assessment feedback "
                + "design accessibility platform virtual environment workshop colleagues evaluation online blended "
                + "practice digital capability support guidance policy institution project pilot survey results "
                + "reflection improved developed introduced worked with the a of and to in for on that this we I "
                + "which was were have has because however therefore engagement inclusive quiz rubric lecture video "
                + "captions discussion forum analytics data privacy legislation copyright licence standards team").split(" ");

        static String words(Random random, int count) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
            return sb.toString();
        }

        /** {@code total} words in {@code linkCount} paragraphs (at least one), each with a three-word link. */
        static String[] paragraphs(Random random, int total, int linkCount, String linkBase) {
            int count = Math.max(1, linkCount);
            String[] result = new String[count];
            int perParagraph = total / count;
            for (int p = 0; p < count; p++) {
                int here = p == count - 1 ? total - perParagraph * (count - 1) : perParagraph;
                int linkWords = Math.min(3, here);
                int before = (here - linkWords) / 2;
                int after = here - linkWords - before;
                result[p] = "<p>" + words(random, before)
                        + (linkCount > 0 ? " <a href=\"" + linkBase + "/resource-" + (p + 1) + "\">" + words(random, linkWords) + "</a> " : " ")
                        + words(random, after) + "</p>";
            }
            return result;
        }

        /** The description as typed so far: the same text with the last word of the last paragraph changed each save. */
        static String description(String[] paragraphs, int save) {
            StringBuilder sb = new StringBuilder(paragraphs.length * 400);
            for (int p = 0; p < paragraphs.length - 1; p++) {
                sb.append(paragraphs[p]).append('\n');
            }
            String last = paragraphs[paragraphs.length - 1];
            int cut = last.lastIndexOf(' ');
            sb.append(last, 0, cut + 1).append("draft").append(save).append("</p>");
            return sb.toString();
        }
    }

    /** CPU counters from /proc (Linux): the app's process, the whole host, and this driver. */
    record CpuSnapshot(long wallNs, long appTicks, long hostBusy, long hostTotal, long driverCpuNs, long databaseTicks) {
        static final int HZ = 100; // USER_HZ on Linux

        static CpuSnapshot take() {
            long app = -1;
            if (appPid > 0) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + appPid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    app = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                } catch (IOException | RuntimeException e) {
                    app = -1;
                }
            }
            long busy = 0, total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) {
                        busy += v;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: no host figure
            }
            long driver = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            return new CpuSnapshot(System.nanoTime(), app, busy, total, driver, readDatabaseTicks());
        }

        /**
         * utime + stime of every PostgreSQL process on this host, and the time of those that ended (the postmaster holds
         * its children's as cutime + cstime).
         */
        static long readDatabaseTicks() {
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))::iterator) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        if (stat.contains("(postgres)")) {
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return -1;
            }
            return ticks;
        }
    }
}
