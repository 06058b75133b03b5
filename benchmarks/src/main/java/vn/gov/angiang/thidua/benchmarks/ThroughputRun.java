package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.ParallelBatch;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;
import vn.gov.angiang.thidua.core.EvaluationThreads;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * One JVM, one set of generated dossiers (JSON Lines, {@link GeneratedDossiers}), every way of handling
 * them timed in turn, round after round, so that each ratio compares figures of the same minutes:
 * parse only (the input floor), the hand-written evaluator of the whole spec ({@link FullHandWritten}), the DRL evaluator as shipped on one thread and
 * on every core, and end to end (JSON Lines in, JSON Lines out) on one thread and on every core.
 * <pre>java -cp benchmarks.jar vn.gov.angiang.thidua.benchmarks.ThroughputRun [dossiers=4000] [rounds=5]</pre>
 * Prints dossiers per second per round, the median, and the medians of the per-round ratios.
 */
public final class ThroughputRun {

    private static final String HAND = "hand-written (whole spec)";
    private static final String DRL_1 = "DRL, 1 thread";

    private ThroughputRun() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int cores = Runtime.getRuntime().availableProcessors();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new GeneratedDossiers(2026).writeJsonLines(count, buffer);
        byte[] jsonLines = buffer.toByteArray();
        Evaluator drl = RuleSets.defaults();
        DossierReader reader = new DossierReader();
        List<Dossier> dossiers = new ArrayList<>();
        reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES, r -> {
            if (r instanceof DossierRead.Ok ok) {
                dossiers.add(ok.dossier());
            }
        });
        System.out.printf(Locale.ROOT, "%d dossiers (%d read without error), %.0f bytes each on average, %d cores%n",
                count, dossiers.size(), (double) jsonLines.length / count, cores);
        ExecutorService pool = Executors.newFixedThreadPool(cores, EvaluationThreads.factory("bench"));
        Map<String, LongSupplier> modes = new LinkedHashMap<>();
        modes.put("parse only", () -> {
            long[] n = {0};
            reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES, r -> n[0]++);
            return n[0];
        });
        Evaluator hand = new FullHandWritten(drl.ruleSet());
        modes.put(HAND, () -> {
            for (Dossier d : dossiers) {
                hand.evaluate(d, Samples.CONSIDERED_ON);
            }
            return dossiers.size();
        });
        modes.put(DRL_1, () -> {
            for (Dossier d : dossiers) {
                drl.evaluate(d, Samples.CONSIDERED_ON);
            }
            return dossiers.size();
        });
        modes.put("DRL, " + cores + " threads", () -> onAllCores(pool, cores, dossiers, drl));
        modes.put("end to end, 1 thread", () -> {
            BatchEvaluation batch = new BatchEvaluation(drl, Samples.CONSIDERED_ON, false);
            long[] bytes = {0};
            reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES,
                    r -> bytes[0] += written(batch.evaluate(r)));
            return bytes[0] > 0 ? count : -1;
        });
        modes.put("end to end, " + cores + " threads", () -> {
            BatchEvaluation batch = new BatchEvaluation(drl, Samples.CONSIDERED_ON, false);
            long[] bytes = {0};
            try (ParallelBatch parallel = new ParallelBatch(batch, cores, EvaluationThreads.factory("e2e"))) {
                reader.split(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES,
                        p -> parallel.submit(p, (read, outcome) -> bytes[0] += written(outcome)));
            }
            return bytes[0] > 0 ? count : -1;
        });
        Map<String, double[]> rates = new LinkedHashMap<>();
        modes.keySet().forEach(m -> rates.put(m, new double[rounds]));
        for (int warm = 0; warm < 2; warm++) { // Drools and the JIT take long to warm up
            modes.values().forEach(LongSupplier::getAsLong);
        }
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
            for (Map.Entry<String, LongSupplier> m : modes.entrySet()) {
                long start = System.nanoTime();
                long n = m.getValue().getAsLong();
                double rate = n / ((System.nanoTime() - start) / 1e9);
                rates.get(m.getKey())[r] = rate;
                line.append(String.format(Locale.ROOT, "  %s %,.0f/s", m.getKey(), rate));
            }
            System.out.println(line);
        }
        pool.shutdownNow();
        System.out.println();
        System.out.println("| mode | dossiers/s (median; min–max) | ÷ parse only | ÷ hand-written | ÷ DRL, 1 thread |");
        System.out.println("|---|---|---|---|---|");
        for (String m : modes.keySet()) {
            double[] rs = rates.get(m).clone();
            Arrays.sort(rs);
            System.out.printf(Locale.ROOT, "| %s | %,.0f (%,.0f–%,.0f) | %s | %s | %s |%n", m, median(rates.get(m)),
                    rs[0], rs[rs.length - 1], ratio(rates, m, "parse only"), ratio(rates, m, HAND),
                    ratio(rates, m, DRL_1));
        }
        System.out.println();
        System.out.println("DRL, 1 thread ÷ hand-written (whole spec), median of the rounds: " + ratio(rates, DRL_1, HAND)
                + " (target: at least 0.100)");
    }

    private static long onAllCores(ExecutorService pool, int cores, List<Dossier> dossiers, Evaluator drl) {
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < cores; t++) {
            int from = dossiers.size() * t / cores;
            int to = dossiers.size() * (t + 1) / cores;
            parts.add(pool.submit(() -> dossiers.subList(from, to).forEach(d -> drl.evaluate(d, Samples.CONSIDERED_ON))));
        }
        for (Future<?> f : parts) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return dossiers.size();
    }

    private static long written(Outcome o) {
        return (DossierJson.writeLine(o) + "\n").getBytes(StandardCharsets.UTF_8).length;
    }

    /** The median of the per-round ratios of {@code a} to {@code b}: each round's figures are of the same minutes. */
    private static String ratio(Map<String, double[]> rates, String a, String b) {
        double[] x = rates.get(a);
        double[] y = rates.get(b);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] / y[i];
        }
        return String.format(Locale.ROOT, "%.3f", median(r));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static {
        // the harness's own output: no SLF4J chatter from Drools in the table
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
}
