package vn.gov.angiang.thidua.examples;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import vn.gov.angiang.thidua.testing.Scenarios;
import vn.gov.angiang.thidua.testing.TestedRules;

import java.nio.file.Path;
import java.util.stream.Stream;

/** A host's own cases (here the sample dossiers) as scenario files, exactly as rules-test/README.md shows. */
class SampleScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Scenarios.in(Path.of("scenarios"))          // every *.scenario.json below this folder
                .against(TestedRules.defaults())           // or TestedRules.folder(Path.of("rules"))
                .dynamicTests();
    }
}
