package vn.gov.angiang.thidua.core;

/**
 * The work one evaluation may do. The compiler puts a call to {@link #tick()} at the start of every
 * method generated from a rule file (conditions, consequences, {@code from} sources, functions), so a
 * rule that runs long is stopped from inside, wherever it is: the wall-clock deadline is looked at
 * every {@value #CHECK_EVERY} ticks, and a fixed number of ticks bounds the work even on a machine
 * that is merely slow. Outside an evaluation a tick does nothing. Public only because generated code
 * calls it; {@link #tick()}, {@link #yielded}, {@link #text} and {@link #flat} are all it offers.
 */
public final class Budget {

    private static final int CHECK_EVERY = 1024;
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
    /** Bytes allocated by the current thread, where the JVM counts them (HotSpot does), else null. */
    private static final com.sun.management.ThreadMXBean ALLOCATION = allocationCounter();

    private Budget() {
    }

    /** Called by generated code; throws {@link Exceeded} once the evaluation has used its budget. */
    public static void tick() {
        Scope s = current();
        if (s != null && ++s.ticks >= s.nextCheck) {
            s.check();
        }
    }

    /**
     * The budget of this thread's evaluation. Generated code ticks millions of times a second, and a
     * ThreadLocal lookup was a tenth of an evaluation's time in the profile: a {@link Carrier} thread
     * holds its budget in a field instead.
     */
    private static Scope current() {
        Thread t = Thread.currentThread();
        if (t instanceof Carrier c) {
            return c.scope;
        }
        // The scope opened last, on whichever thread, is this thread's own when it is the one evaluating:
        // a field read instead of a ThreadLocal lookup. Only its own thread closes a scope, so it never
        // sees its own scope open after closing it; another thread's scope fails the thread check.
        Scope s = last;
        return s != null && s.thread == t && s.open ? s : CURRENT.get();
    }

    /** The scope opened last by any thread that is not a {@link Carrier}; racy on purpose, see {@link #current()}. */
    private static Scope last;

    /** A thread that carries the budget of its evaluation in a field (see {@link EvaluationThreads}). */
    static final class Carrier extends Thread {
        private Scope scope;

        Carrier(Runnable task, String name) {
            super(task, name);
        }
    }

    /**
     * Called by generated code on every object a generated method returns: a collection or array that a
     * {@code from} will turn into as many matches costs one step per element, so that a rule cannot make
     * millions of matches out of a few steps.
     */
    public static void yielded(Object value) {
        // Most generated methods return a fact or a boolean: the type is looked at before the budget.
        long size = value instanceof java.util.Collection<?> c ? c.size()
                : value instanceof Object[] a ? a.length : 0;
        Scope s = size > 0 ? current() : null;
        // Looked at as soon as the steps reach the next check: a large collection at once, a small one
        // with the ticks around it (looking at the clock on every one was a tenth of an evaluation).
        if (s != null && (s.ticks += size) >= s.nextCheck) {
            s.check();
        }
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        try {
            if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
                return t;
            }
        } catch (RuntimeException | LinkageError e) {
            // not this JVM: the other limits still hold
        }
        return null;
    }

    private static long allocated() {
        return ALLOCATION == null ? 0 : ALLOCATION.getCurrentThreadAllocatedBytes();
    }

    /** The longest text rule code may make: twice the longest text a dossier may hold (ReadLimits), and more. */
    public static final int MAX_TEXT = 50_000;
    /** The longest text of a failure that leaves an evaluation (a message, a log line, an error record). */
    static final int MAX_MESSAGE = 500;

    /**
     * Called by generated code on every text a String method or {@code +} made: too long a text is refused
     * (a search in it costs its length times the pattern's), and its length counts as steps, one per 16
     * characters, so that doubling a text is paid for and the memory texts take is bounded by the steps.
     */
    public static void text(String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw tooLong(value.length());
        }
        if (value != null && value.length() >= 64) {
            charge(value.length() / 16);
        }
    }

    static IllegalArgumentException tooLong(long length) {
        return new IllegalArgumentException("a text of " + length + " characters, more than the " + MAX_TEXT
                + " a rule may make (văn bản quá dài)");
    }

    /**
     * Called by generated code on every collection a call returned ({@code List.of}, {@code concat}…): it may
     * hold at most {@link vn.gov.angiang.thidua.vocabulary.Functions#MAX_LIST} elements, each costing a step,
     * and no collections, maps or arrays, so that no traversal of it (equality, membership) can take longer
     * than its size.
     */
    public static void flat(Object collection) {
        if (collection instanceof java.util.Collection<?> c) {
            int size = c.size();
            if (size > vn.gov.angiang.thidua.vocabulary.Functions.MAX_LIST) {
                throw new IllegalArgumentException("a list of " + size + " items, more than the "
                        + vn.gov.angiang.thidua.vocabulary.Functions.MAX_LIST + " a rule may make (danh sách quá dài)");
            }
            charge(size);
            for (Object e : c) {
                if (e instanceof java.util.Collection<?> || e instanceof java.util.Map<?, ?>
                        || (e != null && e.getClass().isArray())) {
                    throw new IllegalArgumentException("a list that holds lists, maps or arrays: rules may not nest"
                            + " collections (danh sách lồng nhau)");
                }
            }
        }
    }

    /**
     * Counts {@code steps} of work about to be done inside one JDK call (see {@link Priced}); checks the
     * budget at once when they reach the next check, so that the work is refused before it is done.
     */
    static void charge(long steps) {
        Scope s = current();
        if (s != null && (s.ticks += steps) >= s.nextCheck) {
            s.check();
        }
    }

    /** A text cut to {@link #MAX_MESSAGE} characters, for what leaves an evaluation. */
    static String capped(String text) {
        return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }

    /** Opens the budget of one evaluation on this thread; close it when the evaluation ends. */
    static Scope open(long deadlineNanos, long maxTicks, long maxMatches) {
        return open(deadlineNanos, maxTicks, maxMatches, Long.MAX_VALUE);
    }

    /** As {@link #open(long, long, long)}, with at most {@code maxBytes} allocated by the evaluation. */
    static Scope open(long deadlineNanos, long maxTicks, long maxMatches, long maxBytes) {
        Scope s = new Scope(current(), System.nanoTime() + deadlineNanos, maxTicks, maxMatches, maxBytes);
        set(s);
        return s;
    }

    private static void set(Scope s) {
        if (Thread.currentThread() instanceof Carrier c) {
            c.scope = s;
        } else if (s == null) {
            CURRENT.remove();
            last = null;
        } else {
            CURRENT.set(s);
            last = s;
        }
    }

    /** The budget of the evaluation running on this thread. */
    static final class Scope implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        /** Written by its own thread only: false once closed. */
        private boolean open = true;
        private final Scope outer;
        private final long deadline;
        private final long maxTicks;
        private final long maxMatches;
        private final long maxBytes;
        private final long allocatedBefore = allocated();
        private long ticks;
        /** The tick count at which {@link #check()} runs next. */
        private long nextCheck = CHECK_EVERY;
        private long matches;
        /** The rule whose consequence is running, or null while conditions are matched. */
        String firing;
        /** The rule that fired last. */
        String lastFired;

        private Scope(Scope outer, long deadline, long maxTicks, long maxMatches, long maxBytes) {
            this.outer = outer;
            this.deadline = deadline;
            this.maxTicks = maxTicks;
            this.maxMatches = maxMatches;
            this.maxBytes = maxBytes;
        }

        /** Throws {@link Exceeded} when the deadline has passed or the ticks are spent. */
        void check() {
            nextCheck = ticks + CHECK_EVERY;
            if (ticks > maxTicks) {
                throw new Exceeded(Exceeded.Kind.STEPS, generatedCallers());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new Exceeded(Exceeded.Kind.TIME, generatedCallers());
            }
            if (maxBytes != Long.MAX_VALUE) {
                long used = allocated() - allocatedBefore;
                // Its own budget; or, when the heap as a whole runs low (whichever thread filled it), any
                // evaluation that has used a quarter of its budget, which no dossier of the plan needs.
                if (used > maxBytes || used > maxBytes / 4 && HeapGuard.low()) {
                    throw new Exceeded(Exceeded.Kind.MEMORY, generatedCallers());
                }
            }
        }

        /**
         * Counts a match the engine made for {@code rule}: every combination of facts a rule's conditions
         * accept is one, built inside the engine where no rule code ticks, so they are counted here.
         */
        void matched(String rule) {
            if (++matches > maxMatches) {
                throw new Exceeded(Exceeded.Kind.MATCHES, java.util.List.of(rule));
            }
            if (matches % CHECK_EVERY == 0) {
                check();
            }
        }

        /** What the evaluation used, for the log. */
        String used() {
            return ticks + " steps, " + matches + " matches, " + (allocated() - allocatedBefore) / 1024 + " KiB allocated";
        }

        @Override
        public void close() {
            open = false;
            set(outer);
        }
    }

    /** The methods generated from the rule files that are running ("pkg.Class.method"), innermost first. */
    private static java.util.List<String> generatedCallers() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> generated(f.getClassName()))
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .toList());
    }

    private static boolean generated(String c) {
        return !c.startsWith("vn.gov.angiang.thidua.") && !c.startsWith("org.drools.")
                && !c.startsWith("org.kie.") && !c.startsWith("java.") && !c.startsWith("jdk.");
    }

    /** The budget is spent: which part of it, and where. No stack trace: it is expected. */
    static final class Exceeded extends RuntimeException {
        enum Kind { TIME, STEPS, MATCHES, MEMORY }

        final Kind kind;
        /** The generated methods that were running ("pkg.Class.method", innermost first), or for MATCHES the rule. */
        final java.util.List<String> where;

        Exceeded(Kind kind, java.util.List<String> where) {
            super(kind + " limit reached", null, false, false);
            this.kind = kind;
            this.where = where;
        }
    }
}
