package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The heap a compiled rule set keeps: used heap after full collections, before and after
 * {@code RuleSets.defaults()}, and after a second set compiled from a folder (what a reload adds).
 * <pre>THIDUA_CACHE=off java -Xmx512m -cp benchmarks.jar vn.gov.angiang.thidua.benchmarks.RetainedHeap rules-drl/src/main/resources/thidua/rules</pre>
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws Exception {
        Class.forName("org.drools.kiesession.session.StatefulKnowledgeSessionImpl"); // the engine's statics first
        long before = used();
        Evaluator embedded = RuleSets.defaults();
        long one = used();
        Evaluator compiled = RuleSets.fromDirectory(Path.of(args[0]));
        long two = used();
        System.out.printf(Locale.ROOT, "baseline %.1f MB; RuleSets.defaults() keeps %.1f MB; a second set compiled"
                + " from %s keeps %.1f MB more%n", before / 1e6, (one - before) / 1e6, args[0], (two - one) / 1e6);
        List.of(embedded, compiled).forEach(e -> System.out.println(e.ruleSet()));
    }
}
