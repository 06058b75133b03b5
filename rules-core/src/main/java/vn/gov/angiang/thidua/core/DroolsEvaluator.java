package vn.gov.angiang.thidua.core;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * limit ({@link #DEFAULT_TIME_LIMIT}, or the system property {@code thidua.timeLimit}, e.g. {@code 10s}).
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
        this(new AtomicReference<>(ruleSet), configuredTimeLimit(), origin, compiler);
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

    private static Duration configuredTimeLimit() {
        String value = System.getProperty("thidua.timeLimit");
        if (value == null || value.isBlank()) {
            return DEFAULT_TIME_LIMIT;
        }
        try {
            Duration d = Duration.parse("PT" + value.strip().toUpperCase(java.util.Locale.ROOT));
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        LOG.warn("thidua.timeLimit={} is not a duration such as 5s or 1m: using {}", value, DEFAULT_TIME_LIMIT);
        return DEFAULT_TIME_LIMIT;
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
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        Shared of = sharedOf(ruleSet);
        TablePhase tablePhase = of.table();
        List<Object> key = tablePhase.keyOf(facts);
        TablePhase.Result tables = key == null ? null : tablePhase.get(key);
        // When the tables are not known yet for this key, this session's run of the phase is recorded.
        List<Object> tableFacts = key != null && tables == null ? new ArrayList<>() : null;
        List<String> tableRules = tableFacts == null ? null : new ArrayList<>();
        List<String> tableFired = tableFacts == null ? null : new ArrayList<>();
        boolean[] recording = {tableFacts != null};
        boolean[] clean = {true};
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
        try (Budget.Scope budget = Budget.open(timeLimit.toNanos(), BASE_STEPS + STEPS_PER_FACT * facts.size(),
                (long) MATCHES_PER_FIRING * limit, Math.min(Math.max(BASE_BYTES, MAX_HEAP / 4),
                        BASE_BYTES + BYTES_PER_FACT * facts.size()))) {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        insertedBy.put(event.getObject(), event.getRule().getName());
                        if (recording[0]) {
                            tableFacts.add(event.getObject());
                            tableRules.add(event.getRule().getName());
                        }
                    }
                }

                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    clean[0] = false;
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    clean[0] = false;
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void matchCreated(MatchCreatedEvent event) {
                    budget.matched(event.getMatch().getRule().getName());
                }

                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    budget.firing = event.getMatch().getRule().getName();
                    budget.check();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    budget.firing = null;
                    String name = event.getMatch().getRule().getName();
                    budget.lastFired = name;
                    if (debug) {
                        LOG.debug("Dossier {}: fired \"{}\"", dossier.id(), name);
                    }
                    if (trace != null) {
                        trace.add(name);
                    }
                    if (firedRules != null) {
                        firedRules.accept(name);
                    }
                    if (recording[0]) {
                        tableFired.add(name);
                    }
                }
            });
            try {
                for (Object f : facts) {
                    session.insert(f);
                }
                int fired = 0;
                if (tables != null) {
                    replay(session, tables, insertedBy, trace, firedRules);
                } else if (recording[0]) {
                    session.getAgenda().getAgendaGroup(Phases.ORDER.get(0)).setFocus();
                    fired = session.fireAllRules(limit);
                    recording[0] = false;
                    tablePhase.put(key, new TablePhase.Result(List.copyOf(tableFacts), List.copyOf(tableRules),
                            List.copyOf(tableFired)), clean[0]);
                }
                for (int i = Phases.ORDER.size() - 1; i >= (key == null ? 0 : 1); i--) {
                    session.getAgenda().getAgendaGroup(Phases.ORDER.get(i)).setFocus();
                }
                fired += session.fireAllRules(limit - fired);
                if (fired >= limit) {
                    throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' did not finish dossier '"
                            + dossier.id() + "' within " + limit + " rule firings: a rule probably re-fires itself"
                            + running(budget.lastFired) + " (quy tắc lặp vô hạn)", List.of());
                }
                if (debug) {
                    LOG.debug("Dossier {}: {} rules fired, {}", dossier.id(), fired, budget.used());
                }
                List<Object> derived = new ArrayList<>(session.getObjects());
                Evaluation evaluation = EvaluationAssembler.assemble(dossier, consideredOn, ruleSet.info(), derived,
                        insertedBy, trace);
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
            insertedBy.clear();
        }
        // Described only now, when the session and whatever a runaway rule filled it with are gone.
        throw failure(ruleSet, dossier, failedIn, failed);
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

    /** Inserts the facts the table phase made, as its rules did, instead of firing them again. */
    private static void replay(KieSession session, TablePhase.Result tables, Map<Object, String> insertedBy,
                               List<String> trace, java.util.function.Consumer<String> firedRules) {
        for (int i = 0; i < tables.facts().size(); i++) {
            Object f = tables.facts().get(i);
            session.insert(f);
            insertedBy.put(f, tables.insertedBy().get(i));
        }
        if (trace != null) {
            trace.addAll(tables.fired());
        }
        if (firedRules != null) {
            tables.fired().forEach(firedRules);
        }
    }

    /** The dossier's failure in words: what happened, and in which rule. */
    private RuleSetException failure(CompiledRuleSet ruleSet, Dossier dossier, String firing, Throwable e) {
        Budget.Exceeded exceeded = null;
        for (Throwable t = e; t != null && exceeded == null; t = t.getCause()) {
            if (t instanceof Budget.Exceeded x) {
                exceeded = x;
            }
        }
        String prefix = "Rule set '" + ruleSet.info().id() + "' stopped on dossier '" + dossier.id() + "'";
        if (exceeded != null) {
            String function = null;
            String rule = exceeded.kind == Budget.Exceeded.Kind.MATCHES ? exceeded.where.get(0) : null;
            for (String code : exceeded.where) {
                String owner = rule == null ? ruleSet.ruleOf(code) : null;
                if (owner != null && owner.startsWith(CompiledRuleSet.FUNCTION)) {
                    function = function == null ? owner : function;
                } else if (owner != null) {
                    rule = owner;
                }
            }
            rule = rule != null ? rule : firing;
            String where = (function == null ? "" : running(function) + (rule == null ? "" : ",")) + running(rule);
            LOG.warn("{}: {}{}", prefix, exceeded.getMessage(), where);
            return new RuleSetException(prefix + where + ": " + switch (exceeded.kind) {
                case TIME -> "the time limit of " + timeLimit.toMillis() + " ms was reached (quá thời hạn xét một hồ sơ)";
                case STEPS -> "the rules took more steps than a dossier can need (quy tắc chạy quá nhiều bước)";
                case MATCHES -> "the conditions matched more combinations of facts than a dossier can need"
                        + " (điều kiện ghép quá nhiều tổ hợp dữ kiện)";
                case MEMORY -> "the rules used more memory than a dossier can need (quy tắc dùng quá nhiều bộ nhớ)";
            }, List.of());
        }
        // The message a rule made is cut before it is copied into the log line and the error.
        String what = e instanceof StackOverflowError ? "the rules nest calls too deeply (StackOverflowError)"
                : e instanceof OutOfMemoryError ? "the rules used more memory than a dossier can need"
                + " (quy tắc dùng quá nhiều bộ nhớ)"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Budget.capped(firstLine(e.getMessage())));
        LOG.warn("{}{}: {}", prefix, running(firing), what);
        LOG.debug("The failure of dossier {}", dossier.id(), e);
        return new RuleSetException(prefix + running(firing) + ": " + what + " (lỗi khi áp dụng quy tắc)", e);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String running(String rule) {
        return rule == null ? "" : rule.startsWith(CompiledRuleSet.FUNCTION) ? " in " + rule : " in rule \"" + rule + "\"";
    }
}
