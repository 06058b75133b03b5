package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/**
 * Evaluates dossiers against one rule set. Implementations are thread-safe: share one instance.
 */
public interface Evaluator {

    /**
     * Evaluates one dossier as of the day it is considered (exclusions and receipt are judged on that day).
     *
     * @throws InvalidDossierException when the dossier breaks the format (a required field missing, a null
     *                                 list item, a count below zero, …)
     * @throws RuleSetException        when the rules fail on the dossier
     */
    Evaluation evaluate(Dossier dossier, LocalDate consideredOn);

    /** As {@link #evaluate}, with the trace of the rules that fired, in order. */
    Evaluation explain(Dossier dossier, LocalDate consideredOn);

    /** The rule set this evaluator applies now. */
    RuleSetInfo ruleSet();
}
