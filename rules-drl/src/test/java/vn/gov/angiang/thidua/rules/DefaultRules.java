package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.scenario.CaseResult;
import vn.gov.angiang.thidua.core.scenario.ScenarioCase;
import vn.gov.angiang.thidua.core.scenario.ScenarioFiles;
import vn.gov.angiang.thidua.core.scenario.ScenarioRunner;

import java.nio.file.Path;
import java.util.List;

/** The default rule set compiled once for all tests of this module (compiling takes seconds), and its scenarios. */
final class DefaultRules {

    /** The rule folder: the scenario files sit beside the rules they test, bases in {@code bases/}. */
    static final Path RULES = Path.of("src/main/resources/thidua/rules");
    static final Path SCENARIOS = RULES;
    static final InspectableEvaluator EVALUATOR = RuleSets.inspect(RuleSets.defaults());
    private static List<CaseResult> results;

    private DefaultRules() {
    }

    static List<ScenarioCase> cases() {
        return ScenarioFiles.find(List.of(SCENARIOS)).stream().flatMap(f -> ScenarioFiles.read(f).stream()).toList();
    }

    /** Every scenario case, run once and remembered. */
    static synchronized List<CaseResult> results() {
        if (results == null) {
            ScenarioRunner runner = new ScenarioRunner(EVALUATOR);
            results = cases().stream().map(runner::run).toList();
        }
        return results;
    }
}
