package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommandTest {

    @TempDir
    Path dir;

    private Path scenario(String name, String expect) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios/sub"));
        return Files.writeString(folder.resolve(name), """
                { "description": "a draft", "consideredOn": "2026-11-25",
                  "cases": [ { "name": "a draft earns no award", "dossier": %s, "expect": %s } ] }
                """.formatted(Cli.dossier("S-1"), expect), StandardCharsets.UTF_8);
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aPassingScenarioFileInAFolder() throws IOException {
        scenario("draft.scenario.json", "{\"award\": \"NONE\", \"reasons\": [\"DOSSIER_NOT_SUBMITTED\"]}");

        Cli.Result r = Cli.run("test", dir.resolve("scenarios").toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals("1 passed, 0 failed", lastLine(r.out()), r::toString);
    }

    @Test
    void aFailingCaseIsShownWithItsFailures() throws IOException {
        Path file = scenario("wrong.scenario.json", "{\"award\": \"BANG_KHEN\"}");

        Cli.Result r = Cli.run("test", file.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("a draft earns no award"), r::toString);
        assertTrue(r.out().contains(file.toString()), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" +award +BANG_KHEN +NONE")), r::toString);
        assertEquals("0 passed, 1 failed", lastLine(r.out()), r::toString);
    }

    @Test
    void coverageListsPerFileTheRulesNoScenarioFired() throws IOException {
        scenario("draft.scenario.json", "{\"award\": \"NONE\"}");

        Cli.Result r = Cli.run("test", "--coverage", dir.resolve("scenarios").toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("exclusions.drl: quy tắc chưa từng chạy / rules no scenario fired"),
                r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  - EXCLUSION_PRESS ")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("rules covered: \\d+/\\d+ \\(.*%\\)")), r::toString);
        assertEquals("1 passed, 0 failed", lastLine(r.out()), r::toString);
    }

    @Test
    void belowTheCoverageGateTheRunFails() throws IOException {
        scenario("draft.scenario.json", "{\"award\": \"NONE\"}");

        Cli.Result low = Cli.run("test", "--min-coverage", "100", dir.resolve("scenarios").toString());
        Cli.Result met = Cli.run("test", "--min-coverage", "1", dir.resolve("scenarios").toString());

        assertEquals(1, low.status(), low::toString);
        assertTrue(low.out().contains("coverage below the gate"), low::toString);
        assertEquals(0, met.status(), met::toString);
        assertEquals(2, Cli.run("test", "--min-coverage", "101", dir.resolve("scenarios").toString()).status());
    }

    @Test
    void aMissingPathOrNoScenarioIsMisuse() throws IOException {
        assertEquals(2, Cli.run("test", dir.resolve("missing").toString()).status());
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, Cli.run("test", dir.resolve("empty").toString()).status());
    }
}
