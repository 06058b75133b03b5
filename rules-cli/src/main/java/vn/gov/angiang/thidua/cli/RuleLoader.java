package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.core.DroolsEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.nio.file.Path;

/**
 * Builds the evaluator of a command: the embedded default rule set ({@code folder} null) or a folder
 * of DRL files. Compiling takes seconds, so tests inject a loader that shares one evaluator.
 */
@FunctionalInterface
public interface RuleLoader {

    /** Compiles each time: the embedded 2026 rule set, or the folder's. */
    RuleLoader STANDARD = folder -> folder == null ? RuleSets.defaults() : RuleSets.fromDirectory(folder);

    /**
     * The evaluator of the rule folder, or of the default rule set when {@code folder} is null; throws
     * {@link vn.gov.angiang.thidua.api.RuleSetException} listing the problems when it does not compile.
     */
    DroolsEvaluator load(Path folder);
}
