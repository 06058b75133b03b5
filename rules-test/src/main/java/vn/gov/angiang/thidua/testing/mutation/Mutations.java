package vn.gov.angiang.thidua.testing.mutation;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.ScenarioResult;
import vn.gov.angiang.thidua.testing.ScenarioSuite;
import vn.gov.angiang.thidua.testing.TestedRules;
import vn.gov.angiang.thidua.testing.mutation.MutantResult.Status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mutation testing of a rule folder: every single-token mutant of its DRL ({@link MutantFinder}) is
 * compiled as a rule set of its own ({@code RuleSets.load}, every check included — a mutant it refuses is
 * stillborn) and the scenarios are run against it, in this JVM, on several threads; it is killed when
 * some case fails. Mutants listed as equivalent are not compiled. With more mutants than
 * {@link #maxMutants}, an even sample runs ({@link MutantSample}); a run stops starting mutants once its
 * time limit has passed.
 * <pre>{@code
 * MutationReport r = Mutations.of(TestedRules.folder(dir), List.of(dir), Equivalents.in(dir)).run();
 * r.survivors();   // what no scenario pins
 * }</pre>
 */
public final class Mutations {

    private final TestedRules original;
    private final List<Path> scenarios;
    private final Equivalents equivalents;
    private final int maxMutants;
    private final Duration timeLimit;
    private final int threads;

    private Mutations(TestedRules original, List<Path> scenarios, Equivalents equivalents, int maxMutants,
                      Duration timeLimit, int threads) {
        this.original = original;
        this.scenarios = List.copyOf(scenarios);
        this.equivalents = equivalents;
        this.maxMutants = maxMutants;
        this.timeLimit = timeLimit;
        this.threads = threads;
    }

    /**
     * Mutants of {@code original}'s rule files, tried against the scenario files among {@code scenarios}
     * (files, or folders searched recursively); no sample, no time limit, one thread per core.
     */
    public static Mutations of(TestedRules original, List<Path> scenarios, Equivalents equivalents) {
        return new Mutations(original, scenarios, equivalents, Integer.MAX_VALUE, null,
                Runtime.getRuntime().availableProcessors());
    }

    /** Run an even sample when there are more mutants than this. */
    public Mutations maxMutants(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxMutants must be at least 1");
        }
        return new Mutations(original, scenarios, equivalents, limit, timeLimit, threads);
    }

    /** Start no mutant after this time has passed (the ones left are reported as not run). */
    public Mutations timeLimit(Duration limit) {
        return new Mutations(original, scenarios, equivalents, maxMutants, limit, threads);
    }

    public Mutations threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return new Mutations(original, scenarios, equivalents, maxMutants, timeLimit, count);
    }

    /**
     * Runs the mutants. The scenarios must pass on the rules as written (else no mutant could survive, and
     * the score would mean nothing): if one fails, this throws {@link ThiDuaException} naming it.
     */
    public MutationReport run() {
        long started = System.nanoTime();
        ScenarioSuite suite = ScenarioSuite.read(vn.gov.angiang.thidua.testing.Scenarios.in(scenarios).files());
        Optional<ScenarioResult> failing = suite.firstFailure(original, "");
        if (failing.isPresent()) {
            throw new ThiDuaException("Các kịch bản phải đạt với bộ quy tắc chưa sửa trước khi thử đột biến / the"
                    + " scenarios must pass on the rules as written before mutants are tried:\n" + failing.get().describe());
        }
        List<Mutant> all = new MutantFinder().find(original.source());
        Map<Mutant, MutantResult> results = new HashMap<>();
        List<Mutant> candidates = new ArrayList<>();
        for (Mutant m : all) {
            Optional<Equivalent> e = equivalents.of(m);
            if (e.isPresent()) {
                results.put(m, new MutantResult(m, Status.EQUIVALENT, e.get().reason(), Duration.ZERO, Duration.ZERO));
            } else {
                candidates.add(m);
            }
        }
        List<Mutant> chosen = MutantSample.sample(candidates, maxMutants);
        long deadline = timeLimit == null ? Long.MAX_VALUE : started + timeLimit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "thidua-mutant");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Mutant, Future<MutantResult>> running = new LinkedHashMap<>();
            for (Mutant m : chosen) {
                running.put(m, pool.submit(() -> System.nanoTime() > deadline
                        ? notRun(m, "không kịp trong thời gian cho phép / not reached within the time limit")
                        : attempt(m, suite)));
            }
            for (Map.Entry<Mutant, Future<MutantResult>> f : running.entrySet()) {
                results.put(f.getKey(), f.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ThiDuaException("mutation run interrupted", e);
        } catch (ExecutionException e) {
            throw new ThiDuaException("a mutant could not be tried: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<MutantResult> inOrder = all.stream().map(m -> results.getOrDefault(m,
                notRun(m, "ngoài mẫu / left out of the sample"))).toList();
        return new MutationReport(inOrder, equivalents.staleAmong(all), Duration.ofNanos(System.nanoTime() - started),
                threads);
    }

    private MutantResult attempt(Mutant m, ScenarioSuite suite) {
        RuleSource source = original.source();
        Map<String, String> files = new LinkedHashMap<>(source.files());
        files.put(m.file(), m.applyTo(files.get(m.file())));
        RuleSource mutated = new RuleSource(source.id(), source.version(), source.origin(), files);
        long t0 = System.nanoTime();
        Evaluator evaluator;
        try {
            evaluator = RuleSets.load(mutated);
        } catch (RuleSetException e) {
            String why = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
            return new MutantResult(m, Status.STILLBORN, why, Duration.ofNanos(System.nanoTime() - t0), Duration.ZERO);
        } catch (RuntimeException e) { // the compiler itself gave up: no rule set to try either
            return new MutantResult(m, Status.STILLBORN, e.toString(), Duration.ofNanos(System.nanoTime() - t0),
                    Duration.ZERO);
        }
        long t1 = System.nanoTime();
        Duration compile = Duration.ofNanos(t1 - t0);
        String killer;
        try {
            killer = suite.firstFailure(new TestedRules(evaluator, mutated), m.file()).map(ScenarioResult::title)
                    .orElse(null);
        } catch (RuntimeException e) { // rules that make the engine fail are noticed by any host
            killer = "đánh giá thất bại / the evaluation failed: " + e;
        }
        Duration run = Duration.ofNanos(System.nanoTime() - t1);
        return killer == null ? new MutantResult(m, Status.SURVIVED, "", compile, run)
                : new MutantResult(m, Status.KILLED, killer, compile, run);
    }

    private static MutantResult notRun(Mutant m, String why) {
        return new MutantResult(m, Status.NOT_RUN, why, Duration.ZERO, Duration.ZERO);
    }
}
