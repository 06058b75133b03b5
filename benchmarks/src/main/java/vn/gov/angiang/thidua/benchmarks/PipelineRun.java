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
import vn.gov.angiang.thidua.core.EngineFloor;
import vn.gov.angiang.thidua.core.EvaluationThreads;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where a dossier's CPU goes, every part timed in turn in one JVM, round after round, so that each ratio
 * compares figures of the same minutes: parse only (JSON Lines bytes to records), write only (evaluations to
 * JSON Lines bytes), the engine on one thread, the engine's floor ({@link EngineFloor}: Drools alone on the same
 * compiled rules), and end to end (bytes in, bytes out) on one thread and on two.
 * <pre>java -cp benchmarks.jar vn.gov.angiang.thidua.benchmarks.PipelineRun [dossiers=3000] [rounds=5]</pre>
 * Prints, per part, dossiers per second and microseconds of CPU per dossier (the process's CPU time, which
 * other programs on the machine do not inflate), then the ratios the performance issue asks for. The engine
 * with its budget switched off is not measured: rules-core has no way to run it without the budget yet (the
 * slot is {@code BUDGET_OFF} below).
 */
public final class PipelineRun {

    static final String PARSE = "parse only";
    static final String WRITE = "write only";
    static final String ENGINE = "engine, 1 thread";
    static final String FLOOR = "engine floor (Drools alone), 1 thread";
    static final String E2E_1 = "end to end, 1 thread";
    static final String E2E_2 = "end to end, 2 threads";
    /** The engine with its budget off: to add when rules-core can evaluate without the budget (issue 21). */
    static final String BUDGET_OFF = "engine, budget off, 1 thread";

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PipelineRun() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new GeneratedDossiers(2026).writeJsonLines(count, buffer);
        byte[] jsonLines = buffer.toByteArray();
        Evaluator drl = RuleSets.defaults();
        EngineFloor floor = new EngineFloor();
        DossierReader reader = new DossierReader();
        List<Dossier> dossiers = new ArrayList<>();
        reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES, r -> {
            if (r instanceof DossierRead.Ok ok) {
                dossiers.add(ok.dossier());
            }
        });
        List<Outcome> outcomes = new ArrayList<>();
        BatchEvaluation once = new BatchEvaluation(drl, Samples.CONSIDERED_ON, false);
        reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES, r -> outcomes.add(once.evaluate(r)));
        System.out.printf(Locale.ROOT, "%d dossiers (%d read without error), %.0f bytes each on average, %d cores, "
                        + "load average %.2f%n", count, dossiers.size(), (double) jsonLines.length / count,
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

        Map<String, LongSupplier> parts = new LinkedHashMap<>();
        parts.put(PARSE, () -> {
            long[] n = {0};
            reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES, r -> n[0]++);
            return n[0];
        });
        parts.put(WRITE, () -> {
            Counting out = new Counting();
            try (DossierJson.LineWriter lines = DossierJson.lineWriter(out)) {
                outcomes.forEach(lines::write);
            }
            return out.bytes > 0 ? outcomes.size() : -1;
        });
        parts.put(ENGINE, () -> {
            dossiers.forEach(d -> drl.evaluate(d, Samples.CONSIDERED_ON));
            return dossiers.size();
        });
        parts.put(FLOOR, () -> {
            long fired = 0;
            for (Dossier d : dossiers) {
                fired += floor.fire(d, Samples.CONSIDERED_ON);
            }
            return fired > 0 ? dossiers.size() : -1;
        });
        parts.put(E2E_1, () -> {
            BatchEvaluation batch = new BatchEvaluation(drl, Samples.CONSIDERED_ON, false);
            Counting out = new Counting();
            try (DossierJson.LineWriter lines = DossierJson.lineWriter(out)) {
                reader.read(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES,
                        r -> lines.write(batch.evaluate(r)));
            }
            return out.bytes > 0 ? count : -1;
        });
        parts.put(E2E_2, () -> {
            BatchEvaluation batch = new BatchEvaluation(drl, Samples.CONSIDERED_ON, false);
            Counting out = new Counting();
            try (DossierJson.LineWriter lines = DossierJson.lineWriter(out);
                 ParallelBatch parallel = new ParallelBatch(batch, 2, EvaluationThreads.factory("e2e"))) {
                reader.split(new ByteArrayInputStream(jsonLines), InputFormat.JSON_LINES,
                        p -> parallel.submit(p, (read, outcome) -> lines.write(outcome)));
            }
            return out.bytes > 0 ? count : -1;
        });

        Map<String, double[]> rate = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        parts.keySet().forEach(p -> {
            rate.put(p, new double[rounds]);
            cpu.put(p, new double[rounds]);
        });
        for (int warm = 0; warm < 2; warm++) { // Drools and the JIT take long to warm up
            parts.values().forEach(LongSupplier::getAsLong);
        }
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
            for (Map.Entry<String, LongSupplier> p : parts.entrySet()) {
                long cpu0 = OS.getProcessCpuTime();
                long start = System.nanoTime();
                long n = p.getValue().getAsLong();
                long wall = System.nanoTime() - start;
                long used = OS.getProcessCpuTime() - cpu0;
                rate.get(p.getKey())[r] = n / (wall / 1e9);
                cpu.get(p.getKey())[r] = used / 1e3 / n;
                line.append(String.format(Locale.ROOT, "  %s %,.0f/s %.1f µs CPU", p.getKey(), rate.get(p.getKey())[r],
                        cpu.get(p.getKey())[r]));
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n%n", OS.getSystemLoadAverage());
        System.out.println("| part | dossiers/s (median; min–max) | µs of wall a dossier | µs of CPU a dossier |");
        System.out.println("|---|---|---|---|");
        for (String p : parts.keySet()) {
            double[] rs = rate.get(p).clone();
            Arrays.sort(rs);
            System.out.printf(Locale.ROOT, "| %s | %,.0f (%,.0f–%,.0f) | %.1f | %.1f |%n", p, median(rate.get(p)),
                    rs[0], rs[rs.length - 1], 1e6 / median(rate.get(p)), median(cpu.get(p)));
        }
        System.out.printf(Locale.ROOT, "| %s | not measured: no way yet to run the engine without its budget | | |%n",
                BUDGET_OFF);
        System.out.println();
        double[] share = new double[rounds];
        double[] readWriteVsEngine = new double[rounds];
        double[] twoThreads = new double[rounds];
        double[] floorRatio = new double[rounds];
        double[] e2eVsEngine = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double parse = 1 / rate.get(PARSE)[r];
            double write = 1 / rate.get(WRITE)[r];
            double engine = 1 / rate.get(ENGINE)[r];
            share[r] = (parse + write) / (parse + write + engine);
            readWriteVsEngine[r] = engine / (parse + write);
            twoThreads[r] = rate.get(E2E_2)[r] / (2 * rate.get(ENGINE)[r]);
            floorRatio[r] = rate.get(ENGINE)[r] / rate.get(FLOOR)[r];
            e2eVsEngine[r] = rate.get(E2E_1)[r] / rate.get(ENGINE)[r];
        }
        double parseCpu = median(cpu.get(PARSE));
        double writeCpu = median(cpu.get(WRITE));
        double engineCpu = median(cpu.get(ENGINE));
        System.out.printf(Locale.ROOT, "by CPU (firm under load): parse + write, share of parse + write + engine: %.3f"
                + " (target ≤ 0.25); end to end on 2 threads ÷ on 1 thread, CPU a dossier (the cost of handing records"
                + " between threads): %.3f%n", (parseCpu + writeCpu) / (parseCpu + writeCpu + engineCpu),
                median(cpu.get(E2E_2)) / median(cpu.get(E2E_1)));
        System.out.printf(Locale.ROOT, "by wall time: parse + write, share of parse + write + engine: %.3f (target ≤ 0.25)%n",
                median(share));
        System.out.printf(Locale.ROOT, "engine ÷ (parse + write), time a dossier: %.2f (target ≥ 4)%n",
                median(readWriteVsEngine));
        System.out.printf(Locale.ROOT, "end to end, 1 thread ÷ engine, 1 thread: %.3f%n", median(e2eVsEngine));
        System.out.printf(Locale.ROOT, "end to end, 2 threads ÷ twice the engine on 1 thread: %.3f (target ≥ 0.8)%n",
                median(twoThreads));
        System.out.printf(Locale.ROOT, "engine ÷ engine floor (Drools alone), 1 thread: %.3f%n", median(floorRatio));
        System.exit(0);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Output that only counts its bytes. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    static {
        // the harness's own output: no SLF4J chatter from Drools in the table
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
}
