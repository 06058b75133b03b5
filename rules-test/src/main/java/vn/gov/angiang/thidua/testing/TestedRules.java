package vn.gov.angiang.thidua.testing;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The rules under test: an evaluator and the rule files it was built from (for coverage file by file and
 * for mutants). Build it once per test class: compiling a folder takes a second or more.
 */
public record TestedRules(Evaluator evaluator, RuleSource source) {

    /** The embedded default rule set (rules-drl on the classpath). */
    public static TestedRules defaults() {
        return new TestedRules(RuleSets.defaults(), RuleSets.defaultSource());
    }

    /** A folder of DRL files, compiled and checked as {@code RuleSets.fromDirectory} does. */
    public static TestedRules folder(Path dir) {
        RuleSource source = RuleSource.fromDirectory(dir);
        return new TestedRules(RuleSets.load(source), source);
    }

    /** Rule files given as text (name → DRL), compiled and checked. */
    public static TestedRules of(RuleSource source) {
        return new TestedRules(RuleSets.load(source), source);
    }

    /** File → the names of its rules, as written. */
    public Map<String, List<String>> rulesByFile() {
        return RuleNames.byFile(source.files());
    }
}
