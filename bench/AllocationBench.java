import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.waymark.assessment.internal.allocation.AllocationProblem;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;
import org.waymark.assessment.internal.allocation.AllocationSolver;

/**
 * Allocation benchmark (issue 9): the real {@link AllocationSolver} on a round of the size the issue names, 2,000
 * submissions and 400 assessors, built from a seed so every run solves the same round. No database, no Spring: the
 * solver is pure domain code and is given an {@link AllocationProblem} as the assessment module would build it.
 *
 * <pre>
 * bench/allocation.sh                          # compiles, finds the class path, runs this
 * bench/allocation.sh --capacity 9-14          # a round with places for everyone
 * java -cp target/classes:JGRAPHT_JARS bench/AllocationBench.java [--submissions 2000 --assessors 400
 *      --institutions 120 --capacity 3-8 --seed 2026 --warmup 3 --runs 7]
 * </pre>
 *
 * The round: submissions 30 % Associate, 55 % CMALT, 15 % Senior; each from one of the institutions (sizes skewed:
 * a few large universities, many small colleges), 0 to 2 specialisms, one in five with a suggested assessor, 5 %
 * with a declared conflict and 3 % with their line manager in the pool. Assessors: 35 % hold Senior CMALT (assess
 * all three pathways), the rest CMALT (Associate and CMALT); 30 % have served fewer than three times as second and
 * may not lead; capacity uniform in the range; 5 % away during the assessment window; 1 to 3 specialisms; 0 to 3
 * assessments already in hand. Every assessor conflicts with the submissions of their own institution.
 *
 * Prints the time to build the round, then each solve (warm-up runs first, not counted) with the host's load average,
 * and p50/p95/min/max of the measured ones, and what the proposal allocates: places filled, submissions unallocated, suggestions honoured, and the cost of
 * the third tier (specialism misses and load, as the solver weighs them), plus the rules it breaks (always none).
 */
public class AllocationBench {

    static final List<String> SPECIALISMS = List.of("moodle", "accessibility", "assessment", "video", "research",
            "leadership", "open education", "ai", "learning design", "digital skills", "inclusion", "analytics");
    static final Set<String> CMALT_HOLDER = Set.of("associate", "cmalt");
    static final Set<String> SENIOR_HOLDER = Set.of("associate", "cmalt", "senior");
    static final Map<String, String> PATHWAY_NAMES = Map.of("associate", "Associate CMALT", "cmalt", "CMALT",
            "senior", "Senior CMALT");
    /** As {@code AllocationNetwork}: a wanted specialism the assessor lacks, and the load step. */
    static final int SPECIALISM_MISS = 3;
    static final int LOAD_STEP = 2;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int submissions = Integer.parseInt(opt.getOrDefault("submissions", "2000"));
        int assessors = Integer.parseInt(opt.getOrDefault("assessors", "400"));
        int institutions = Integer.parseInt(opt.getOrDefault("institutions", "120"));
        String[] capacity = opt.getOrDefault("capacity", "3-8").split("-");
        long seed = Long.parseLong(opt.getOrDefault("seed", "2026"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "7"));

        System.out.printf("Allocation benchmark: %d submissions, %d assessors, %d institutions, capacity %s-%s, seed %d;"
                + " %d cores, %s, max heap %d MB%n", submissions, assessors, institutions, capacity[0], capacity[1], seed,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        AllocationProblem problem = round(new Random(seed), submissions, assessors, institutions,
                Integer.parseInt(capacity[0]), Integer.parseInt(capacity[1]));
        long built = System.nanoTime() - start;
        int places = problem.assessors().stream().mapToInt(Assessor::places).sum();
        long conflicts = problem.submissions().stream().mapToLong(s -> s.conflicts().size()).sum();
        long suggested = problem.submissions().stream().filter(s -> s.suggestedAssessor() != null).count();
        Map<String, Long> pathways = new LinkedHashMap<>();
        problem.submissions().forEach(s -> pathways.merge(s.pathway(), 1L, Long::sum));
        System.out.printf("built in %s: %s; %d places declared (%d needed), %d conflicts, %d suggestions%n",
                ms(built), pathways, places, 2 * submissions, conflicts, suggested);

        AllocationSolver solver = new AllocationSolver();
        AllocationProposal proposal = null;
        long[] measured = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < warmup + runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            proposal = solver.propose(problem);
            long took = System.nanoTime() - start;
            long cpuTook = threads.getCurrentThreadCpuTime() - cpuStart;
            boolean warming = r < warmup;
            if (!warming) {
                measured[r - warmup] = took;
                cpu[r - warmup] = cpuTook;
            }
            System.out.printf("  %s %d: %s (CPU %s), %d allocated (load average %s)%n", warming ? "warm-up" : "run",
                    warming ? r + 1 : r - warmup + 1, ms(took), ms(cpuTook), proposal.pairs().size(), loadAverage());
        }
        Arrays.sort(measured);
        Arrays.sort(cpu);
        List<String> broken = solver.violations(problem, proposal);
        System.out.printf("solve %dx%d: p50 %s, p95 %s, min %s, max %s over %d runs (after %d warm-up); CPU of the solving"
                + " thread p50 %s; load average %s%n", submissions, assessors, ms(percentile(measured, 50)),
                ms(percentile(measured, 95)), ms(measured[0]), ms(measured[runs - 1]), runs, warmup,
                ms(percentile(cpu, 50)), loadAverage());
        System.out.printf("places filled %d of %d needed; submissions allocated %d, unallocated %d; suggestions honoured %d"
                + " of %d; cost (specialism misses and load) %d; rules broken %d%n",
                2 * proposal.pairs().size(), 2 * submissions, proposal.pairs().size(), proposal.unallocated().size(),
                honoured(problem, proposal), suggested, cost(problem, proposal), broken.size());
        proposal.shortfalls().stream().limit(6).forEach(f -> System.out.println("  shortfall: " + f.message()));
        if (proposal.shortfalls().size() > 6) {
            System.out.println("  ... and " + (proposal.shortfalls().size() - 6) + " more shortfalls");
        }
        broken.stream().limit(5).forEach(b -> System.out.println("  BROKEN: " + b));
        if (!broken.isEmpty()) {
            System.exit(1);
        }
    }

    static AllocationProblem round(Random random, int submissionCount, int assessorCount, int institutions,
                                   int minCapacity, int maxCapacity) {
        // Institution sizes skewed (weight 1/(rank+1)^0.8): a few large universities, a long tail of small ones.
        double[] cumulative = new double[institutions];
        double total = 0;
        for (int k = 0; k < institutions; k++) {
            total += 1 / Math.pow(k + 1, 0.8);
            cumulative[k] = total;
        }
        double sum = total;
        java.util.function.IntSupplier institution = () -> {
            int k = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            return Math.min(k < 0 ? -k - 1 : k, institutions - 1);
        };

        List<Assessor> assessors = new ArrayList<>();
        int[] institutionOf = new int[assessorCount];
        Map<Integer, List<UUID>> byInstitution = new HashMap<>();
        for (int j = 0; j < assessorCount; j++) {
            UUID id = new UUID(1, j);
            institutionOf[j] = institution.getAsInt();
            byInstitution.computeIfAbsent(institutionOf[j], k -> new ArrayList<>()).add(id);
            boolean senior = random.nextInt(100) < 35;
            boolean mayLead = random.nextInt(100) >= 30; // times_as_second >= 3
            Set<String> specialisms = new HashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                specialisms.add(SPECIALISMS.get(random.nextInt(SPECIALISMS.size())));
            }
            assessors.add(new Assessor(id, "Assessor " + j, senior ? SENIOR_HOLDER : CMALT_HOLDER, mayLead,
                    minCapacity + random.nextInt(maxCapacity - minCapacity + 1), random.nextInt(100) < 5, specialisms,
                    random.nextInt(4)));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < submissionCount; i++) {
            int roll = random.nextInt(100);
            String pathway = roll < 30 ? "associate" : roll < 85 ? "cmalt" : "senior";
            Map<UUID, String> conflicts = new HashMap<>();
            for (UUID colleague : byInstitution.getOrDefault(institution.getAsInt(), List.of())) {
                conflicts.put(colleague, "same institution");
            }
            if (random.nextInt(100) < 3) {
                conflicts.putIfAbsent(assessors.get(random.nextInt(assessorCount)).id(), "line manager");
            }
            if (random.nextInt(100) < 5) {
                conflicts.putIfAbsent(assessors.get(random.nextInt(assessorCount)).id(), "declared");
            }
            Set<String> specialisms = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                specialisms.add(SPECIALISMS.get(random.nextInt(SPECIALISMS.size())));
            }
            UUID suggestion = random.nextInt(5) == 0 ? assessors.get(random.nextInt(assessorCount)).id() : null;
            submissions.add(new Submission(new UUID(2, i), "W-" + (10000 + i), pathway, specialisms, suggestion, conflicts));
        }
        return new AllocationProblem(submissions, assessors, PATHWAY_NAMES);
    }

    static long honoured(AllocationProblem problem, AllocationProposal proposal) {
        Map<UUID, Submission> byId = new HashMap<>();
        problem.submissions().forEach(s -> byId.put(s.id(), s));
        return proposal.pairs().stream().filter(p -> {
            UUID suggested = byId.get(p.submission()).suggestedAssessor();
            return suggested != null && (suggested.equals(p.lead()) || suggested.equals(p.second()));
        }).count();
    }

    /** The third tier of the solver's objective, from the rules: specialism misses, and 2 x (load + k) per place taken. */
    static long cost(AllocationProblem problem, AllocationProposal proposal) {
        Map<UUID, Submission> submissions = new HashMap<>();
        problem.submissions().forEach(s -> submissions.put(s.id(), s));
        Map<UUID, Assessor> assessors = new HashMap<>();
        problem.assessors().forEach(a -> assessors.put(a.id(), a));
        Map<UUID, Integer> taken = new HashMap<>();
        long cost = 0;
        for (Pair p : proposal.pairs()) {
            for (UUID id : List.of(p.lead(), p.second())) {
                Assessor a = assessors.get(id);
                cost += SPECIALISM_MISS * submissions.get(p.submission()).specialisms().stream()
                        .filter(w -> !a.specialisms().contains(w)).count();
                int k = taken.merge(id, 1, Integer::sum);
                cost += (long) LOAD_STEP * (a.load() + k);
            }
        }
        return cost;
    }

    /** Nearest rank, over sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The host's 1, 5 and 15 minute load averages (the machine is shared: read every figure beside it). */
    static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String ms(long nanos) {
        return String.format("%,d ms", nanos / 1_000_000);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
