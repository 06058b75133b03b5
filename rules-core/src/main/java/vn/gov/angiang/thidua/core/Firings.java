package vn.gov.angiang.thidua.core;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one evaluation's session does, as it happens: every match counted against the budget, the rule
 * that is firing (for a failure's message), which rule inserted each fact (reasons name it), the trace and
 * the host's callback of fired rules, and — while the table phase runs for a key not yet known — what it
 * inserts and fires, so that later sessions can replay it ({@link TablePhase}).
 */
final class Firings extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Budget.Scope budget;
    private final Logger debug;
    private final String dossierId;
    private final List<String> trace;
    private final Consumer<String> firedRules;
    final Map<Object, String> insertedBy = new IdentityHashMap<>();
    private List<Object> tableFacts;
    private List<String> tableRules;
    private List<String> tableFired;
    /** False once the table phase updated or deleted a fact: its result cannot be replayed. */
    private boolean clean = true;

    /**
     * @param debug      the logger that names each fired rule, or null when it does not
     * @param trace      where the names of fired rules go for an explanation, or null
     * @param firedRules the host's callback, or null
     */
    Firings(Budget.Scope budget, Logger debug, String dossierId, List<String> trace, Consumer<String> firedRules) {
        this.budget = budget;
        this.debug = debug;
        this.dossierId = dossierId;
        this.trace = trace;
        this.firedRules = firedRules;
    }

    void listenTo(KieSession session) {
        session.addEventListener((RuleRuntimeEventListener) this);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) this);
    }

    /** From now until {@link #recorded()}, what fires and is inserted is the table phase's. */
    void recordTablePhase() {
        tableFacts = new ArrayList<>();
        tableRules = new ArrayList<>();
        tableFired = new ArrayList<>();
    }

    /** What the table phase did since {@link #recordTablePhase()}; recording stops. */
    TablePhase.Result recorded() {
        TablePhase.Result r = new TablePhase.Result(List.copyOf(tableFacts), List.copyOf(tableRules), List.copyOf(tableFired));
        tableFacts = null;
        return r;
    }

    boolean clean() {
        return clean;
    }

    /** Inserts the facts a table phase made, as its rules did, instead of firing them again. */
    void replay(KieSession session, TablePhase.Result tables) {
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

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            insertedBy.put(event.getObject(), event.getRule().getName());
            if (tableFacts != null) {
                tableFacts.add(event.getObject());
                tableRules.add(event.getRule().getName());
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        clean = false;
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        clean = false;
    }

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
        if (debug != null) {
            debug.debug("Dossier {}: fired \"{}\"", dossierId, name);
        }
        if (trace != null) {
            trace.add(name);
        }
        if (firedRules != null) {
            firedRules.accept(name);
        }
        if (tableFacts != null) {
            tableFired.add(name);
        }
    }
}
