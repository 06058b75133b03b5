package vn.gov.angiang.thidua.examples;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.core.RuleSets;

/** One evaluator of the default rules for every test class of this module: compiling the rules is slow. */
final class SharedEvaluator {

    private static Evaluator evaluator;

    private SharedEvaluator() {
    }

    static synchronized Evaluator get() {
        if (evaluator == null) {
            evaluator = RuleSets.defaults();
        }
        return evaluator;
    }
}
