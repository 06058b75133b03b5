package vn.gov.angiang.thidua.core;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import vn.gov.angiang.thidua.api.Dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The engine's floor: Drools alone on the shipped rules (the same precompiled knowledge base that
 * {@link RuleSets#defaults()} loads), with none of the engine's work around it — no budget scope, no
 * listeners, no table phase replayed, no session pool beyond one reset session per thread, no assembly of an
 * evaluation. Each dossier's facts are inserted, the phases focused, the rules fired. What the engine costs
 * above this is ours. (In this package for {@link Facts} and {@link Phases}: a benchmark, not an API.)
 */
public final class EngineFloor {

    private final KieBase kieBase;
    private final ThreadLocal<KieSession> sessions;

    /** The shipped rule set's precompiled knowledge base. */
    public EngineFloor() {
        String kjar = RuleSets.DEFAULT_FOLDER + "/" + Precompiler.KJAR;
        try (InputStream in = RuleSets.class.getClassLoader().getResourceAsStream(kjar)) {
            if (in == null) {
                throw new IllegalStateException("no precompiled rule set on the classpath: " + kjar);
            }
            kieBase = RuleSetCompiler.fromKjar(RuleSets.defaultSource(), in.readAllBytes()).kieBase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions = ThreadLocal.withInitial(kieBase::newKieSession);
    }

    /**
     * Fires the rules on one dossier's facts.
     *
     * @return how many rules fired
     */
    public int fire(Dossier dossier, LocalDate consideredOn) {
        KieSession session = sessions.get();
        try {
            for (Object fact : Facts.of(dossier, consideredOn)) {
                session.insert(fact);
            }
            for (int i = Phases.ORDER.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(Phases.ORDER.get(i)).setFocus();
            }
            return session.fireAllRules();
        } finally {
            ((org.drools.kiesession.session.StatefulKnowledgeSessionImpl) session).reset(); // as SessionPool does
        }
    }
}
