package vn.gov.angiang.thidua.benchmarks;

import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.util.concurrent.TimeUnit;

/**
 * Time to turn the default rule set into a knowledge base, in a JVM that has already done it twice
 * (a reload): executable model (the engine's path), classic MVEL build, and loading an executable-model
 * kjar compiled beforehand. The first build in a fresh JVM is slower: see {@link StartupProbe}, or run
 * this with {@code -wi 0 -i 1 -f 5}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(3)
public class CompileBenchmark {

    @State(Scope.Benchmark)
    public static class Source {
        RuleSource source;

        @Setup(Level.Trial)
        public void read() {
            source = RuleSets.defaultSource();
        }
    }

    /** The kjar, compiled in setup (untimed); only {@link #kjarLoad} uses it, so the other forks stay cold. */
    @State(Scope.Benchmark)
    public static class Kjar {
        byte[] bytes;

        @Setup(Level.Trial)
        public void compile() {
            bytes = BuildMode.kjar(RuleSets.defaultSource());
        }
    }

    /** What a host pays: {@code RuleSets.load}, the engine's checks of the DRL text and the executable model. */
    @Benchmark
    public InspectableEvaluator engineLoad(Source s) {
        return RuleSets.load(s.source);
    }

    @Benchmark
    public KieBase execModel(Source s) {
        return BuildMode.execModel(s.source);
    }

    @Benchmark
    public KieBase classic(Source s) {
        return BuildMode.classic(s.source);
    }

    @Benchmark
    public KieBase kjarLoad(Kjar kjar) {
        return BuildMode.loadKjar(kjar.bytes);
    }
}
