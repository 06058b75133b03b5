package vn.gov.angiang.thidua.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import vn.gov.angiang.thidua.core.RuleFolderSnapshot;
import vn.gov.angiang.thidua.core.RuleSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files against the default rules, compiled once from their folder in rules-drl. */
class ScenariosTest {

    static final Path DEFAULT_FOLDER = Path.of("../rules-drl/src/main/resources/thidua/rules");
    private static TestedRules rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        rules = TestedRules.folder(DEFAULT_FOLDER);
    }

    /** A scenario file on a copy, beside it, of the default folder's base for collectives (a base lies in the scenario's folder). */
    private Path scenario(String name, String cases) throws IOException {
        String base = "tap-the-day-du.json";
        Files.copy(DEFAULT_FOLDER.resolve("bases").resolve(base), dir.resolve(base),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(dir.resolve(name), """
                { "description": "thử", "base": "%s", "consideredOn": "2026-11-25", "cases": %s }
                """.formatted(base, cases), StandardCharsets.UTF_8);
    }

    @Test
    void aPassingCaseAndAFailingOneSideBySide() throws IOException {
        Path file = scenario("a.scenario.json", """
                [ { "name": "đủ điểm", "expect": { "score": 100, "award": "BANG_KHEN" } },
                  { "name": "sai kỳ vọng", "expect": { "score": 90, "award": "GIAY_KHEN", "criteria": { "TT3.1": 14 } } } ]""");

        ScenarioReport report = Scenarios.in(file).against(rules).run();

        assertEquals("1 passed, 1 failed", report.summary());
        ScenarioResult failed = report.failures().get(0);
        assertEquals("sai kỳ vọng", failed.name());
        assertEquals(List.of(new Mismatch("score", "90", "100"), new Mismatch("award", "GIAY_KHEN", "BANG_KHEN"),
                new Mismatch("criteria TT3.1", "14", "15")), failed.mismatches().stream()
                .sorted((x, y) -> List.of("score", "award", "criteria TT3.1").indexOf(x.what())
                        - List.of("score", "award", "criteria TT3.1").indexOf(y.what())).toList());
        String text = failed.describe();
        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +score +90 +100")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +criteria TT3\\.1 +14 +15")), text);
    }

    @Test
    void aReasonIsCheckedWithItsCategoryWhenTheScenarioGivesOne() throws IOException {
        Path file = scenario("b.scenario.json", """
                [ { "name": "ngoài Ban, đúng nhóm", "dossier": { "nominee": { "agency": "SO-NV" } },
                    "expect": { "reasons": [ { "code": "SCOPE_AGENCY", "category": "SCOPE" } ] } },
                  { "name": "ngoài Ban, sai nhóm", "dossier": { "nominee": { "agency": "SO-NV" } },
                    "expect": { "reasons": [ { "code": "SCOPE_AGENCY", "category": "DOSSIER" } ] } },
                  { "name": "chỉ mã", "dossier": { "nominee": { "agency": "SO-NV" } },
                    "expect": { "reasons": [ "SCOPE_AGENCY" ] } } ]""");

        ScenarioReport report = Scenarios.in(file).against(rules).run();

        assertEquals(List.of("ngoài Ban, sai nhóm"), report.failures().stream().map(ScenarioResult::name).toList());
        assertEquals(new Mismatch("reasons", "[SCOPE_AGENCY (DOSSIER)]", "[SCOPE_AGENCY (SCOPE)]"),
                report.failures().get(0).mismatches().get(0));
    }

    @Test
    void aRuleIsNamedByItsCodeOrItsWholeNameAndAnUnknownOneIsSaidToBeUnknown() throws IOException {
        String wholeName = rules.rulesByFile().get("criteria-collective.drl").stream()
                .filter(n -> RuleNames.codeOf(n).equals("TT3.1")).findFirst().orElseThrow();
        Path file = scenario("c.scenario.json", """
                [ { "name": "mã và tên", "expect": { "fired": ["TT3.1", "%s"], "notFired": ["SCOPE_AGENCY"] } },
                  { "name": "tên NFD", "expect": { "fired": ["%s"] } },
                  { "name": "không có", "expect": { "fired": ["TT9.9"] } } ]"""
                .formatted(wholeName, Normalizer.normalize(wholeName, Normalizer.Form.NFD)));

        ScenarioReport report = Scenarios.in(file).against(rules).run();

        List<ScenarioResult> failed = report.failures();
        assertEquals(List.of("tên NFD", "không có"), failed.stream().map(ScenarioResult::name).toList(),
                "a name is compared as written: an NFD copy of an NFC name is another name");
        assertTrue(failed.get(1).mismatches().get(0).actual().contains("no rule has this code or name"));
    }

    @Test
    void anUnreadableFileIsOneFailureNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("hỏng.scenario.json"), "{ \"cases\": [", StandardCharsets.UTF_8);

        ScenarioReport report = Scenarios.in(dir).against(rules).run();

        assertEquals(1, report.results().size());
        assertFalse(report.passed());
        assertEquals(broken, report.results().get(0).file());
    }

    @Test
    void aBaseOutsideTheScenarioFolderAndAnOversizedFileAreFailuresReadNothing() throws IOException {
        Path outside = Files.writeString(dir.getParent().resolve("bí-mật.json"), "{\"id\": \"secret\"}", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("kich-ban"));
        Files.writeString(folder.resolve("thoat.scenario.json"), "{\"base\": \"../../" + outside.getFileName()
                + "\", \"consideredOn\": \"2026-11-25\", \"cases\": [{\"name\": \"x\", \"expect\": {}}]}",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("lon.scenario.json"), " ".repeat((int) ScenarioFiles.MAX_BYTES + 1),
                StandardCharsets.UTF_8);

        ScenarioReport report = Scenarios.in(folder).against(rules).run();

        assertEquals(2, report.results().size(), report::toString);
        assertFalse(report.passed());
        String text = report.toString() + report.results();
        assertTrue(text.contains("outside the scenario's folder"), text);
        assertTrue(text.contains("larger than"), text);
        assertFalse(text.contains("secret"), text);
        Files.delete(outside);
    }

    @Test
    void dynamicTestsHaveAContainerPerFileATestPerCaseAndTheCoverageGate() throws Throwable {
        scenario("d.scenario.json", """
                [ { "name": "một", "expect": { "score": 100 } }, { "name": "hai", "expect": { "score": 1 } } ]""");

        List<DynamicNode> nodes = Scenarios.in(dir).against(rules).requireCoverage(100).dynamicTests().toList();

        assertEquals(2, nodes.size());
        DynamicContainer file = assertInstanceOf(DynamicContainer.class, nodes.get(0));
        assertEquals("d.scenario.json", file.getDisplayName());
        List<DynamicTest> cases = file.getChildren().map(DynamicTest.class::cast).toList();
        assertEquals(List.of("một", "hai"), cases.stream().map(DynamicNode::getDisplayName).toList());
        cases.get(0).getExecutable().execute();
        AssertionFailedError wrong = assertThrows(AssertionFailedError.class, () -> cases.get(1).getExecutable().execute());
        assertTrue(wrong.getMessage().contains("d.scenario.json › hai"), wrong::getMessage);
        DynamicTest gate = assertInstanceOf(DynamicTest.class, nodes.get(1));
        assertTrue(gate.getDisplayName().startsWith("rules covered: "), gate::getDisplayName);
        AssertionFailedError low = assertThrows(AssertionFailedError.class, () -> gate.getExecutable().execute());
        assertTrue(low.getMessage().contains("exclusions.drl: quy tắc chưa từng chạy"), low::getMessage);
    }

    @Test
    void theDefaultFolderPassesItsOwnScenariosWithEveryRuleCovered() {
        ScenarioReport report = Scenarios.in(DEFAULT_FOLDER).run(); // the folder is found to be a rule folder

        assertTrue(report.passed(), () -> report.failures().stream().map(ScenarioResult::describe).toList().toString());
        assertEquals(report.coverage().total(), report.coverage().covered(), report.coverage()::describe);
        assertTrue(report.coverage().total() > 50);
    }

    @Test
    void theGateOfAWatchedFolderRefusesRulesThatBreakItsScenarios() throws IOException {
        Path folder = dir.resolve("rules");
        Files.createDirectories(folder.resolve("bases"));
        Files.copy(DEFAULT_FOLDER.resolve(RuleSource.DESCRIPTOR), folder.resolve(RuleSource.DESCRIPTOR));
        for (String f : RuleSource.fromDirectory(DEFAULT_FOLDER).files().keySet()) {
            Files.copy(DEFAULT_FOLDER.resolve(f), folder.resolve(f));
        }
        try (var files = Files.list(DEFAULT_FOLDER.resolve("bases"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve("bases").resolve(f.getFileName()));
            }
        }
        Files.copy(DEFAULT_FOLDER.resolve("award.scenario.json"), folder.resolve("award.scenario.json"));
        assertEquals(List.of(), Scenarios.gate().failures(rules.evaluator(), RuleFolderSnapshot.read(folder)));
        Files.writeString(folder.resolve("sai.scenario.json"), Files.readString(DEFAULT_FOLDER.resolve("award.scenario.json"))
                .replaceFirst("\"award\": \"BANG_KHEN\"", "\"award\": \"NONE\""), StandardCharsets.UTF_8);
        RuleFolderSnapshot withTheWrongCase = RuleFolderSnapshot.read(folder);
        Files.delete(folder.resolve("sai.scenario.json")); // the gate judges the snapshot, not the folder now
        List<String> failures = Scenarios.gate().failures(rules.evaluator(), withTheWrongCase);
        assertFalse(failures.isEmpty());
        assertTrue(failures.get(0).startsWith("sai.scenario.json › "), failures::toString);
    }
}
