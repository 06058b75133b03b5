package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every case of every scenario file beside the rules (src/main/resources/thidua/rules), one test each. */
class ScenarioTest {

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return DefaultRules.results().stream().map(r -> DynamicTest.dynamicTest(r.scenarioCase().title(),
                () -> assertTrue(r.passed(), () -> r.scenarioCase().title() + ":\n  "
                        + String.join("\n  ", r.failures()))));
    }
}
