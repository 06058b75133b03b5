package vn.gov.angiang.thidua.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.util.concurrent.TimeUnit;

/**
 * Dossiers evaluated per second by the default rule set, one stateless session per dossier (what
 * {@code evaluator.evaluate} does), against the hand-written evaluator of the whole spec ({@link FullHandWritten}) over the same dossier.
 * {@code -p mode=exec,classic,kjar} compares build modes; the default measures the engine's own
 * (executable model compiled at start).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class EvaluateBenchmark {

    @State(Scope.Benchmark)
    public static class Input {
        /** {@code small}: the draft sample (17 items); {@code largest}: sample 02 (31 items); 200 generated items. */
        @Param({"small", "largest", "generated200"})
        public String dossier;
        Dossier d;

        @Setup(Level.Trial)
        public void load() {
            d = Samples.named(dossier);
        }
    }

    /** One evaluator for the whole trial, shared by all threads, as a host shares it. */
    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"exec"})
        public String mode;
        InspectableEvaluator evaluator;
        FullHandWritten handWritten;

        @Setup(Level.Trial)
        public void build() {
            evaluator = BuildMode.of(mode).evaluator(RuleSets.defaultSource());
            handWritten = new FullHandWritten(evaluator.ruleSet());
        }
    }

    @Benchmark
    public Evaluation drools(Engine engine, Input input) {
        return engine.evaluator.evaluate(input.d, Samples.CONSIDERED_ON);
    }

    /** Two threads sharing one evaluator; the score is their sum. */
    @Benchmark
    @Threads(2)
    public Evaluation drools2Threads(Engine engine, Input input) {
        return engine.evaluator.evaluate(input.d, Samples.CONSIDERED_ON);
    }

    /** The whole spec in plain Java, the same evaluation: the compute floor. */
    @Benchmark
    public Evaluation handWritten(Engine engine, Input input) {
        return engine.handWritten.evaluate(input.d, Samples.CONSIDERED_ON);
    }
}
