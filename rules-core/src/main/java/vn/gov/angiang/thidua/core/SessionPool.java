package vn.gov.angiang.thidua.core;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions of one compiled rule set, reset and used again. A new session builds its node and segment
 * memories as the facts reach them, a quarter of an evaluation's time in the profile; a reset session
 * keeps them, emptied. Reset also removes every event listener, so nothing of one dossier reaches the
 * next. A session an evaluation ended in failure is disposed of, never reused: a rule stopped halfway
 * may leave it in any state.
 * <p>
 * At most {@link #MAX_IDLE} sessions wait idle (one per thread evaluating at once is all that is ever
 * needed); any more are disposed of when given back.
 */
final class SessionPool {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);
    static final int MAX_IDLE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final CompiledRuleSet ruleSet;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    SessionPool(CompiledRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /** An empty session with no listeners: an idle one if there is one, else a new one. */
    KieSession take() {
        KieSession s = idle.poll();
        if (s != null) {
            idleCount.decrementAndGet();
            return s;
        }
        return ruleSet.kieBase().newKieSession();
    }

    /** A session whose evaluation finished normally: reset for the next dossier, or disposed of. */
    void giveBack(KieSession s) {
        if (s instanceof StatefulKnowledgeSessionImpl impl && reserveIdleSlot()) {
            try {
                impl.reset();
                idle.offer(s);
                return;
            } catch (RuntimeException e) {
                LOG.debug("A session could not be reset: disposed of", e);
                idleCount.decrementAndGet();
            }
        }
        discard(s);
    }

    private boolean reserveIdleSlot() {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            return true;
        }
        idleCount.decrementAndGet();
        return false;
    }

    /** A session that is not to be used again. */
    static void discard(KieSession s) {
        try {
            s.dispose();
        } catch (Throwable e) { // the session is dropped either way; its memory goes with it
            LOG.debug("Disposing of a session failed", e);
        }
    }
}
