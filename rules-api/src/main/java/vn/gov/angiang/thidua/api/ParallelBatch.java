package vn.gov.angiang.thidua.api;

import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.PendingRead;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BatchEvaluation} on several threads: records are parsed and evaluated on {@code threads}
 * worker threads, and their outcomes handed to their sinks in input order, on the thread that submits,
 * with the same outcomes (the duplicate-id warning included) as one thread gives. At most
 * {@code window} records are in flight, so memory stays constant however long the batch. Not
 * thread-safe: one thread submits.
 * <pre>
 * try (ParallelBatch parallel = new ParallelBatch(batch, Runtime.getRuntime().availableProcessors())) {
 *     reader.split(in, InputFormat.JSON_LINES, pending -> parallel.submit(pending, (read, outcome) -> write(outcome)));
 * }
 * </pre>
 */
public final class ParallelBatch implements AutoCloseable {

    /** Receives one outcome, in input order, on the submitting thread. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Takes one outcome.
         *
         * @param read    the record as read (its index, the dossier or its error)
         * @param outcome its evaluation or error record
         */
        void accept(DossierRead read, Outcome outcome);
    }

    /** Records in flight per worker: enough to keep every core busy while one slow dossier holds the head. */
    private static final int WINDOW_PER_THREAD = 64;

    private record Done(DossierRead read, Outcome outcome) {
    }

    private record Entry(CompletableFuture<Done> done, Sink sink) {
    }

    private final BatchEvaluation batch;
    private final ExecutorService workers;
    private final int window;
    private final ArrayDeque<Entry> inFlight = new ArrayDeque<>();
    /** A sink has thrown: what is still in flight is dropped, not handed on. */
    private boolean failed;

    /**
     * {@code threads} workers, made by a factory of daemon threads named {@code thidua-N}.
     *
     * @param batch   the batch whose evaluator and day apply, and which warns of repeated ids in input order
     * @param threads how many workers parse and evaluate, at least 1
     */
    public ParallelBatch(BatchEvaluation batch, int threads) {
        this(batch, threads, daemons());
    }

    /**
     * {@code threads} workers made by {@code threadFactory}.
     *
     * @param batch         the batch whose evaluator and day apply, and which warns of repeated ids in input order
     * @param threads       how many workers parse and evaluate, at least 1
     * @param threadFactory makes the workers (rules-core's {@code EvaluationThreads.factory} gives cheaper budgets)
     */
    public ParallelBatch(BatchEvaluation batch, int threads, ThreadFactory threadFactory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.batch = Objects.requireNonNull(batch, "batch");
        this.workers = Executors.newFixedThreadPool(threads, Objects.requireNonNull(threadFactory, "threadFactory"));
        this.window = WINDOW_PER_THREAD * threads;
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "thidua-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Parses and evaluates {@code record} on a worker; {@code sink} gets its outcome after those of every
     * record submitted before. Blocks while the window is full, handing finished outcomes to their sinks;
     * what a sink throws is thrown here.
     *
     * @param record the next record of the batch
     * @param sink   what receives its outcome
     */
    public void submit(PendingRead record, Sink sink) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(sink, "sink");
        CompletableFuture<Done> done = CompletableFuture.supplyAsync(() -> {
            DossierRead read = record.read();
            return new Done(read, batch.evaluateAlone(read));
        }, workers);
        inFlight.add(new Entry(done, sink));
        while (!inFlight.isEmpty() && (inFlight.size() > window || inFlight.peek().done().isDone())) {
            deliver(inFlight.poll());
        }
    }

    private void deliver(Entry entry) {
        Done d;
        failed = true; // until the sink has taken it
        try {
            d = entry.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ThiDuaException("interrupted while evaluating a batch", e);
        } catch (ExecutionException e) {
            // Outcomes are never exceptions: only an Error (out of memory in the parser, say) gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ThiDuaException("a batch worker failed: " + e.getCause(), e.getCause());
        }
        entry.sink().accept(d.read(), batch.inOrder(d.read(), d.outcome()));
        failed = false;
    }

    /** Hands every outcome still in flight to its sink, in order, and stops the workers. */
    @Override
    public void close() {
        try {
            while (!failed && !inFlight.isEmpty()) {
                deliver(inFlight.poll());
            }
        } finally {
            inFlight.forEach(e -> e.done().cancel(false));
            inFlight.clear();
            workers.shutdownNow();
        }
    }
}
