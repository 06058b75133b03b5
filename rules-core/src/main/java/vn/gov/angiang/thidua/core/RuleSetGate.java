package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Evaluator;

import java.nio.file.Path;
import java.util.List;

/**
 * A check a watched rule folder must pass before its new rules are put in use, after they compiled:
 * rules-test's {@code Scenarios.gate()} runs the folder's own scenario files. An empty list lets the
 * candidate in; each entry is one failure, in words.
 */
@FunctionalInterface
public interface RuleSetGate {

    /** No check beyond compiling and the sandbox. */
    RuleSetGate NONE = (candidate, source, folder) -> List.of();

    /**
     * What keeps the candidate out.
     *
     * @param candidate an evaluator of the new rules, not yet in use
     * @param source    the rule files it was compiled from
     * @param folder    the watched folder (its scenario files, bases, …)
     * @return one entry per failure, in words; empty to let the candidate in
     */
    List<String> failures(Evaluator candidate, RuleSource source, Path folder);
}
