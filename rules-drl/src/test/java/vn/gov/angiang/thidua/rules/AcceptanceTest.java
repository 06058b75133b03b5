package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.testing.Acceptance;
import vn.gov.angiang.thidua.testing.ScenarioReport;
import vn.gov.angiang.thidua.testing.ScenarioResult;
import vn.gov.angiang.thidua.testing.Scenarios;
import vn.gov.angiang.thidua.testing.TestedRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * {@code thidua test --accept} as the README tells it: TT3.1 from 5 to 6 points per case, one accept, and
 * every scenario passes again, with only the values that differed rewritten; and accepting never touches a
 * passing case — on an unchanged folder it changes nothing, whatever cases are named.
 */
class AcceptanceTest {

    private static final Path RULES = Path.of("src/main/resources/thidua/rules");

    @TempDir
    static Path tmp;
    private static Path edited;
    private static TestedRules editedRules;
    private static ScenarioReport editedReport;

    @BeforeAll
    static void editTT31() throws IOException {
        edited = copy(RULES, tmp.resolve("edited"));
        Path drl = edited.resolve("criteria-collective.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        String before = "Criterion.perItem(\"TT3.1\", \"5\", \"15\")";
        assertTrue(text.contains(before));
        Files.writeString(drl, text.replace(before, "Criterion.perItem(\"TT3.1\", \"6\", \"15\")"), StandardCharsets.UTF_8);
        editedRules = TestedRules.folder(edited);
        editedReport = Scenarios.in(edited).against(editedRules).run();
    }

    @Test
    void oneAcceptAfterTheEditMakesEveryScenarioPassChangingOnlyWhatDiffered() throws IOException {
        Path folder = copy(edited, tmp.resolve("accept-all"));
        assertTrue(!editedReport.failures().isEmpty());
        List<Acceptance.Change> changes = Acceptance.of(editedRules).apply(relocated(editedReport, folder), List.of());
        int mismatches = editedReport.failures().stream().mapToInt(r -> r.mismatches().size()).sum();
        assertEquals(mismatches, changes.size(), changes::toString);
        changes.forEach(c -> assertEquals("criteria TT3.1", c.what(), c::toString));
        assertTrue(Scenarios.in(folder).against(editedRules).run().passed());
        // Parsed, every scenario file is as it was but for the TT3.1 points of the cases that failed.
        Map<String, String> before = scenarios(edited);
        Map<String, String> after = scenarios(folder);
        List<String> differences = new ArrayList<>();
        before.forEach((file, text) -> diff(file, DossierJson.tree(text), DossierJson.tree(after.get(file)), differences));
        assertEquals(changes.size(), differences.size(), differences::toString);
        differences.forEach(d -> assertTrue(d.endsWith("/expect/criteria/TT3.1"), d));
    }

    @Test
    void acceptingOnAnUnchangedFolderChangesNothing() throws IOException {
        Path folder = copy(RULES, tmp.resolve("unchanged"));
        ScenarioReport report = Scenarios.in(folder).against(TestedRules.defaults()).run();
        assertTrue(report.passed(), report::summary);
        List<String> names = report.results().stream().map(ScenarioResult::name).toList();
        Map<String, String> before = scenarios(folder);
        Theories.check(20, integers().between(0, names.size() - 1), integers().between(0, 3), (from, count) -> {
            List<String> chosen = count == 0 ? List.of() : names.subList(from, Math.min(names.size(), from + count));
            assertEquals(List.of(), Acceptance.of(TestedRules.defaults()).apply(report, chosen));
            try {
                assertEquals(before, scenarios(folder));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void onlyTheNamedFailingCasesAreRewritten() throws IOException {
        Path folder = copy(edited, tmp.resolve("accept-some"));
        ScenarioReport report = relocated(editedReport, folder);
        Theories.check(5, integers().between(0, report.failures().size() - 1), i -> {
            String name = report.failures().get(i).title();
            List<Acceptance.Change> planned = Acceptance.of(editedRules).plan(report, List.of(name));
            assertTrue(!planned.isEmpty());
            planned.forEach(c -> assertEquals(name, c.file().getFileName() + " › " + c.caseName()));
        });
    }

    /** The report of the edited folder, its files named in another copy of it. */
    private static ScenarioReport relocated(ScenarioReport report, Path folder) {
        return new ScenarioReport(report.results().stream().map(r -> new ScenarioResult(
                folder.resolve(edited.relativize(r.file())), r.name(), r.mismatches(), r.fired())).toList(),
                report.coverage());
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isObject() && b.isObject()) {
            a.fieldNames().forEachRemaining(f -> diff(path + "/" + f, a.get(f), b.has(f) ? b.get(f) : null, out));
        } else if (a.isArray() && b != null && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (b == null || !a.equals(b)) {
            out.add(path);
        }
    }

    private static Map<String, String> scenarios(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".scenario.json")).toList()) {
                texts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".kjar")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
