import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
    /**
     * How the measured autosaves are sent: "socket" (a plain HTTP/1.1 keep-alive socket per candidate: a fraction of
     * java.net.http's CPU a save) or "httpclient" (java.net.http, as the figures before it were taken: about 2.6 ms of
     * this driver's CPU a save, CPU the app on the same cores then lacks).
     */
    static String client = "socket";
    /**
     * What an autosave carries: "splice" (what the browser's editor sends now, js/editor.js, ADR 0017: the whole form
     * until one save has succeeded, then the description alone, and of it only the blocks changed since the last save,
     * cut as that save's answer said in X-Waymark-Cuts; the whole description when no cuts are known or the server
     * answers waymark:send-whole), "changed" (the description alone, whole, after one whole-form save: what the editor
     * sent before splices) or "whole" (the whole form every time, as the figures before either were taken).
     */
    static String send = "splice";

    /**
     * The save answer's header with, for each long text the save carried, the lengths of the blocks the server cut it
     * into, as sent ("description:120,88,93;evidence:40,51"): SectionController.CUTS_HEADER.
     */
    static final String CUTS_HEADER = "X-Waymark-Cuts";
    /** The changing last word of the description, as the editor page shows the stored text. */
    static final Pattern STORED_DRAFT = Pattern.compile("draft([0-9]+)");
    static final Pattern VERSION_INPUT = Pattern.compile("<input[^>]*id=\"section-version\"[^>]*>");
    static final Pattern VALUE = Pattern.compile("value=\"(\\d+)\"");
    static final Pattern THEIRS = Pattern.compile("name=\"theirsVersion\" value=\"(\\d+)\"");
    static final Pattern PRINCIPLE_TICKED = Pattern.compile("<input[^>]*name=\"principles\"[^>]*value=\"([a-z-]+)\"[^>]*checked[^>]*>");
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
                case "--client" -> client = oneOf(args[i], value, "socket", "httpclient");
                case "--send" -> send = oneOf(args[i], value, "splice", "changed", "whole");
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (client.equals("socket") && !"http".equals(URI.create(base).getScheme())) {
            throw new IllegalArgumentException("--client socket speaks plain http only; use --client httpclient for " + base);
        }
        System.out.printf(Locale.ROOT, "== N=%d candidates against %s: warm-up %d s, measured %d s, a save every %.1f s, "
                + "%d-word description with %d links, client %s, send %s%n",
                n, base, warmupSeconds, durationSeconds, intervalSeconds, words, links, client, send);

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
                        String page = c.get(c.sectionUrl).body();
                        Matcher stored = STORED_DRAFT.matcher(page);
                        int number = stored.find() ? Integer.parseInt(stored.group(1)) : -1;
                        String missing = c.wholeSaved ? c.missingWholeFormParts(page) : "";
                        if (number < c.lastSaved || number > c.lastSent) {
                            lost.incrementAndGet();
                            System.out.printf(Locale.ROOT, "  candidate %d: stored save %d, last saved %d, last sent %d%n",
                                    c.number, number, c.lastSaved, c.lastSent);
                        } else if (!missing.isEmpty()) {
                            // The saves of the description alone must leave the rest of the whole-form save as it was.
                            lost.incrementAndGet();
                            System.out.printf(Locale.ROOT, "  candidate %d: the description is save %d, but the %s of the "
                                    + "whole-form save %s gone%n", c.number, number, missing, missing.contains(" and ") ? "are" : "is");
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
        long splices = 0, wholes = 0, wholeForms = 0, resends = 0;
        Map<String, Long> errorKinds = new LinkedHashMap<>();
        int samples = 0;
        for (Candidate c : ready) {
            attempted += c.attempted;
            succeeded += c.succeeded;
            conflicts += c.conflicts;
            late += c.late;
            bodyBytes += c.bodyBytes;
            splices += c.splices;
            wholes += c.wholes;
            wholeForms += c.wholeForms;
            resends += c.resends;
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
        boolean appKnown = after.appTicks() >= 0 && before.appTicks() >= 0;
        String appCpu = appKnown
                ? String.format(Locale.ROOT, "%.2f", (after.appTicks() - before.appTicks()) / (double) CpuSnapshot.HZ / elapsed) : "n/a";
        // Split, because a lean driver and fewer bytes a save should show first as less system time (copies, syscalls).
        String appCpuSplit = appKnown
                ? String.format(Locale.ROOT, " (user %.2f, system %.2f)",
                        (after.appUserTicks - before.appUserTicks) / (double) CpuSnapshot.HZ / elapsed,
                        (after.appSystemTicks - before.appSystemTicks) / (double) CpuSnapshot.HZ / elapsed) : "";
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
        System.out.printf(Locale.ROOT, "saves sent as splices %d, whole %d (of which the whole form %d); "
                + "send-whole answers %d (%.2f%% of saves, each resent whole at once, within the same save)%n",
                splices, wholes, wholeForms, resends, attempted == 0 ? 0 : 100.0 * resends / attempted);
        if (resends * 100 > attempted) {
            // Each candidate alone edits its section, so a splice should always fit the stored text: many refusals
            // mean the driver's base or the server's cuts are wrong, and the figures measure two requests a save.
            System.out.printf(Locale.ROOT, "WARNING: %d of %d saves (%.1f%%, more than 1%%) were answered "
                    + "waymark:send-whole and resent whole: the splices did not fit the stored text%n",
                    resends, attempted, 100.0 * resends / attempted);
        }
        System.out.printf(Locale.ROOT, "throughput %.1f successful saves/s (offered %.1f/s)%n", throughput, offered);
        System.out.printf(Locale.ROOT, "latency ms (all %d attempts): p50 %s  p95 %s  p99 %s  max %s%n", all.length,
                BenchSupport.ms(BenchSupport.percentile(all, 50)), BenchSupport.ms(BenchSupport.percentile(all, 95)), BenchSupport.ms(BenchSupport.percentile(all, 99)), BenchSupport.ms(all.length == 0 ? -1 : all[all.length - 1]));
        printTimeline(ready, measureStart, durationSeconds);
        System.out.printf(Locale.ROOT, "mean request body %.1f KB a save (a resent save's two bodies together)%n",
                attempted == 0 ? 0 : bodyBytes / (double) attempted / 1024);
        System.out.printf(Locale.ROOT, "CPU during the window: app %s cores%s, PostgreSQL %.2f cores, this driver %.2f cores, whole host %.0f%% busy (%d cores)%n",
                appCpu, appCpuSplit, databaseCpu, driverCpu, hostBusy, Runtime.getRuntime().availableProcessors());
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

    static String oneOf(String option, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException(option + " takes one of " + String.join(", ", allowed) + ", not " + value);
        }
        return value;
    }

    static void sleepUntil(long deadline) throws InterruptedException {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /**
     * One simulated candidate: own HTTP client and cookie jar (so own SESSION), own portfolio and section, and (with
     * {@code --client socket}) own connection for the autosaves.
     */
    static final class Candidate {
        final int number;
        final String email;
        final CookieManager cookies;
        final HttpClient http;
        final Random random;
        String csrf;
        String sectionUrl;
        long version;
        final String reflection;
        final String evidence;
        /**
         * The description up to its changing last word, URL-encoded once: encoding is per character, so this plus the
         * encoded last word is the encoded whole, and each save encodes a dozen characters rather than 15,000.
         */
        final String encodedDescriptionStart;
        /** The same, not encoded: with {@code --send splice} the text each save represents is built from it. */
        final String descriptionStart;
        /** The fields after the description in a whole-form save, encoded, up to the version's value. */
        final String encodedWholeRest;
        /** Whether a whole-form save has succeeded: until then every save sends the whole form, as the editor would. */
        boolean wholeSaved;
        /**
         * With {@code --send splice}: the description the last successful save represented (the whole text, as sent,
         * not as stored), and where the server's blocks of it end, from that answer's X-Waymark-Cuts; null when not
         * known, and then the next save sends the description whole (the editor's savedTexts.description).
         */
        String baseText;
        int[] baseEnds;
        /** The autosave connection ({@code --client socket}); made once set-up has the session. */
        Connection connection;

        long attempted, succeeded, conflicts, late, bodyBytes;
        /** Measured saves by what their first request carried, and the waymark:send-whole answers resent whole. */
        long splices, wholes, wholeForms, resends;
        int lastSaved, lastSent; // the newest save answered with a new version, and the newest sent (any window)
        final List<Long> latencies = new ArrayList<>();
        /** When each measured save started (System.nanoTime), beside its latency: for the timeline. */
        final List<Long> starts = new ArrayList<>();
        final Map<String, Long> errorKinds = new LinkedHashMap<>();

        Candidate(int number, ExecutorService executor) {
            this.number = number;
            this.email = emailPrefix + number + "@example.org";
            this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(executor)
                    .build();
            this.random = new Random(number);
            String[] descriptionParagraphs = Text.paragraphs(random, words, links, "https://example.org/candidate-" + number);
            this.reflection = "<p>" + Text.words(random, 150) + "</p>";
            this.evidence = "<p>" + Text.words(random, 30) + " <a href=\"https://example.org/evidence/" + number
                    + "\">screenshot of the course page</a></p>";
            this.descriptionStart = Text.descriptionStart(descriptionParagraphs);
            this.encodedDescriptionStart = URLEncoder.encode(descriptionStart, StandardCharsets.UTF_8);
            this.encodedWholeRest = "&" + BenchSupport.form("reflection", reflection, "evidence", evidence,
                    "principles", "explore", "principles", "communicate", "evidenceShown", "true") + "&version=";
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
                    if (client.equals("socket")) {
                        connection = new Connection(URI.create(base + sectionUrl), sessionCookie());
                    }
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

        /**
         * What of the whole form's other parts the section page no longer shows ("" when it shows them all): the
         * reflection's and the evidence's words (the editor's textarea holds the stored HTML, escaped, and these words
         * need no escaping) and the two principles ticked. With {@code --send splice} or {@code changed} only one save
         * carries them.
         */
        String missingWholeFormParts(String page) {
            List<String> missing = new ArrayList<>();
            if (!page.contains(reflection.substring("<p>".length(), reflection.length() - "</p>".length()))) {
                missing.add("reflection");
            }
            if (!page.contains(evidence.substring("<p>".length(), evidence.indexOf(" <a ")))) {
                missing.add("evidence");
            }
            if (!PRINCIPLE_TICKED.matcher(page).results().map(m -> m.group(1)).toList().containsAll(List.of("explore", "communicate"))) {
                missing.add("principles");
            }
            return String.join(" and ", missing);
        }

        /** The SESSION cookie the sign-in left in this candidate's jar, for the autosaves sent without it. */
        String sessionCookie() {
            for (HttpCookie cookie : cookies.getCookieStore().get(URI.create(base + sectionUrl))) {
                if (cookie.getName().equals("SESSION")) {
                    return cookie.getValue();
                }
            }
            throw new IllegalStateException("no SESSION cookie after set-up for " + email);
        }

        /**
         * The autosave's form, byte for byte what {@link BenchSupport#form} makes of the same fields: the whole form
         * (description, reflection, evidence, principles, evidenceShown, version), or the editor's save of the
         * description alone (version, parts=description, description).
         */
        String formBody(int save, boolean whole) {
            String end = URLEncoder.encode(Text.descriptionEnd(save), StandardCharsets.UTF_8);
            StringBuilder body = new StringBuilder(encodedDescriptionStart.length() + end.length()
                    + (whole ? encodedWholeRest.length() : 0) + 64);
            if (whole) {
                body.append("description=").append(encodedDescriptionStart).append(end).append(encodedWholeRest).append(version);
            } else {
                body.append("version=").append(version).append("&parts=description&description=").append(encodedDescriptionStart).append(end);
            }
            return body.toString();
        }

        /**
         * The editor's spliced save of the description (version, parts=description, description, descriptionSplice):
         * only the new blocks are encoded, a paragraph rather than the whole description (some 18,000 characters).
         * The splice field's commas are encoded as URLEncoder (and the browser's form encoding) would.
         */
        String spliceBody(Splice splice) {
            String with = URLEncoder.encode(splice.with(), StandardCharsets.UTF_8);
            return new StringBuilder(with.length() + 96)
                    .append("version=").append(version).append("&parts=description&description=").append(with)
                    .append("&descriptionSplice=").append(splice.from()).append("%2C").append(splice.to())
                    .append("%2C").append(splice.blocks())
                    .toString();
        }

        /**
         * One save, as the editor makes it. With {@code --send splice}, once an answer has told how the description was
         * cut, only the blocks changed since go; an answer of waymark:send-whole (nothing written) is followed at once
         * by the whole description at the same version, as the editor's listener does. That resend belongs to the
         * same save: its latency spans both requests and its body counts both, and it is not an error.
         */
        void autosave(int save, boolean measured) throws InterruptedException {
            boolean wholeForm = send.equals("whole") || !wholeSaved;
            // The whole description this save represents, to compare with the base and to be the next base: one copy
            // of it a save, and only where splices need it (encoded, it comes from encodedDescriptionStart as before).
            String description = send.equals("splice") ? descriptionStart + Text.descriptionEnd(save) : null;
            Splice splice = !wholeForm && description != null && baseText != null
                    ? Splice.of(baseText, baseEnds, description) : null;
            String body = splice != null ? spliceBody(splice) : formBody(save, wholeForm);
            long sentBytes = body.length(); // URL-encoded form: ASCII, so chars == bytes
            boolean resent = false;
            long start = System.nanoTime();
            String problem = null;
            boolean conflict = false;
            try {
                Answer answer = post(body);
                if (splice != null && answer.status() == 200 && answer.triggered("waymark:send-whole")) {
                    // The splice did not fit the stored text and nothing was written: no base, the whole description.
                    baseText = null;
                    baseEnds = null;
                    resent = true;
                    body = formBody(save, false);
                    sentBytes += body.length();
                    answer = post(body);
                }
                String text = answer.text();
                if (answer.status() != 200) {
                    problem = "HTTP " + answer.status() + (text.length() < 80 ? " " + text.strip() : "");
                } else if (answer.triggered("waymark:send-whole")) {
                    // Only a splice may be refused so: a whole description refused would go round for ever.
                    problem = "waymark:send-whole for the whole description";
                    baseText = null;
                    baseEnds = null;
                } else if (answer.triggered("waymark:conflict") || text.contains("conflict-panel")) {
                    conflict = true;
                    problem = "conflict";
                    Matcher theirs = THEIRS.matcher(text); // carry on from their version, as "keep mine" would
                    if (theirs.find()) {
                        version = Long.parseLong(theirs.group(1));
                    }
                    // The stored text is theirs now: a splice of ours might fit its blocks by number and mix the two.
                    baseText = null;
                    baseEnds = null;
                } else if (answer.triggered("waymark:save-failed")) {
                    problem = "waymark:save-failed: " + text.substring(0, Math.min(120, text.length())).strip();
                } else {
                    Matcher input = VERSION_INPUT.matcher(text);
                    Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
                    if (value != null && value.find()) {
                        version = Long.parseLong(value.group(1));
                        if (description != null) { // the editor's rememberSaved: the text as sent, cut as the answer says
                            baseEnds = blockEnds(answer.cuts(), "description", description.length());
                            baseText = baseEnds == null ? null : description;
                        }
                    } else {
                        problem = "200 without a version: " + text.substring(0, Math.min(120, text.length())).strip();
                    }
                }
            } catch (HttpTimeoutException | SocketTimeoutException e) {
                // The base stays, as in the editor: if the save landed after all, the version is stale, and the next
                // splice is answered waymark:send-whole, its resend a conflict, and the save after that goes whole.
                problem = "timeout after " + requestTimeout.toSeconds() + " s";
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long latency = System.nanoTime() - start;
            lastSent = save;
            if (problem == null) {
                lastSaved = save;
                wholeSaved |= wholeForm;
            }
            if (!measured) {
                return;
            }
            attempted++;
            bodyBytes += sentBytes;
            if (splice != null) {
                splices++;
            } else {
                wholes++;
                if (wholeForm) {
                    wholeForms++;
                }
            }
            if (resent) {
                resends++;
            }
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

        /** One request of a save, on this candidate's own socket or with java.net.http ({@code --client}). */
        Answer post(String body) throws IOException, InterruptedException {
            return connection != null ? connection.post(body, csrf) : postWithHttpClient(body);
        }

        /** The autosave as the figures before {@code --client socket} were taken: java.net.http, its own connection pool. */
        Answer postWithHttpClient(String body) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + sectionUrl))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .header("HX-Current-URL", base + sectionUrl)
                    .header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            // Header names are matched case-insensitively by java.net.http; repeated headers are joined as one.
            List<String> triggers = response.headers().allValues("HX-Trigger");
            return new Answer(response.statusCode(), response.body(), triggers.isEmpty() ? null : String.join(", ", triggers),
                    response.headers().firstValue(CUTS_HEADER).orElse(null));
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

        /*
         * The description as typed so far is descriptionStart + descriptionEnd(save): the same text with the last word
         * of the last paragraph changed each save.
         */

        /** The description up to its last word, the same at every save. */
        static String descriptionStart(String[] paragraphs) {
            StringBuilder sb = new StringBuilder(paragraphs.length * 400);
            for (int p = 0; p < paragraphs.length - 1; p++) {
                sb.append(paragraphs[p]).append('\n');
            }
            String last = paragraphs[paragraphs.length - 1];
            int cut = last.lastIndexOf(' ');
            sb.append(last, 0, cut + 1);
            return sb.toString();
        }

        /** The description's last word, new at each save (the read-back finds it with STORED_DRAFT), and its end. */
        static String descriptionEnd(int save) {
            return "draft" + save + "</p>";
        }
    }

    /**
     * A save's answer: the status, the body as text, and the two headers the editor reads: HX-Trigger (the events
     * htmx raises: waymark:conflict, waymark:save-failed, waymark:send-whole) and X-Waymark-Cuts; null when absent.
     */
    record Answer(int status, String text, String trigger, String cuts) {

        /** Whether the answer raises this event (the editor's test of HX-Trigger, a match anywhere in the value). */
        boolean triggered(String event) {
            return trigger != null && trigger.contains(event);
        }
    }

    /**
     * An autosave's splice of one long text, as js/editor.js (spliceOf) makes it, and EditorSplice in the tests in
     * Java (this driver cannot use test classes): blocks {@code from} (inclusive) to {@code to} (exclusive) of the base
     * text, which had {@code blocks} blocks, are replaced by {@code with}.
     */
    record Splice(int from, int to, int blocks, String with) {
        /** How many characters the common prefix and suffix are compared at a time while they match. */
        static final int STEP = 128;

        /** The splice turning {@code base}, whose blocks end at {@code ends}, into {@code text}. */
        static Splice of(String base, int[] ends, String text) {
            // The common prefix and suffix (the suffix no longer than what the prefix leaves of the shorter text), the
            // same lengths as the editor's loops find. They are found STEP characters at a time while those match
            // (String.regionMatches compares arrays vectorised), then one by one: a few of this driver's microseconds
            // on the 18,000-character description, CPU the app on the same cores would otherwise lack.
            int shorter = Math.min(base.length(), text.length());
            int same = 0;
            while (same + STEP <= shorter && base.regionMatches(same, text, same, STEP)) {
                same += STEP;
            }
            while (same < shorter && base.charAt(same) == text.charAt(same)) {
                same++;
            }
            int room = shorter - same;
            int tail = 0;
            while (tail + STEP <= room
                    && base.regionMatches(base.length() - tail - STEP, text, text.length() - tail - STEP, STEP)) {
                tail += STEP;
            }
            while (tail < room && base.charAt(base.length() - 1 - tail) == text.charAt(text.length() - 1 - tail)) {
                tail++;
            }
            int from = 0;
            while (from < ends.length && ends[from] <= same) {
                from++;
            }
            int to = from;
            while (to < ends.length && start(ends, to) < base.length() - tail) {
                to++;
            }
            String with = text.substring(start(ends, from), text.length() - (base.length() - start(ends, to)));
            return new Splice(from, to, ends.length, with);
        }

        static int start(int[] ends, int block) {
            return block == 0 ? 0 : ends[block - 1];
        }
    }

    /**
     * Where the blocks of one text end, from a save answer's cuts header ("description:120,88;reflection:40"), or null
     * when the header has no entry for it, or one that does not read, or lengths that do not add up to the text's
     * length as sent (a text changed on its way would not): then the next save sends that text whole, as the editor's
     * rememberSaved does.
     */
    static int[] blockEnds(String header, String part, int length) {
        if (header == null) {
            return null;
        }
        for (String entry : header.split(";")) {
            entry = entry.strip();
            if (!entry.startsWith(part) || entry.length() == part.length() || entry.charAt(part.length()) != ':') {
                continue;
            }
            String[] lengths = entry.substring(part.length() + 1).split(",");
            int[] ends = new int[lengths.length];
            try {
                for (int i = 0, end = 0; i < lengths.length; i++) {
                    int blockLength = Integer.parseInt(lengths[i].strip());
                    if (blockLength < 0) {
                        return null;
                    }
                    end += blockLength;
                    ends[i] = end;
                }
            } catch (NumberFormatException e) {
                return null;
            }
            return ends.length > 0 && ends[ends.length - 1] == length ? ends : null;
        }
        return null;
    }

    /**
     * One candidate's autosave connection: HTTP/1.1 with keep-alive on a plain blocking socket, the request written
     * in one go and the answer read by hand. java.net.http costs this driver about 2.6 ms of CPU a save (its
     * selector thread, futures, header maps, a copy of the body per stage), CPU the app lacks on the same two cores;
     * this costs a small fraction of that. It speaks only what Tomcat answers here: a status line, headers, and a
     * body by Content-Length, by chunks or up to the close.
     */
    static final class Connection {
        static final int MAX_LINE = 64 * 1024;

        final InetSocketAddress address;
        final String target, hostHeader, currentUrl;
        String session;
        Socket socket;
        OutputStream out;
        BufferedInputStream in;
        /** Answers read whole on this socket: a socket that has served one may have been closed by the server since. */
        int served;
        /** Whether any byte of the current answer has arrived: then the request may have been handled, so no retry. */
        boolean answerStarted;
        final StringBuilder line = new StringBuilder(128);
        byte[] body = new byte[4096];

        Connection(URI section, String session) {
            this.address = new InetSocketAddress(section.getHost(), section.getPort() < 0 ? 80 : section.getPort());
            this.target = section.getRawPath() + (section.getRawQuery() == null ? "" : "?" + section.getRawQuery());
            this.hostHeader = section.getRawAuthority();
            this.currentUrl = section.toString();
            this.session = session;
        }

        /**
         * POSTs the form and reads the answer. A socket the server closed while it sat idle between saves (its
         * keep-alive timeout) fails on the next use before anything of the answer arrives: then the save is sent once
         * more on a new connection, as a browser would. Any other failure closes the socket and is the save's problem,
         * and the next save starts on a new connection. An answer with Connection: close closes it too, once read.
         */
        Answer post(String form, String csrf) throws IOException {
            byte[] request = request(form, csrf);
            for (int attempt = 1; ; attempt++) {
                boolean reused = socket != null && served > 0;
                try {
                    if (socket == null) {
                        open();
                    }
                    answerStarted = false;
                    out.write(request);
                    return readAnswer();
                } catch (SocketTimeoutException e) {
                    close();
                    throw e;
                } catch (IOException | RuntimeException e) {
                    close();
                    if (reused && !answerStarted && attempt == 1 && e instanceof IOException) {
                        continue;
                    }
                    throw e instanceof IOException io ? io : new IOException("unreadable answer: " + e, e);
                }
            }
        }

        /** The request, headers and form, in one array: one write, so one segment train and no Nagle wait. */
        byte[] request(String form, String csrf) {
            StringBuilder sb = new StringBuilder(form.length() + 320 + currentUrl.length() + csrf.length() + session.length());
            sb.append("POST ").append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader).append("\r\n")
                    .append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(form.length()).append("\r\n") // URL-encoded: ASCII, chars == bytes
                    .append("HX-Request: true\r\n")
                    .append("HX-Current-URL: ").append(currentUrl).append("\r\n")
                    .append("X-CSRF-TOKEN: ").append(csrf).append("\r\n")
                    .append("Cookie: SESSION=").append(session).append("\r\n")
                    .append("\r\n")
                    .append(form);
            return sb.toString().getBytes(StandardCharsets.US_ASCII);
        }

        void open() throws IOException {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.setSoTimeout((int) requestTimeout.toMillis());
                s.connect(address, 10_000); // as the HttpClient's connect timeout
                out = s.getOutputStream();
                in = new BufferedInputStream(s.getInputStream(), 8192);
            } catch (IOException e) {
                s.close();
                throw e;
            }
            socket = s;
            served = 0;
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            out = null;
            in = null;
        }

        Answer readAnswer() throws IOException {
            String statusLine;
            int status;
            boolean keepAlive, chunked;
            long length;
            String trigger, cuts;
            do { // an interim 1xx answer (none is asked for) is followed by the real one
                statusLine = readLine();
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || (statusLine.length() > 12 && statusLine.charAt(12) != ' ')) {
                    throw new IOException("not an HTTP/1.x status line: " + statusLine);
                }
                status = Integer.parseInt(statusLine, 9, 12, 10);
                keepAlive = statusLine.charAt(7) != '0'; // HTTP/1.0 closes unless it says otherwise
                chunked = false;
                length = -1;
                trigger = null;
                cuts = null;
                for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                    int colon = header.indexOf(':');
                    if (colon <= 0) {
                        throw new IOException("malformed header line: " + header);
                    }
                    String name = header.substring(0, colon).trim();
                    String value = header.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                        chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
                    } else if (name.equalsIgnoreCase("Connection")) {
                        String tokens = value.toLowerCase(Locale.ROOT);
                        if (tokens.contains("close")) {
                            keepAlive = false;
                        } else if (tokens.contains("keep-alive")) {
                            keepAlive = true;
                        }
                    } else if (name.equalsIgnoreCase("HX-Trigger")) {
                        trigger = trigger == null ? value : trigger + ", " + value; // a repeated header, as one list
                    } else if (name.equalsIgnoreCase(CUTS_HEADER)) {
                        cuts = value;
                    } else if (name.equalsIgnoreCase("Set-Cookie") && value.startsWith("SESSION=")) {
                        // the browser would take a renewed session cookie: so does this
                        int semicolon = value.indexOf(';');
                        session = value.substring("SESSION=".length(), semicolon < 0 ? value.length() : semicolon);
                    }
                }
            } while (status >= 100 && status < 200);

            int size;
            if (status == 204 || status == 304) {
                size = 0;
            } else if (chunked) { // chunked wins over a Content-Length (RFC 9112, 6.3)
                size = readChunked();
            } else if (length >= 0) {
                if (length > Integer.MAX_VALUE - 8) {
                    throw new IOException("answer too large: " + length + " bytes");
                }
                size = readExactly(0, (int) length);
            } else { // neither: the body runs to the close
                keepAlive = false;
                size = readToEnd();
            }
            String text = new String(body, 0, size, StandardCharsets.UTF_8);
            served++;
            if (!keepAlive) {
                close();
            }
            return new Answer(status, text, trigger, cuts);
        }

        /** The chunks' data into {@code body}; the size line's extensions and the trailer fields are read and dropped. */
        int readChunked() throws IOException {
            int size = 0;
            while (true) {
                String sizeLine = readLine();
                int semicolon = sizeLine.indexOf(';');
                String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
                int chunk;
                try {
                    chunk = Integer.parseInt(hex, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size line: " + sizeLine);
                }
                if (chunk < 0) {
                    throw new IOException("bad chunk size line: " + sizeLine);
                }
                if (chunk == 0) {
                    while (!readLine().isEmpty()) {
                        // a trailer field: not needed
                    }
                    return size;
                }
                size = readExactly(size, chunk);
                if (!readLine().isEmpty()) {
                    throw new IOException("chunk data not followed by CRLF");
                }
            }
        }

        /** {@code count} more bytes into {@code body} at {@code from}; returns the new length. */
        int readExactly(int from, int count) throws IOException {
            ensureRoom(from, count);
            int at = from, end = from + count;
            while (at < end) {
                int got = in.read(body, at, end - at);
                if (got < 0) {
                    throw new EOFException("connection closed after " + (at - from) + " of " + count + " body bytes");
                }
                answerStarted = true;
                at += got;
            }
            return end;
        }

        int readToEnd() throws IOException {
            int at = 0;
            while (true) {
                ensureRoom(at, 4096);
                int got = in.read(body, at, body.length - at);
                if (got < 0) {
                    return at;
                }
                answerStarted = true;
                at += got;
            }
        }

        void ensureRoom(int used, int more) {
            if (used + more > body.length) {
                body = Arrays.copyOf(body, Math.max(used + more, body.length * 2));
            }
        }

        /** One header or chunk-size line, without its CRLF (or bare LF), as ISO-8859-1. */
        String readLine() throws IOException {
            line.setLength(0);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException(answerStarted ? "connection closed in the middle of the answer"
                            : "connection closed before the answer");
                }
                answerStarted = true;
                if (b == '\n') {
                    int length = line.length();
                    if (length > 0 && line.charAt(length - 1) == '\r') {
                        line.setLength(length - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= MAX_LINE) {
                    throw new IOException("answer line longer than " + MAX_LINE + " bytes");
                }
                line.append((char) b);
            }
        }
    }

    /** CPU counters from /proc (Linux): the app's process, the whole host, and this driver. */
    record CpuSnapshot(long wallNs, long appUserTicks, long appSystemTicks, long hostBusy, long hostTotal, long driverCpuNs,
                       long databaseTicks) {
        static final int HZ = 100; // USER_HZ on Linux

        /** The app's utime + stime, or -1 when unknown. */
        long appTicks() {
            return appUserTicks < 0 ? -1 : appUserTicks + appSystemTicks;
        }

        static CpuSnapshot take() {
            long appUser = -1, appSystem = -1;
            if (appPid > 0) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + appPid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    appUser = Long.parseLong(f[11]); // utime
                    appSystem = Long.parseLong(f[12]); // stime
                } catch (IOException | RuntimeException e) {
                    appUser = appSystem = -1;
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
            return new CpuSnapshot(System.nanoTime(), appUser, appSystem, busy, total, driver, readDatabaseTicks());
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
