package vn.gov.angiang.thidua.api;

/**
 * An {@link Evaluator} whose rules come from a source that can change — a folder of DRL files that
 * policy staff edit — and can be read again. A reload is atomic: an evaluation that started before it
 * finishes on the rule set it began with, and every {@link Evaluation} names, in
 * {@link Evaluation#ruleSet()}, the rule set that produced it. Thread-safe, like every evaluator.
 * <p>
 * Close it when the host stops: an evaluator that follows a folder stops following it (the rules in
 * use stay usable); for one that does not, closing does nothing.
 */
public interface ReloadableEvaluator extends Evaluator, AutoCloseable {

    /**
     * Reads the rule source again and, if it compiles and passes every check, puts it in use for every
     * later evaluation. An unchanged source is not compiled again.
     *
     * @return the rule set in use afterwards
     * @throws RuleSetException listing the problems when the new rules are refused; the rules in use stay
     */
    RuleSetInfo reload();

    /** Stops following the rule source, if this evaluator follows one; never throws. */
    @Override
    void close();
}
