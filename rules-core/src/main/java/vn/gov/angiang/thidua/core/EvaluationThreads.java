package vn.gov.angiang.thidua.core;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for a pool that evaluates dossiers: any thread can evaluate, but on these the sandbox's
 * budget, consulted at every step of rule code, costs a field read instead of a ThreadLocal lookup.
 * Daemon threads, named {@code prefix-N}.
 * <pre>new ParallelBatch(batch, cores, EvaluationThreads.factory("thidua"))</pre>
 */
public final class EvaluationThreads {

    private EvaluationThreads() {
    }

    public static ThreadFactory factory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Budget.Carrier(task, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
