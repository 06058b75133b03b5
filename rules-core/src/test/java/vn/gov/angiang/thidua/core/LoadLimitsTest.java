package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Folder-level attacks on loading: each is refused before anything is compiled (or, for the compile
 * time, when it runs out), with a problem at the file that crossed the limit, naming the limit. The
 * timeouts are hang guards: without the limits these folders took minutes and gigabytes.
 */
@Timeout(120)
class LoadLimitsTest {

    @TempDir
    Path dir;

    private Path folder(String files) throws IOException {
        Files.writeString(dir.resolve(RuleSource.DESCRIPTOR), "id=t\nversion=1\nfiles=" + files + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static String rules(int n) {
        StringBuilder drl = new StringBuilder(RuleSetCompilerTest.HEADER);
        for (int i = 0; i < n; i++) {
            drl.append("rule \"R").append(i).append("\" ruleflow-group \"tong-diem\"\nwhen\nthen\nend\n");
        }
        return drl.toString();
    }

    @Test
    void oneFileUnderTwentyThousandSpellingsIsOneEntryListedTwice() throws IOException {
        StringBuilder names = new StringBuilder("c.drl");
        for (int i = 1; i < 20_000; i++) {
            names.append(",").append("./".repeat(i % 7 + 1)).append("/".repeat(i % 3)).append("c.drl");
        }
        Files.writeString(dir.resolve("c.drl"), rules(3), StandardCharsets.UTF_8);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(folder(names.toString())));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(RuleSource.DESCRIPTOR)
                && p.message().contains("c.drl") && p.message().contains("listed twice")), e::getMessage);
        assertEquals(1, e.problems().size(), "one problem for the one file listed under many spellings");
    }

    @Test
    void tooManyFilesAreRefusedBeforeAnyIsRead() throws IOException {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            names.append(i == 0 ? "" : ",").append("f").append(i).append(".drl");
        }
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(folder(names.toString())));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("maxFiles"), e::getMessage);
    }

    @Test
    void aFileOfThousandsOfRulesIsRefusedByItsSizeUnread() throws IOException {
        Files.writeString(dir.resolve("big.drl"), rules(15_600), StandardCharsets.UTF_8);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(folder("big.drl")));
        assertEquals("big.drl", e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("maxFileBytes"), e::getMessage);
    }

    @Test
    void tooManyRulesAreRefusedAtTheLineOfTheFirstOneTooManyBeforeParsing() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mini.drl", RuleSetCompilerTest.mini("95"));
        files.put("many.drl", rules(LoadLimits.defaults().maxRules()));
        List<Problem> problems = RuleSets.validate(RuleSource.of("many", "1", files));
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals("many.drl", p.file());
        // mini.drl declares 2 rules: the 499th rule of many.drl is the 501st in all
        assertEquals(RuleSetCompilerTest.HEADER.split("\n", -1).length - 1 + 4 * (LoadLimits.defaults().maxRules() - 2) + 1,
                p.line());
        assertTrue(p.message().contains("maxRules") && p.message().contains("quy tắc"), p::message);
    }

    @Test
    void rulesInCommentsAndTextsAreNotCounted() {
        String drl = "// rule rule rule\n/* rule\nquery */ rule \"a \\\" rule\" when then end\nfunction";
        assertEquals(2, DrlUnits.countUntil(drl, 10)[0]);
        assertEquals(4, DrlUnits.countUntil(drl, 1)[1]);
    }

    @Test
    void filesTogetherOverTheTotalAreRefusedAtTheFileThatCrossedIt() throws IOException {
        String filler = "// " + "x".repeat(400 * 1024) + "\n" + RuleSetCompilerTest.HEADER;
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("f" + i + ".drl"), filler, StandardCharsets.UTF_8);
            names.append(i == 0 ? "" : ",").append("f").append(i).append(".drl");
        }
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(folder(names.toString())));
        assertEquals("f5.drl", e.problems().get(0).file(), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("maxTotalBytes"), e::getMessage);
    }

    @Test
    void aCompileOverItsTimeIsAProblemNamingTheLimit() {
        RuleSource source = RuleSource.of("slow", "1", Map.of("mini.drl", RuleSetCompilerTest.mini("95")));
        List<Problem> problems = RuleSets.validate(source, LoadLimits.defaults().withCompileTime(Duration.ofMillis(1)));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("mini.drl", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("compileTime"), problems.get(0)::message);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoadLimits(0, 1, 1, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> LoadLimits.defaults().withCompileTime(Duration.ZERO));
    }
}
