package vn.gov.angiang.thidua.testing;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JUnit 5 face of {@link Scenarios}: kept in a class of its own so that JUnit is loaded only by a host's
 * tests, never by the CLI or a watched folder's gate.
 */
final class DynamicScenarioTests {

    private DynamicScenarioTests() {
    }

    static Stream<DynamicNode> of(Map<Path, List<ScenarioResult>> byFile, Coverage coverage, BigDecimal minCoverage,
                                  List<Path> paths) {
        List<DynamicNode> nodes = new ArrayList<>();
        byFile.forEach((file, results) -> nodes.add(DynamicContainer.dynamicContainer(file.getFileName().toString(),
                file.toUri(), results.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
                    if (!r.passed()) {
                        throw new AssertionFailedError(r.describe());
                    }
                })))));
        if (byFile.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest("scenario files", () -> {
                throw new AssertionFailedError("không có tệp kịch bản nào / no scenario files (*"
                        + ScenarioFiles.SUFFIX + ") in " + paths);
            }));
        }
        if (minCoverage != null) {
            nodes.add(DynamicTest.dynamicTest(coverage.summary() + " ≥ " + minCoverage.toPlainString() + "%", () -> {
                if (!coverage.meets(minCoverage)) {
                    throw new AssertionFailedError("độ phủ dưới ngưỡng / coverage below " + minCoverage.toPlainString()
                            + "%:\n" + coverage.describe());
                }
            }));
        }
        return nodes.stream();
    }
}
