import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.waymark.award.internal.Register;
import org.waymark.award.internal.RegisterQuery;
import org.waymark.award.internal.RegisterQuery.Criteria;

/**
 * Register search benchmark (issue 10): what one request of {@code /register} asks the database, timed end to end
 * on one JDBC connection: the capped count and the page (the SQL of {@link RegisterQuery}, as {@code Register}
 * builds it) and the specialisms of the page's entries. Run by bench/register.sh on a seeded database.
 *
 * <pre>
 * java -cp target/classes:postgresql.jar bench/RegisterBench.java --url jdbc:postgresql://127.0.0.1:5432/db?user=postgres
 *      [--searches 2000 --warmup 300 --seed 2026 --pgbench-tps 0]
 * </pre>
 *
 * The mix (drawn from a seed, so every run asks the same searches): 30 % a common specialism, 15 % a rare or
 * two-word specialism, 15 % specialism and sector, 10 % sector and job role, 10 % an award (pathway) only,
 * 5 % everything at once, 5 % nothing (the whole register, name order), 5 % a word nobody has, 5 % a later page
 * (page 2 to 20) of a broad search. Half are asked as a visitor, half as a certified member (members-only entries
 * too). Prints p50/p95/p99/max per kind and overall, and searches a second as a share of pgbench -S's tps.
 */
public class RegisterBench {

    static final String[] COMMON = {"accessibility", "learning", "moodle", "assessment", "digital", "design", "open"};
    static final String[] RARE = {"h5p", "podcasting", "workplace learning", "data protection", "universal design",
            "academic integrity", "learning analytics", "microcredentials"};
    static final String[] SECTORS = {"higher education", "further", "schools", "public sector", "health"};
    static final String[] ROLES = {"learning technologist", "lecturer", "designer", "librarian", "manager", "teacher"};
    static final String[] PATHWAYS = {"associate", "cmalt", "senior"};

    record Search(String kind, Criteria criteria, boolean member, int page) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int searches = Integer.parseInt(opt.getOrDefault("searches", "2000"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "300"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "2026"));
        double pgbenchTps = Double.parseDouble(opt.getOrDefault("pgbench-tps", "0"));

        try (Connection db = DriverManager.getConnection(opt.get("url"))) {
            db.setReadOnly(true);
            System.out.printf("Register search benchmark: %s holders with an entry, %d searches after %d warm-up; %d cores, %s%n",
                    scalar(db, "SELECT count(*) FROM register_entry"), searches, warmup,
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            Random random = new Random(seed);
            for (int i = 0; i < warmup; i++) {
                run(db, search(random));
            }
            Map<String, List<Long>> byKind = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>();
            Map<String, Long> matched = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (int i = 0; i < searches; i++) {
                Search s = search(random);
                long t0 = System.nanoTime();
                int found = run(db, s);
                long took = System.nanoTime() - t0;
                all.add(took);
                byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(took);
                matched.merge(s.kind(), (long) found, Long::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-22s %6s %9s %8s %8s %8s %8s%n", "kind", "n", "avgFound", "p50ms", "p95ms", "p99ms", "maxms");
            byKind.forEach((kind, times) -> line(kind, times, matched.get(kind) / (double) times.size()));
            line("ALL", all, Double.NaN);
            double perSecond = searches / seconds;
            System.out.printf("%.0f searches/s on one connection; pgbench -S (1 client) %.0f tps; ratio %s%n", perSecond,
                    pgbenchTps, pgbenchTps > 0 ? String.format("%.2f%%", 100 * perSecond / pgbenchTps) : "?");
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            double p95 = pct(sorted, 95);
            System.out.printf("RESULT|p50=%.1f|p95=%.1f|max=%.1f|target p95 < 50 ms: %s%n", pct(sorted, 50), p95,
                    sorted[sorted.length - 1] / 1e6, p95 < 50 ? "met" : "NOT met");
        }
    }

    /** One search as {@code Register.search} does it: count (capped), the page, the page's specialisms. */
    static int run(Connection db, Search s) throws SQLException {
        RegisterQuery count = RegisterQuery.count(s.criteria(), s.member(), Register.COUNT_CAP);
        int matched = Integer.parseInt(query(db, count.sql(), count.params(), 1).getFirst());
        int last = Math.max(1, (Math.min(matched, Register.COUNT_CAP) + Register.PAGE_SIZE - 1) / Register.PAGE_SIZE);
        int page = Math.min(s.page(), last);
        RegisterQuery rows = RegisterQuery.page(s.criteria(), s.member(), Register.PAGE_SIZE, (page - 1) * Register.PAGE_SIZE);
        List<String> ids = query(db, rows.sql(), rows.params(), 1);
        if (!ids.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            query(db, "SELECT award_id, specialism FROM register_specialism WHERE award_id IN (" + in
                    + ") ORDER BY award_id, position", ids.stream().<Object>map(UUID::fromString).toList(), 2);
        }
        return matched;
    }

    static Search search(Random r) {
        boolean member = r.nextBoolean();
        int k = r.nextInt(100);
        if (k < 30) {
            return new Search("common specialism", new Criteria(pick(r, COMMON), "", "", ""), member, 1);
        } else if (k < 45) {
            return new Search("rare specialism", new Criteria(pick(r, RARE), "", "", ""), member, 1);
        } else if (k < 60) {
            return new Search("specialism+sector", new Criteria(pick(r, COMMON), pick(r, SECTORS), "", ""), member, 1);
        } else if (k < 70) {
            return new Search("sector+role", new Criteria("", pick(r, SECTORS), pick(r, ROLES), ""), member, 1);
        } else if (k < 80) {
            return new Search("pathway only", new Criteria("", "", "", pick(r, PATHWAYS)), member, 1);
        } else if (k < 85) {
            return new Search("all four", new Criteria(pick(r, RARE), pick(r, SECTORS), pick(r, ROLES), pick(r, PATHWAYS)), member, 1);
        } else if (k < 90) {
            return new Search("no filter", new Criteria("", "", "", ""), member, 1);
        } else if (k < 95) {
            return new Search("no match", new Criteria("zzz" + r.nextInt(1000), "", "", ""), member, 1);
        }
        return new Search("later page", new Criteria(pick(r, COMMON), "", "", ""), member, 2 + r.nextInt(19));
    }

    static List<String> query(Connection db, String sql, List<Object> params, int columns) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            List<String> first = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    first.add(rs.getString(1));
                    for (int c = 2; c <= columns; c++) {
                        rs.getString(c);
                    }
                }
            }
            return first;
        }
    }

    static String scalar(Connection db, String sql) throws SQLException {
        return query(db, sql, List.of(), 1).getFirst();
    }

    static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    static void line(String kind, List<Long> times, double avgFound) {
        long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-22s %6d %9s %8.1f %8.1f %8.1f %8.1f%n", kind, t.length,
                Double.isNaN(avgFound) ? "" : String.format("%.0f", avgFound), pct(t, 50), pct(t, 95), pct(t, 99),
                t[t.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
