package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.core.LoadLimits;
import vn.gov.angiang.thidua.core.RuleFolderListener;
import vn.gov.angiang.thidua.core.RuleSetOptions;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.Scenarios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a watched rule folder takes to serve a good edit: from the write of the edited DRL file to the
 * first evaluation that names the new set, with {@code -Dprobe.threads=4} threads evaluating the sample
 * dossiers all the while, and the same edits with no thread evaluating as the baseline of the same run.
 * The folder is the embedded 2026 set exported with its scenario files, gated by {@code Scenarios.gate()}.
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar vn.gov.angiang.thidua.benchmarks.ReloadProbe
 * </pre>
 * Run it from the repository root (it reads {@code examples/dossiers}); {@code -Dprobe.edits=N} edits per
 * phase (default 3). The last line is one {@code RESULT …} line for scripts.
 */
public final class ReloadProbe {

    private ReloadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("probe.threads", 4);
        int edits = Integer.getInteger("probe.edits", 3);
        Path dir = Files.createTempDirectory("thidua-reload-probe-");
        RuleSets.exportDefaults(dir, true);
        String drl = RuleSource.fromDirectory(dir).files().keySet().iterator().next();
        List<Dossier> dossiers = new ArrayList<>(Samples.all().values());
        BlockingQueue<RuleSetInfo> reloaded = new LinkedBlockingQueue<>();
        AtomicLong refusals = new AtomicLong();
        RuleFolderListener listener = new RuleFolderListener() {
            @Override
            public void reloaded(RuleSetInfo now, RuleSetInfo before) {
                reloaded.add(now);
            }

            @Override
            public void rejected(RuleSetInfo stillInUse, vn.gov.angiang.thidua.core.RuleFolderSnapshot candidate,
                                 List<vn.gov.angiang.thidua.api.RuleSetException.Problem> problems, List<String> failed) {
                refusals.incrementAndGet();
                System.out.println("refused " + candidate + ": " + problems + failed);
            }
        };
        // No cache folder: every edit is new, so each is compiled; the compile time limit raised, so that a
        // loaded machine measures a slow reload instead of a refusal.
        RuleSetOptions options = RuleSetOptions.defaults()
                .withLoadLimits(LoadLimits.defaults().withCompileTime(java.time.Duration.ofMinutes(5)));
        long started = System.nanoTime();
        try (ReloadableEvaluator rules = RuleSets.watch(dir, listener, Scenarios.gate(), options)) {
            System.out.printf("watching %s: first set in use after %d ms%n", dir, (System.nanoTime() - started) / 1_000_000);
            long[] baseline = serve(rules, dir, drl, dossiers, reloaded, 0, edits, "baseline");
            long[] loaded = serve(rules, dir, drl, dossiers, reloaded, threads, edits, "loaded");
            long base = median(baseline);
            long under = median(loaded);
            System.out.printf("RESULT reload-ms baseline(0 threads) median=%d loaded(%d threads) median=%d max=%d"
                            + " ratio=%.2f refusals=%d cpus=%d%n", base, threads, under, max(loaded),
                    (double) under / base, refusals.get(), Runtime.getRuntime().availableProcessors());
        }
    }

    /** Writes {@code edits} good edits one after another; each time, the ms until an evaluation names the new set. */
    private static long[] serve(ReloadableEvaluator rules, Path dir, String drl, List<Dossier> dossiers,
                                BlockingQueue<RuleSetInfo> reloaded, int threads, int edits, String phase)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong evaluations = new AtomicLong();
        List<Thread> evaluating = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (int i = offset; !stop.get(); i++) {
                    rules.evaluate(dossiers.get(i % dossiers.size()), Samples.CONSIDERED_ON);
                    evaluations.incrementAndGet();
                }
            }, "evaluating-" + t);
            thread.setDaemon(true);
            thread.start();
            evaluating.add(thread);
        }
        Thread.sleep(threads == 0 ? 0 : 2_000); // the evaluating threads at full speed before the first edit
        long[] ms = new long[edits];
        Path file = dir.resolve(drl);
        for (int e = 0; e < edits; e++) {
            String text = Files.readString(file, StandardCharsets.UTF_8)
                    + "\n// sửa " + phase + " " + e + " / edit " + phase + " " + e + "\n";
            long written = System.nanoTime();
            Files.writeString(file, text, StandardCharsets.UTF_8);
            RuleSetInfo now = reloaded.poll(120, TimeUnit.SECONDS);
            if (now == null) {
                throw new IllegalStateException("no reload within 120 s (refused or still compiling)");
            }
            // Served: the next evaluation names the new set (the swap is atomic, so this is at once).
            String sha = rules.evaluate(dossiers.get(0), Samples.CONSIDERED_ON).ruleSet().sha256();
            ms[e] = (System.nanoTime() - written) / 1_000_000;
            System.out.printf("%s edit %d: served %s in %d ms (%d evaluations meanwhile)%n", phase, e,
                    sha.substring(0, 12), ms[e], evaluations.get());
            Thread.sleep(500);
        }
        stop.set(true);
        for (Thread t : evaluating) {
            t.join();
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }
}
