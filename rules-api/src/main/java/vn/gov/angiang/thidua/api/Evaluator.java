package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/**
 * Evaluates dossiers against one rule set. Implementations are thread-safe: make one when the host
 * starts and share it. Each evaluation runs alone, within a budget of steps and time, so that a dossier
 * the rules fail on fails alone.
 */
public interface Evaluator {

    /**
     * Evaluates one dossier as of the day it is considered (exclusions and receipt are judged on that day).
     *
     * @param dossier      the dossier, read by {@code DossierReader} or built as records
     * @param consideredOn the day the dossier is considered
     * @return the evaluation: award, score, criteria, reasons and warnings
     *
     * @throws InvalidDossierException when the dossier breaks the format (a required field missing, a null
     *                                 list item, a count below zero, …)
     * @throws RuleSetException        when the rules fail on the dossier
     */
    Evaluation evaluate(Dossier dossier, LocalDate consideredOn);

    /**
     * As {@link #evaluate}, with the trace of the rules that fired, in order.
     *
     * @param dossier      the dossier
     * @param consideredOn the day the dossier is considered
     * @return the evaluation, with {@link Evaluation#trace()} set
     * @throws InvalidDossierException when the dossier breaks the format
     * @throws RuleSetException        when the rules fail on the dossier
     */
    Evaluation explain(Dossier dossier, LocalDate consideredOn);

    /**
     * The rule set this evaluator applies now.
     *
     * @return its id, version and the sha256 of its DRL
     */
    RuleSetInfo ruleSet();
}
