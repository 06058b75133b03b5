package vn.gov.angiang.thidua.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cases of scenario files, read once, to be tried against many rule sets in turn (mutation testing
 * compiles hundreds): each try stops at the first case that fails.
 */
public final class ScenarioSuite {

    private final List<ScenarioCase> cases;

    private ScenarioSuite(List<ScenarioCase> cases) {
        this.cases = List.copyOf(cases);
    }

    /** Every case of these scenario files; a file that cannot be read throws {@code ThiDuaException}. */
    public static ScenarioSuite read(List<Path> files) {
        List<ScenarioCase> cases = new ArrayList<>();
        files.forEach(f -> cases.addAll(ScenarioFiles.read(f)));
        return new ScenarioSuite(cases);
    }

    public int size() {
        return cases.size();
    }

    /**
     * The first case that fails against {@code rules}, or empty when all pass. The cases of the scenario
     * file named after {@code ruleFile} ({@code award.scenario.json} for {@code award.drl}) run first: they
     * are the likeliest to notice a change to that file.
     */
    public Optional<ScenarioResult> firstFailure(TestedRules rules, String ruleFile) {
        ScenarioRunner runner = new ScenarioRunner(rules);
        String beside = ruleFile.replaceFirst("\\.drl$", "") + ScenarioFiles.SUFFIX;
        List<ScenarioCase> ordered = new ArrayList<>(cases.size());
        cases.stream().filter(c -> c.file().getFileName().toString().equals(beside)).forEach(ordered::add);
        cases.stream().filter(c -> !c.file().getFileName().toString().equals(beside)).forEach(ordered::add);
        for (ScenarioCase c : ordered) {
            ScenarioResult r = runner.run(c);
            if (!r.passed()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
