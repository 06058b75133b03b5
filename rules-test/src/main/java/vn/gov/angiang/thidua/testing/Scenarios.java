package vn.gov.angiang.thidua.testing;

import org.junit.jupiter.api.DynamicNode;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.core.RuleSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Scenario files ({@code *.scenario.json}, format in {@code scenario.schema.json}) run against rules, as
 * JUnit 5 dynamic tests or as a report. In a host's test class:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return Scenarios.in(Path.of("src/test/scenarios"))
 *             .against(TestedRules.defaults())       // or TestedRules.folder(Path.of("rules"))
 *             .requireCoverage(100)                  // optional: fail below this share of rules fired
 *             .dynamicTests();
 * }
 * }</pre>
 * Each case is one test named by its case name inside a container per file; a failure shows expected and
 * actual side by side with the file and the case. Without {@link #against}, a rule folder among the paths
 * (it has {@code ruleset.properties}) is the rule set tested, else the embedded default set.
 */
public final class Scenarios {

    private final List<Path> paths;
    private final Supplier<TestedRules> rules;
    private final BigDecimal minCoverage;

    private Scenarios(List<Path> paths, Supplier<TestedRules> rules, BigDecimal minCoverage) {
        this.paths = List.copyOf(paths);
        this.rules = rules;
        this.minCoverage = minCoverage;
    }

    /** The scenario files under these paths (files, or folders searched recursively). */
    public static Scenarios in(Path... paths) {
        return in(List.of(paths));
    }

    public static Scenarios in(List<Path> paths) {
        List<Path> folders = paths.stream().filter(p -> Files.isRegularFile(p.resolve(RuleSource.DESCRIPTOR))).toList();
        Supplier<TestedRules> rules = folders.size() == 1 ? memo(() -> TestedRules.folder(folders.get(0)))
                : memo(TestedRules::defaults);
        return new Scenarios(paths, rules, null);
    }

    /** Run against these rules. */
    public Scenarios against(TestedRules rules) {
        return new Scenarios(paths, () -> rules, minCoverage);
    }

    /** Fail unless at least this percentage of the rules fired in some case (a gate like {@code opa test --threshold}). */
    public Scenarios requireCoverage(double percent) {
        return new Scenarios(paths, rules, BigDecimal.valueOf(percent));
    }

    /**
     * The gate for {@code RuleSets.watch(dir, listener, Scenarios.gate())}: new rules of a watched folder
     * are put in use only if the folder's own scenario files pass against them.
     */
    public static vn.gov.angiang.thidua.core.RuleSetGate gate() {
        return new ScenarioGate();
    }

    /** The scenario files found, in name order. */
    public List<Path> files() {
        return ScenarioFiles.find(paths);
    }

    /** Runs every case and measures coverage. A file that cannot be read is one failed result. */
    public ScenarioReport run() {
        TestedRules tested = rules.get();
        ScenarioRunner runner = new ScenarioRunner(tested);
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files()) {
            results.addAll(runFile(runner, file));
        }
        return report(tested, results);
    }

    /**
     * Dynamic tests: a container per scenario file, a test per case, and the coverage gate if one was asked for.
     * Only this method needs JUnit on the classpath ({@link #run()} and {@link #gate()} do not: the CLI has none).
     */
    public Stream<DynamicNode> dynamicTests() {
        TestedRules tested = rules.get();
        ScenarioRunner runner = new ScenarioRunner(tested);
        Map<Path, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        for (Path file : files()) {
            byFile.put(file, runFile(runner, file));
        }
        Coverage coverage = report(tested, byFile.values().stream().flatMap(List::stream).toList()).coverage();
        return DynamicScenarioTests.of(byFile, coverage, minCoverage, paths);
    }

    private static List<ScenarioResult> runFile(ScenarioRunner runner, Path file) {
        try {
            return ScenarioFiles.read(file).stream().map(runner::run).toList();
        } catch (ThiDuaException e) {
            return List.of(new ScenarioResult(file, "(tệp / file)", List.of(new Mismatch("scenario file",
                    "a readable scenario file", "không đọc được / cannot be read: " + e.getMessage())), Set.of()));
        }
    }

    private static ScenarioReport report(TestedRules tested, List<ScenarioResult> results) {
        Set<String> fired = new LinkedHashSet<>();
        results.forEach(r -> fired.addAll(r.fired()));
        return new ScenarioReport(results, new Coverage(tested.rulesByFile(), fired));
    }

    private static Supplier<TestedRules> memo(Supplier<TestedRules> s) {
        return new Supplier<>() {
            private TestedRules value;

            @Override
            public synchronized TestedRules get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
