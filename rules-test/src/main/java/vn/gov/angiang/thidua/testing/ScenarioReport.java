package vn.gov.angiang.thidua.testing;

import java.util.List;

/** Every case's result, in file and case order, and the coverage of the rules they reached. */
public record ScenarioReport(List<ScenarioResult> results, Coverage coverage) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** {@code "158 passed, 2 failed"}. */
    public String summary() {
        return (results.size() - failures().size()) + " passed, " + failures().size() + " failed";
    }
}
