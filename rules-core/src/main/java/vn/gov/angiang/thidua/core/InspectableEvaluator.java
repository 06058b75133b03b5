package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the tools of policy staff need of an evaluator beyond {@link Evaluator}: the names of the rules
 * of its rule set, the rules that fire for a dossier (rule coverage), and another time limit per dossier.
 * Every evaluator {@link RuleSets} makes is one; {@link RuleSets#inspect} gives this view of it. A host
 * that only evaluates dossiers does not need it.
 */
public interface InspectableEvaluator extends Evaluator {

    /**
     * The names of every rule of the rule set in use, sorted.
     *
     * @return the rule names, as written after {@code rule} in the DRL files
     */
    List<String> ruleNames();

    /**
     * Evaluates as {@link #evaluate(Dossier, LocalDate)} does, and tells {@code firedRules} the name of
     * every rule that fired, in order.
     *
     * @param dossier      the dossier to evaluate
     * @param consideredOn the day the dossier is considered on
     * @param firedRules   told the name of each rule as it fires, on the calling thread
     * @return the evaluation
     */
    Evaluation evaluate(Dossier dossier, LocalDate consideredOn, Consumer<String> firedRules);

    /**
     * The same evaluator — same rules, and the same reloads — with another time limit per dossier
     * (by default 5 s, or {@link RuleSetOptions#timeLimit()} given to {@link RuleSets}).
     *
     * @param limit the time one dossier may take; positive
     * @return an evaluator sharing this one's rules
     * @throws IllegalArgumentException when {@code limit} is zero or negative
     */
    InspectableEvaluator withTimeLimit(Duration limit);

    /**
     * The time one dossier may take before its evaluation is stopped.
     *
     * @return the time limit per dossier
     */
    Duration timeLimit();
}
