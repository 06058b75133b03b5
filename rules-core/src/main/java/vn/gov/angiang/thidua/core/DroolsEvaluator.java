package vn.gov.angiang.thidua.core;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierValidator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Evaluator} of a compiled DRL rule set. One knowledge base is shared by all threads; each
 * evaluation runs in a session of its own (reset and reused afterwards, see {@link SessionPool}), phase by phase. {@link #reload} swaps
 * the rule set atomically: evaluations already running finish on the rule set they started with.
 * <p>
 * Each evaluation has a budget: a number of rule firings, a number of steps of rule code and a time
 * limit ({@link #DEFAULT_TIME_LIMIT}, or the host's {@link RuleSetOptions#timeLimit()} through {@link #withTimeLimit}).
 * A dossier that exhausts it, and anything a rule throws, {@link Error}s included, fails that dossier
 * alone with a {@link RuleSetException} naming the rule that was running.
 * <p>
 * During an evaluation the MDC holds the dossier's id under {@link RuleSets#MDC_DOSSIER_ID}; at DEBUG, the logger of
 * this class names every rule that fires. Nothing is logged at INFO per dossier.
 */
final class DroolsEvaluator implements InspectableEvaluator, ReloadableEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEvaluator.class);
    /** Rule firings allowed per fact before an evaluation is taken for a loop in the rules. */
    private static final int FIRINGS_PER_FACT = 200;
    private static final int BASE_FIRINGS = 10_000;
    /**
     * Steps of rule code allowed (calls of generated methods, and elements a {@code from} yields): the sample
     * dossiers use 1,400 to 3,300, about 150 per fact; the budget is about a hundredfold, low enough that a
     * runaway rule stops before the matches it makes fill the memory.
     */
    private static final long STEPS_PER_FACT = 1_000;
    private static final long BASE_STEPS = 200_000;
    /**
     * Bytes one evaluation may allocate (garbage included): a sample dossier allocates 0.2 to 0.8 MB, a
     * 200-item one a few MB; a join that builds millions of combinations inside the engine is stopped here
     * long before it fills the heap. An eighth of the heap (16 to 256 MB) and 100 KB a fact, at most a
     * quarter of the heap: two evaluating threads together hold at most half of it (see {@link Budget}
     * for the guard that watches the heap as a whole).
     */
    private static final long MAX_HEAP = Runtime.getRuntime().maxMemory();
    private static final long BASE_BYTES = Math.max(16L << 20, Math.min(256L << 20, MAX_HEAP / 8));
    private static final long BYTES_PER_FACT = 100L << 10;
    /** Matches the engine may build per rule firing allowed: most matches fire, a few are cancelled. */
    private static final int MATCHES_PER_FIRING = 10;
    /** Far above what any dossier needs (milliseconds), low enough that a runaway rule never holds a host. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    private final AtomicReference<CompiledRuleSet> current;
    private final Duration timeLimit;
    /** Where {@link #reload()} reads the rules again from, and how it compiles them; null when there is nowhere. */
    private final Supplier<RuleSource> origin;
    private final Function<RuleSource, CompiledRuleSet> compiler;
    /** What the evaluations of the rule set last used share: its table phase and its idle sessions. */
    private volatile Shared shared;

    /** The table phase ({@link TablePhase}) and the sessions ({@link SessionPool}) of one compiled rule set. */
    private record Shared(CompiledRuleSet ruleSet, TablePhase table, SessionPool sessions) {
    }

    DroolsEvaluator(CompiledRuleSet ruleSet) {
        this(ruleSet, null, null);
    }

    DroolsEvaluator(CompiledRuleSet ruleSet, Supplier<RuleSource> origin, Function<RuleSource, CompiledRuleSet> compiler) {
        this(new AtomicReference<>(ruleSet), DEFAULT_TIME_LIMIT, origin, compiler);
    }

    private DroolsEvaluator(AtomicReference<CompiledRuleSet> current, Duration timeLimit, Supplier<RuleSource> origin,
                            Function<RuleSource, CompiledRuleSet> compiler) {
        this.current = current;
        this.timeLimit = timeLimit;
        this.origin = origin;
        this.compiler = compiler;
    }

    @Override
    public DroolsEvaluator withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + limit);
        }
        return new DroolsEvaluator(current, limit, origin, compiler);
    }

    @Override
    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
        return run(dossier, consideredOn, false, null);
    }

    @Override
    public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
        return run(dossier, consideredOn, true, null);
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn, java.util.function.Consumer<String> firedRules) {
        return run(dossier, consideredOn, false, firedRules);
    }

    @Override
    public RuleSetInfo ruleSet() {
        return current.get().info();
    }

    @Override
    public List<String> ruleNames() {
        return current.get().ruleNames();
    }

    /** Reads the folder (or classpath) the rules came from again; an evaluator of DRL text has nowhere to read. */
    @Override
    public synchronized RuleSetInfo reload() {
        if (origin == null) {
            return ruleSet();
        }
        RuleSource source = origin.get();
        RuleSetInfo before = ruleSet();
        if (source.sha256().equals(before.sha256()) && source.id().equals(before.id())
                && source.version().equals(before.version())) {
            return before;
        }
        return swapIn(compiler.apply(source));
    }

    /** Nothing to stop: this evaluator does not follow its folder. */
    @Override
    public void close() {
    }

    /**
     * Compiles {@code source} and, if it compiles, puts it in use for every later evaluation. If it
     * does not, the rule set in use stays and the problems are thrown.
     */
    RuleSetInfo reload(RuleSource source) {
        return swapIn(RuleSetCompiler.compile(source));
    }

    private RuleSetInfo swapIn(CompiledRuleSet next) {
        CompiledRuleSet previous = use(next);
        LOG.info("Rule set reloaded: {} {} ({}) replaces {} {}", next.info().id(), next.info().version(),
                next.info().sha256(), previous.info().id(), previous.info().version());
        return next.info();
    }

    /** Puts a compiled rule set in use for every later evaluation; returns the one it replaces. */
    CompiledRuleSet use(CompiledRuleSet next) {
        return current.getAndSet(next);
    }

    private Evaluation run(Dossier dossier, LocalDate consideredOn, boolean explain,
                           java.util.function.Consumer<String> firedRules) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(consideredOn, "consideredOn");
        DossierValidator.check(dossier);
        CompiledRuleSet ruleSet = current.get();
        String outerDossier = MDC.get(RuleSets.MDC_DOSSIER_ID);
        MDC.put(RuleSets.MDC_DOSSIER_ID, dossier.id());
        try {
            return run(dossier, consideredOn, explain, firedRules, ruleSet);
        } finally {
            if (outerDossier == null) {
                MDC.remove(RuleSets.MDC_DOSSIER_ID);
            } else {
                MDC.put(RuleSets.MDC_DOSSIER_ID, outerDossier);
            }
        }
    }

    private Evaluation run(Dossier dossier, LocalDate consideredOn, boolean explain,
                           java.util.function.Consumer<String> firedRules, CompiledRuleSet ruleSet) {
        List<Object> facts = Facts.of(dossier, consideredOn);
        boolean debug = LOG.isDebugEnabled();
        List<String> trace = explain ? new ArrayList<>() : null;
        Shared of = sharedOf(ruleSet);
        TablePhase tablePhase = of.table();
        List<Object> key = tablePhase.keyOf(facts);
        TablePhase.Result tables = key == null ? null : tablePhase.get(key);
        SessionPool pool = of.sessions();
        KieSession session;
        try {
            session = pool.take();
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' cannot open a session: "
                    + e.getMessage(), e);
        }
        int limit = BASE_FIRINGS + FIRINGS_PER_FACT * facts.size();
        Throwable failed;
        String failedIn;
        boolean finished = false;
        Firings firings = null;
        try (Budget.Scope budget = Budget.open(timeLimit.toNanos(), BASE_STEPS + STEPS_PER_FACT * facts.size(),
                (long) MATCHES_PER_FIRING * limit, Math.min(Math.max(BASE_BYTES, MAX_HEAP / 4),
                        BASE_BYTES + BYTES_PER_FACT * facts.size()))) {
            firings = new Firings(budget, debug ? LOG : null, dossier.id(), trace, firedRules);
            firings.listenTo(session);
            try {
                for (Object f : facts) {
                    session.insert(f);
                }
                int fired = 0;
                if (tables != null) {
                    firings.replay(session, tables);
                } else if (key != null) { // the tables of this key are not known yet: this run of the phase is kept
                    firings.recordTablePhase();
                    session.getAgenda().getAgendaGroup(Phases.ORDER.get(0)).setFocus();
                    fired = session.fireAllRules(limit);
                    tablePhase.put(key, firings.recorded(), firings.clean());
                }
                for (int i = Phases.ORDER.size() - 1; i >= (key == null ? 0 : 1); i--) {
                    session.getAgenda().getAgendaGroup(Phases.ORDER.get(i)).setFocus();
                }
                fired += session.fireAllRules(limit - fired);
                if (fired >= limit) {
                    throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' did not finish dossier '"
                            + dossier.id() + "' within " + limit + " rule firings: a rule probably re-fires itself"
                            + Failures.running(budget.lastFired) + " (quy tắc lặp vô hạn)", List.of());
                }
                if (debug) {
                    LOG.debug("Dossier {}: {} rules fired, {}", dossier.id(), fired, budget.used());
                }
                List<Object> derived = new ArrayList<>(session.getObjects());
                Evaluation evaluation = EvaluationAssembler.assemble(dossier, consideredOn, ruleSet.info(), derived,
                        firings.insertedBy, trace);
                finished = true;
                return evaluation;
            } catch (ThiDuaException e) {
                throw e;
            } catch (Throwable e) { // a rule's error (even a StackOverflowError) fails this dossier, not the host
                failed = e;
                failedIn = budget.firing;
            }
        } finally {
            if (finished) {
                pool.giveBack(session);
            } else {
                SessionPool.discard(session);
            }
            session = null; // so that what a runaway rule filled it with can be collected before the error is made
            if (firings != null) {
                firings.insertedBy.clear();
            }
        }
        // Described only now, when the session and whatever a runaway rule filled it with are gone.
        throw Failures.describe(ruleSet, dossier, failedIn, failed, timeLimit);
    }

    private Shared sharedOf(CompiledRuleSet ruleSet) {
        Shared s = shared;
        if (s == null || s.ruleSet() != ruleSet) {
            // two threads may both make one: the same table, and each pool works; one is kept
            s = new Shared(ruleSet, TablePhase.of(ruleSet), new SessionPool(ruleSet));
            shared = s;
        }
        return s;
    }
}
