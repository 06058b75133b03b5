package vn.gov.angiang.thidua.core.scenario;

import java.util.List;
import java.util.Set;

/** The outcome of one case: what differed from the expectation (empty when it passed) and the rules that fired. */
public record CaseResult(ScenarioCase scenarioCase, List<String> failures, Set<String> fired) {

    public CaseResult {
        failures = List.copyOf(failures);
        fired = Set.copyOf(fired);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
