package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Evaluator;

import java.util.List;

/**
 * A check a watched rule folder must pass before its new rules are put in use, after they compiled:
 * rules-test's {@code Scenarios.gate()} runs the folder's own scenario files. It judges one snapshot of
 * the folder — the rule files and the scenario files as they were read together — never the folder as
 * it is by the time the compile is done. An empty list lets the candidate in; each entry is one failure,
 * in words.
 */
@FunctionalInterface
public interface RuleSetGate {

    /** No check beyond compiling and the sandbox. */
    RuleSetGate NONE = (candidate, snapshot) -> List.of();

    /**
     * What keeps the candidate out.
     *
     * @param candidate an evaluator of the new rules, not yet in use
     * @param snapshot  the rule files it was compiled from and the scenario files read with them
     * @return one entry per failure, in words; empty to let the candidate in
     */
    List<String> failures(Evaluator candidate, RuleFolderSnapshot snapshot);
}
