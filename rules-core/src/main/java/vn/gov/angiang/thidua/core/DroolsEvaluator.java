package vn.gov.angiang.thidua.core;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierValidator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Evaluator} of a compiled DRL rule set. One knowledge base is shared by all threads; each
 * evaluation runs in a session of its own, phase by phase, and is disposed of. {@link #reload} swaps
 * the rule set atomically: evaluations already running finish on the rule set they started with.
 */
public final class DroolsEvaluator implements Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEvaluator.class);
    /** Rule firings allowed per fact before an evaluation is taken for a loop in the rules. */
    private static final int FIRINGS_PER_FACT = 200;
    private static final int BASE_FIRINGS = 10_000;

    private final AtomicReference<CompiledRuleSet> current;

    DroolsEvaluator(CompiledRuleSet ruleSet) {
        this.current = new AtomicReference<>(ruleSet);
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
        return run(dossier, consideredOn, false, null);
    }

    @Override
    public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
        return run(dossier, consideredOn, true, null);
    }

    /** Evaluates and tells {@code firedRules} the name of every rule that fired (rule coverage). */
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn, java.util.function.Consumer<String> firedRules) {
        return run(dossier, consideredOn, false, firedRules);
    }

    @Override
    public RuleSetInfo ruleSet() {
        return current.get().info();
    }

    /** The names of every rule of the rule set in use. */
    public List<String> ruleNames() {
        return current.get().ruleNames();
    }

    /**
     * Compiles {@code source} and, if it compiles, puts it in use for every later evaluation. If it
     * does not, the rule set in use stays and the problems are thrown.
     */
    public RuleSetInfo reload(RuleSource source) {
        CompiledRuleSet next = RuleSetCompiler.compile(source);
        CompiledRuleSet previous = current.getAndSet(next);
        LOG.info("Rule set reloaded: {} {} ({}) replaces {} {}", next.info().id(), next.info().version(),
                next.info().sha256(), previous.info().id(), previous.info().version());
        return next.info();
    }

    private Evaluation run(Dossier dossier, LocalDate consideredOn, boolean explain,
                           java.util.function.Consumer<String> firedRules) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(consideredOn, "consideredOn");
        DossierValidator.check(dossier);
        CompiledRuleSet ruleSet = current.get();
        List<Object> facts = Facts.of(dossier, consideredOn);
        List<String> trace = explain ? new ArrayList<>() : null;
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        KieSession session;
        try {
            session = ruleSet.kieBase().newKieSession();
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' cannot open a session: "
                    + e.getMessage(), e);
        }
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        insertedBy.put(event.getObject(), event.getRule().getName());
                    }
                }
            });
            if (explain || firedRules != null) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        String name = event.getMatch().getRule().getName();
                        if (trace != null) {
                            trace.add(name);
                        }
                        if (firedRules != null) {
                            firedRules.accept(name);
                        }
                    }
                });
            }
            for (Object f : facts) {
                session.insert(f);
            }
            for (int i = Phases.ORDER.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(Phases.ORDER.get(i)).setFocus();
            }
            int limit = BASE_FIRINGS + FIRINGS_PER_FACT * facts.size();
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' did not finish dossier '"
                        + dossier.id() + "' within " + limit + " rule firings: a rule probably re-fires itself"
                        + " (quy tắc lặp vô hạn)", List.of());
            }
            List<Object> derived = new ArrayList<>(session.getObjects());
            return EvaluationAssembler.assemble(dossier, consideredOn, ruleSet.info(), derived, insertedBy, trace);
        } catch (ThiDuaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + ruleSet.info().id() + "' failed on dossier '" + dossier.id()
                    + "': " + e.getMessage() + " (lỗi khi áp dụng quy tắc)", e);
        } finally {
            session.dispose();
        }
    }
}
