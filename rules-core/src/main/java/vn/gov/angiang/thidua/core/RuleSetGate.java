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

    /** No check beyond compiling. */
    RuleSetGate NONE = (candidate, source, folder) -> List.of();

    List<String> failures(Evaluator candidate, RuleSource source, Path folder);
}
