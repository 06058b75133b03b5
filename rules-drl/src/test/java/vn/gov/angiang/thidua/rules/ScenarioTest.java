package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import vn.gov.angiang.thidua.testing.Scenarios;

import java.util.stream.Stream;

/**
 * Every case of every scenario file beside the rules (src/main/resources/thidua/rules), one test each,
 * through rules-test as a host would use it; and every rule fired by some case.
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(DefaultRules.SCENARIOS).against(DefaultRules.TESTED).requireCoverage(100).dynamicTests();
    }
}
