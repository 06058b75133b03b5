package vn.gov.angiang.thidua.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.core.KieBaseEvaluator;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One fresh JVM, one quick answer: how long until the first result, and how fast after that.
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar vn.gov.angiang.thidua.benchmarks.StartupProbe [exec|classic]
 *   java -cp … StartupProbe write-kjar FILE      (compile once, keep the kjar)
 *   java -cp … StartupProbe kjar FILE            (start from that kjar)
 * </pre>
 * Run it from the repository root (it reads {@code examples/dossiers}); {@code -Dprobe.seconds=N}
 * changes the 5 s of the throughput loop. The last line is one {@code RESULT …} line for scripts.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "exec";
        if (mode.equals("write-kjar")) {
            Path file = Path.of(args.length > 1 ? args[1] : "benchmarks/target/rules-kjar.jar");
            Files.write(file, BuildMode.kjar(RuleSets.defaultSource()));
            System.out.printf("wrote %s (%d KB): start from it with `StartupProbe kjar %s`%n", file,
                    Files.size(file) / 1024, file);
            return;
        }
        double seconds = Double.parseDouble(System.getProperty("probe.seconds", "5"));

        long t = System.nanoTime();
        long cpu = processCpuNanos();
        InspectableEvaluator evaluator = switch (BuildMode.of(mode)) {
            case EXEC -> RuleSets.inspect(RuleSets.defaults());
            case CLASSIC -> {
                RuleSource source = RuleSets.defaultSource();
                yield KieBaseEvaluator.of(BuildMode.classic(source), source);
            }
            case KJAR -> {
                if (args.length < 2 || !Files.isRegularFile(Path.of(args[1]))) {
                    throw new IllegalArgumentException("kjar FILE: write one first with `StartupProbe write-kjar FILE`");
                }
                yield KieBaseEvaluator.of(BuildMode.loadKjar(Files.readAllBytes(Path.of(args[1]))),
                        RuleSets.defaultSource());
            }
        };
        long compileMs = ms(t);
        long compileCpuMs = (processCpuNanos() - cpu) / 1_000_000;

        t = System.nanoTime();
        Map<String, Dossier> samples = Samples.all();
        long readMs = ms(t);

        String firstName = samples.keySet().iterator().next();
        t = System.nanoTime();
        Evaluation first = evaluator.evaluate(samples.get(firstName), Samples.CONSIDERED_ON);
        long firstMs = ms(t);
        long startToFirst = ManagementFactory.getRuntimeMXBean().getUptime();
        long startToFirstCpu = processCpuNanos() / 1_000_000;

        JsonNode expected = Samples.expected();
        int matching = 0;
        for (Map.Entry<String, Dossier> s : samples.entrySet()) {
            Evaluation e = evaluator.evaluate(s.getValue(), Samples.CONSIDERED_ON);
            JsonNode x = expected.get(s.getKey());
            if (x != null && x.get("award").asText().equals(e.award().name())
                    && x.get("score").decimalValue().compareTo(e.score()) == 0) {
                matching++;
            }
        }

        List<Dossier> all = List.copyOf(samples.values());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long count = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        t = System.nanoTime();
        long threadCpu = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            evaluator.evaluate(all.get((int) (count % all.size())), Samples.CONSIDERED_ON);
            count++;
        }
        double perSecond = count / ((System.nanoTime() - t) / 1e9);
        double perCpuSecond = count / ((threads.getCurrentThreadCpuTime() - threadCpu) / 1e9);

        System.out.printf("StartupProbe, mode %s; Java %s, %d CPUs%n", mode, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  build rule set (%d rules)          %6d ms  (CPU %d ms)%n", evaluator.ruleNames().size(),
                compileMs, compileCpuMs);
        System.out.printf("  read %d sample dossiers            %6d ms%n", samples.size(), readMs);
        System.out.printf("  first evaluation (%s → %s)  %d ms%n", firstName, first.award(), firstMs);
        System.out.printf("  JVM start → first result          %6d ms  (CPU %d ms)%n", startToFirst, startToFirstCpu);
        System.out.printf("  samples agreeing with expected.json  %d/%d%n", matching, samples.size());
        System.out.printf("  evaluations/s, 1 thread, %.0f s     %8.0f  (%d samples round-robin; %.0f per CPU-second)%n",
                seconds, perSecond, all.size(), perCpuSecond);
        System.out.printf("  metaspace used                    %6d MB%n", metaspaceMb());
        System.out.printf("RESULT mode=%s build_ms=%d build_cpu_ms=%d first_eval_ms=%d start_to_first_ms=%d"
                        + " start_to_first_cpu_ms=%d evals_per_s=%.0f evals_per_cpu_s=%.0f match=%d/%d%n",
                mode, compileMs, compileCpuMs, firstMs, startToFirst, startToFirstCpu, perSecond, perCpuSecond,
                matching, samples.size());
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** CPU time of the whole JVM (all threads: JIT and GC too), which other processes on the machine do not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long metaspaceMb() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                return pool.getUsage().getUsed() >> 20;
            }
        }
        return -1;
    }
}
