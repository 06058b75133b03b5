package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.testing.ScenarioReport;
import vn.gov.angiang.thidua.testing.Scenarios;
import vn.gov.angiang.thidua.testing.TestedRules;

import java.nio.file.Path;

/** The default rule set compiled once for all tests of this module (compiling takes seconds), and its scenarios. */
final class DefaultRules {

    /** The rule folder: the scenario files sit beside the rules they test, bases in {@code bases/}. */
    static final Path RULES = Path.of("src/main/resources/thidua/rules");
    static final Path SCENARIOS = RULES;
    static final InspectableEvaluator EVALUATOR = RuleSets.inspect(RuleSets.defaults());
    static final TestedRules TESTED = new TestedRules(EVALUATOR, RuleSets.defaultSource());
    private static ScenarioReport report;

    private DefaultRules() {
    }

    /** Every scenario case, run once and remembered. */
    static synchronized ScenarioReport report() {
        if (report == null) {
            report = Scenarios.in(SCENARIOS).against(TESTED).run();
        }
        return report;
    }
}
