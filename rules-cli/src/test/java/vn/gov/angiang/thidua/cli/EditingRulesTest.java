package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a policy officer does with the rules: export an editable copy, validate it (every problem, each at
 * its file and line), and test it.
 */
class EditingRulesTest {

    @TempDir
    Path dir;

    private Path exported() {
        Path rules = dir.resolve("rules-copy");
        Cli.Result r = Cli.run("export-rules", rules.toString());
        assertEquals(0, r.status(), r::toString);
        return rules;
    }

    /** The line (from 1) of the first line of the file containing {@code text}. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    static void replaceFirst(Path file, String text, String by) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        int at = s.indexOf(text);
        assertTrue(at >= 0, file + " has no " + text);
        Files.writeString(file, s.substring(0, at) + by + s.substring(at + text.length()), StandardCharsets.UTF_8);
    }

    @Test
    void anExportedCopyValidatesAndPassesItsOwnScenarios() {
        Path rules = exported();
        assertTrue(Files.isRegularFile(rules.resolve("ruleset.properties")));
        assertTrue(Files.isRegularFile(rules.resolve("award.drl")));
        assertFalse(Files.exists(rules.resolve("precompiled.kjar")), "the copy is compiled as it stands");

        Cli.Result v = Cli.run("validate", rules.toString());
        assertEquals(0, v.status(), v::toString);
        assertTrue(v.out().startsWith("OK: an-giang-bqlkkt-2026 "), v::toString);

        Cli.Result t = Cli.run("test", rules.toString());
        assertEquals(0, t.status(), t::toString);
        assertTrue(t.out().matches("(?s).*\\R?[1-9]\\d* passed, 0 failed\\R"), t::toString);
    }

    @Test
    void theExportedRulesPassTheirOwnScenariosWithEveryRuleCovered() throws IOException {
        Path rules = exported();

        Cli.Result r = Cli.run("test", "--rules", rules.toString(), "--coverage", "--min-coverage", "100",
                rules.toString());

        assertEquals(0, r.status(), r::toString);
        String covered = r.out().lines().filter(l -> l.startsWith("rules covered: ")).findFirst().orElseThrow();
        assertTrue(covered.matches("rules covered: (\\d+)/\\1 \\(100(\\.0)?%\\)"), covered);
        assertFalse(r.out().contains("rules no scenario fired"), r::toString);
    }

    @Test
    void sixPointsPerCaseUnderTT31FailsExactlyTheScenariosThatPinTheOldNumber() throws IOException {
        Path rules = exported();
        replaceFirst(rules.resolve("criteria-collective.drl"), "Criterion.perItem(\"TT3.1\", \"5\", \"15\")",
                "Criterion.perItem(\"TT3.1\", \"6\", \"15\")");
        assertEquals(0, Cli.run("validate", rules.toString()).status());

        Cli.Result r = Cli.run("test", rules.toString());

        assertEquals(1, r.status(), r::toString);
        // Each failing case: its title, its file, the header of the table, then one row per difference.
        List<String> failures = r.out().lines().filter(l -> l.startsWith("    ") && !l.startsWith("    (")
                && !l.contains("kỳ vọng / expected")).toList();
        assertFalse(failures.isEmpty(), r::toString);
        assertTrue(failures.stream().allMatch(l -> l.matches(" {4}criteria TT3\\.1 +\\d+ +\\d+")), r::toString);
        long failedCases = r.out().lines().filter(l -> l.startsWith("✗ ")).count();
        assertEquals(failures.size(), failedCases, "one difference per failing case: " + r);
        assertTrue(r.out().contains(" passed, " + failedCases + " failed"), r::toString);

        // The new outcomes are the ones meant: one accept, and every scenario passes.
        Cli.Result accepted = Cli.run("test", "--accept", rules.toString());
        assertEquals(0, accepted.status(), accepted::toString);
        List<String> changes = accepted.out().lines().filter(l -> l.startsWith("✎ ")).toList();
        assertEquals(failedCases, changes.size(), accepted::toString);
        assertTrue(changes.stream().allMatch(l -> l.matches("✎ .+: criteria TT3\\.1: \\d+ → \\d+")), accepted::toString);
        Cli.Result again = Cli.run("test", rules.toString());
        assertEquals(0, again.status(), again::toString);
    }

    @Test
    void changedRulesUnderTheSameVersionAreWarnedOf() throws IOException {
        Path rules = exported();
        String recorded = Files.readString(rules.resolve("ruleset.properties"), StandardCharsets.UTF_8);
        assertTrue(recorded.contains("sha256.1.0.0="), "export-rules records the version's sha256");
        Cli.Result same = Cli.run("validate", rules.toString());
        assertFalse(same.out().contains("⚠"), same::toString);

        replaceFirst(rules.resolve("criteria-collective.drl"), "Criterion.perItem(\"TT3.1\", \"5\", \"15\")",
                "Criterion.perItem(\"TT3.1\", \"6\", \"15\")");
        Cli.Result changed = Cli.run("validate", rules.toString());
        assertEquals(0, changed.status(), changed::toString);
        assertTrue(changed.out().contains("⚠ nội dung bộ quy tắc an-giang-bqlkkt-2026 đã khác với phiên bản 1.0.0"),
                changed::toString);
        assertTrue(Cli.run("evaluate", "--rules", rules.toString(), "--considered-on", "2026-11-25",
                "../examples/dossiers/11-ca-nhan-giay-khen.json").err().contains("⚠"));
    }

    @Test
    void exportRefusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Path rules = dir.resolve("busy");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("ghi-chu.txt"), "của tôi", StandardCharsets.UTF_8);

        Cli.Result refused = Cli.run("export-rules", rules.toString());
        assertEquals(2, refused.status(), refused::toString);
        assertFalse(Files.exists(rules.resolve("award.drl")));

        Cli.Result forced = Cli.run("export-rules", "--force", rules.toString());
        assertEquals(0, forced.status(), forced::toString);
        assertTrue(Files.exists(rules.resolve("award.drl")));
        assertEquals("của tôi", Files.readString(rules.resolve("ghi-chu.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void severalErrorsInOneFileAreAllReportedEachAtItsLine() throws IOException {
        Path rules = exported();
        Path file = rules.resolve("criteria-collective.drl");
        replaceFirst(file, "NomineeKind.COLLECTIVE", "NomineeKind.COLLECTIV");
        int enumLine = lineOf(file, "NomineeKind.COLLECTIV)");
        String s = Files.readString(file, StandardCharsets.UTF_8);
        int secondRule = s.indexOf("rule \"", s.indexOf("NomineeKind.COLLECTIV") + 1);
        int secondThen = s.indexOf("then", secondRule);
        Files.writeString(file, s.substring(0, secondThen) + "then\n    insert(Criterionn.flat(\"X\", \"1\"));"
                + s.substring(secondThen + "then".length()), StandardCharsets.UTF_8);
        int typeLine = lineOf(file, "Criterionn.flat");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("criteria-collective.drl:" + enumLine + ":"), r::toString);
        assertTrue(r.out().contains("COLLECTIV") && r.out().contains("COLLECTIVE"), "names the values: " + r);
        assertTrue(r.out().contains("criteria-collective.drl:" + typeLine + ":"), r::toString);
        assertTrue(r.out().contains("Criterionn"), r::toString);
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineInPlainWords() throws IOException {
        Path rules = exported();
        Path award = rules.resolve("award.drl");
        int when = lineOf(award, "when");
        replaceFirst(award, "\nwhen", "\n    oops");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("award.drl:" + when + ":"), r::toString);
    }

    @Test
    void aRuleFileTheDescriptorDoesNotListIsReported() throws IOException {
        Path rules = exported();
        Files.writeString(rules.resolve("them.drl"), "package thidua;\n", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("them.drl:0:0: ") && r.out().contains("ruleset.properties"), r::toString);
    }

    @Test
    void aListedFileThatIsMissingIsReportedWithTheOthers() throws IOException {
        Path rules = exported();
        Files.delete(rules.resolve("score.drl"));
        Files.writeString(rules.resolve("them.drl"), "package thidua;\n", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("score.drl:0:0: ") && r.out().contains("them.drl:0:0: "), r::toString);
    }

    @Test
    void aSecondScoringRuleForACriterionIsReportedAtIt() throws IOException {
        Path rules = exported();
        Path file = rules.resolve("criteria-collective.drl");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + """

                rule "TT3.1B Vụ việc được phát hiện, xử lý (lần hai)"
                when Nominee(kind == NomineeKind.COLLECTIVE)
                then insert(Criterion.perItem("TT3.1", "5", "15"));
                end
                """, StandardCharsets.UTF_8);
        int second = lineOf(file, "TT3.1B");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("criteria-collective.drl:" + second + ":") && r.out().contains("TT3.1"), r::toString);
    }

    @Test
    void maximaThatNoLongerAddUpAreReportedAtTheGroup() throws IOException {
        Path rules = exported();
        Path file = rules.resolve("criteria-collective.drl");
        replaceFirst(file, "Group.of(\"TT3\", \"35\")", "Group.of(\"TT3\", \"36\")");
        int group = lineOf(file, "Group.of(\"TT3\"");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("criteria-collective.drl:" + lineOfRule(file, group) + ":")
                && out.contains("TT3") && out.contains("add up to 35, not to the group's 36"), r::toString);
        assertTrue(out.contains("add up to 101, not 100"), r::toString);
    }

    @Test
    void anEmptiedCriteriaFileIsAKindWithoutATable() throws IOException {
        Path rules = exported();
        Files.writeString(rules.resolve("criteria-collective.drl"), "package thidua;\n", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("criteria-collective.drl:1:") && r.out().contains("the scope admits collective"
                + " nominees but no criteria table is declared for them"), r::toString);
    }

    @Test
    void aRuleNamedWithOneCodeThatDeclaresAnotherIsReportedAtIt() throws IOException {
        Path rules = exported();
        Path file = rules.resolve("criteria-collective.drl");
        replaceFirst(file, "rule \"TT1.2 Quán triệt", "rule \"TT1.9 Quán triệt");
        int line = lineOf(file, "TT1.9 Quán triệt");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("criteria-collective.drl:" + line + ":") && r.out().contains(
                "the rule declares criterion TT1.2: its name must start with that code"), r::toString);
    }

    @Test
    void theMaximumScoreIsReadFromTheParameters() throws IOException {
        Path rules = exported();
        replaceFirst(rules.resolve("parameters.drl"), "points(\"100\")", "points(\"101\")");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("add up to 100, not 101"), r::toString);
    }

    @Test
    void thresholdsOutOfOrderAreReported() throws IOException {
        Path rules = exported();
        replaceFirst(rules.resolve("parameters.drl"), "Threshold.of(Award.BANG_KHEN, \"90\")",
                "Threshold.of(Award.BANG_KHEN, \"75\")");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("parameters.drl:") && r.out().contains("thresholds must be ordered"), r::toString);
    }

    @Test
    void aRuleNameWithoutACodeOrWithAnotherRulesCodeIsReported() throws IOException {
        Path rules = exported();
        Path award = rules.resolve("award.drl");
        replaceFirst(award, "rule \"XEP_LOAI.KHONG_XET ", "rule \"");
        replaceFirst(award, "rule \"XEP_LOAI.BANG_KHEN ", "rule \"XEP_LOAI.GIAY_KHEN ");
        int first = lineOf(award, "rule \"Dưới ngưỡng Giấy khen");
        int copied = lineOf(award, "rule \"XEP_LOAI.GIAY_KHEN Từ ngưỡng Bằng khen");

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("award.drl:" + first + ":") && r.out().contains("must start with a code"), r::toString);
        assertTrue(r.out().contains("award.drl:" + copied + ":") && r.out().contains("already used"), r::toString);
    }

    /** The line of the rule that contains line {@code inside}. */
    private static int lineOfRule(Path file, int inside) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = inside - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("rule ")) {
                return i + 1;
            }
        }
        throw new AssertionError("no rule above line " + inside);
    }

    @Test
    void problemsAsJsonForTools() throws IOException {
        Path rules = exported();
        Path award = rules.resolve("award.drl");
        int when = lineOf(award, "when");
        replaceFirst(award, "\nwhen", "\n    oops");

        Cli.Result r = Cli.run("validate", "--format", "json", rules.toString());

        assertEquals(1, r.status(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.path("ok").asBoolean(true));
        JsonNode first = json.path("problems").get(0);
        assertTrue(first.path("file").asText().endsWith("award.drl"), r::toString);
        assertEquals(when, first.path("line").asInt(), r::toString);
        assertFalse(first.path("message").asText().isBlank());

        Cli.Result ok = Cli.run("validate", "--format", "json");
        assertEquals(0, ok.status(), ok::toString);
        assertTrue(new ObjectMapper().readTree(ok.out()).path("ok").asBoolean(false), ok::toString);
    }
}
