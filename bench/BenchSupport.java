import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks share: reading a page, writing a form, percentiles, and the set-up of many simulated people.
 * The launcher compiles it with whichever benchmark is run ({@code java bench/AutosaveBench.java}: source files in
 * the same folder are found since Java 22), so it stays a plain source file like them.
 */
final class BenchSupport {

    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BenchSupport() {
    }

    /** Something that sets one simulated person up (signs in, opens their page); it may fail. */
    interface SetUp<T> {
        T make(int number) throws Exception;
    }

    /**
     * Sets up {@code n} people, numbered from 1, at most {@code concurrency} at a time (signing in costs the server a
     * bcrypt hash, about 0.1 s of CPU), each on a virtual thread. Returns those that succeeded, in order, and prints
     * each kind of failure with how often it happened.
     */
    static <T> List<T> setUpConcurrently(int n, int concurrency, SetUp<T> setUp) throws InterruptedException {
        Object[] made = new Object[n];
        Semaphore gate = new Semaphore(concurrency);
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    gate.acquire();
                    try {
                        made[index] = setUp.make(index + 1);
                    } finally {
                        gate.release();
                    }
                } catch (Exception e) {
                    failures.computeIfAbsent(e.toString(), k -> new AtomicLong()).incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        failures.forEach((k, v) -> System.out.println("  set-up failure x" + v + ": " + k));
        @SuppressWarnings("unchecked")
        List<T> ready = (List<T>) Arrays.stream(made).filter(Objects::nonNull).toList();
        return ready;
    }

    /** Nearest-rank percentile of sorted samples; -1 when there are none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Nanoseconds as whole milliseconds, or n/a for a missing figure. */
    static String ms(long ns) {
        return ns < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", ns / 1e6);
    }

    /** The first group of the pattern in a page, or an error naming what was looked for. */
    static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the page");
        }
        return m.group(1);
    }

    /** An application/x-www-form-urlencoded body from name, value pairs. */
    static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
