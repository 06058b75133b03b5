package vn.gov.angiang.thidua.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accepting a case's new outcome rewrites only the tokens that disagree: TT3.1 from 5 to 6 points per case changes
 * the one number of the per-item case, and nothing else of the file; accepted again, nothing changes.
 */
class AcceptOutcomeTest {

    private static final String CASE = "Mỗi dòng MỖI VIỆC một chứng cứ: đúng điểm mỗi việc của dòng đó";

    @TempDir
    Path dir;

    @Test
    void theOneDisagreeingTokenIsRewritten() throws Exception {
        try (var files = Files.walk(ScenariosTest.DEFAULT_FOLDER)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(ScenariosTest.DEFAULT_FOLDER.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Path drl = dir.resolve("criteria-collective.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8)
                .replace("perItem(\"TT3.1\", \"5\", \"15\")", "perItem(\"TT3.1\", \"6\", \"15\")"), StandardCharsets.UTF_8);
        TestedRules rules = TestedRules.folder(dir);
        Path scenarios = dir.resolve("criteria-collective.scenario.json");
        String before = Files.readString(scenarios, StandardCharsets.UTF_8);

        AcceptOutcome.Accepted accepted = AcceptOutcome.accept(scenarios, CASE, rules);

        assertEquals(1, accepted.rewrites().size(), accepted.rewrites().toString());
        assertEquals(new AcceptOutcome.Rewrite("criteria TT3.1", "5", "6"), accepted.rewrites().get(0));
        assertEquals(before.replace("\"TT3.1\": 5, \"TT3.2\": 4", "\"TT3.1\": 6, \"TT3.2\": 4"), accepted.text());
        Files.writeString(scenarios, accepted.text(), StandardCharsets.UTF_8);
        assertTrue(AcceptOutcome.accept(scenarios, CASE, rules).rewrites().isEmpty());
        assertThrows(ThiDuaException.class, () -> AcceptOutcome.accept(scenarios, "không có", rules));
    }
}
