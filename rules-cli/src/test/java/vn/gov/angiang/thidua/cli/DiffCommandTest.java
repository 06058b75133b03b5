package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code thidua diff}: the must-show of issue 11 (an exported set and a copy with CN3.1's 7 points per case
 * changed to 6: the search finds a dossier whose outcome changes, without being given one, and prints it
 * shrunk), the comparison of dossiers given, and misuse.
 */
class DiffCommandTest {

    @TempDir
    static Path dir;
    private static Path rulesA;
    private static Path rulesB;

    @BeforeAll
    static void exportAndEdit() throws IOException {
        rulesA = dir.resolve("rules-a");
        Cli.Result r = Cli.run("export-rules", rulesA.toString());
        assertEquals(0, r.status(), r::toString);
        rulesB = copy(rulesA, dir.resolve("rules-b"));
        EditingRulesTest.replaceFirst(rulesB.resolve("criteria-individual.drl"),
                "Criterion.perItem(\"CN3.1\", \"7\", \"21\")", "Criterion.perItem(\"CN3.1\", \"6\", \"21\")");
    }

    @Test
    void withoutDossiersItFindsOneWhoseOutcomeChangesAndPrintsItShrunk() throws IOException {
        Path scenario = dir.resolve("found.scenario.json");

        Cli.Result r = Cli.run("diff", "--base", rulesA.toString(), "--head", rulesB.toString(), "--seed", "42",
                "--out", scenario.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("found a dossier on which the two rule sets disagree"), r::toString);
        assertTrue(r.out().contains("criterion CN3.1: 7 → 6 points"), r::toString);
        assertTrue(r.out().contains("Thu gọn / shrunk: chứng cứ / evidence "), r::toString);
        assertTrue(r.out().contains("--seed 42"), "how to repeat it: " + r.out());
        String dossier = r.out().substring(r.out().indexOf("{"), r.out().indexOf("\n}") + 2);
        JsonNode shrunk = Cli.JSON.readTree(dossier);
        assertEquals(1, shrunk.get("evidence").size(), dossier);
        assertEquals("CN3.1", shrunk.get("evidence").get(0).get("criterion").asText());

        // The case written pins the head's outcome: it passes on the edited set and fails on the one before.
        Cli.Result onHead = Cli.run("test", "--rules", rulesB.toString(), scenario.toString());
        assertEquals(0, onHead.status(), onHead::toString);
        Cli.Result onBase = Cli.run("test", "--rules", rulesA.toString(), scenario.toString());
        assertEquals(1, onBase.status(), onBase::toString);
        assertTrue(onBase.out().contains("CN3.1"), onBase::toString);
    }

    @Test
    void inJsonTheSearchGivesTheShrunkDossierAndAScenarioCaseToPaste() {
        Cli.Result r = Cli.run("diff", "--head", rulesB.toString(), "--seed", "7", "--format", "json",
                "--considered-on", "2026-11-25");

        assertEquals(1, r.status(), r::toString);
        JsonNode json = r.json();
        assertEquals(7, json.get("seed").asLong());
        JsonNode found = json.get("found").get(0);
        assertEquals("2026-11-25", found.get("consideredOn").asText());
        assertTrue(found.get("minimal").asBoolean());
        assertEquals(found.get("shrunkSize").get("evidence").asInt(), found.get("dossier").get("evidence").size());
        assertTrue(found.get("generatedSize").get("evidence").asInt() >= found.get("dossier").get("evidence").size());
        assertTrue(json.toString().contains("criterion CN3.1 points"), r::toString);
        JsonNode expect = found.get("scenarioCase").get("expect");
        assertTrue(expect.get("criteria").get("CN3.1").decimalValue().remainder(java.math.BigDecimal.valueOf(6))
                .signum() == 0, "the head's points, a multiple of 6: " + expect);
        assertTrue(found.get("scenarioCase").get("dossier").has("submission"), "absent fields written as null");
    }

    @Test
    void twoIdenticalFoldersAgreeOnEveryDossierTried() {
        Cli.Result r = Cli.run("diff", "--base", rulesA.toString(), "--tries", "150", "--seed", "5");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("no dossier on which the two rule sets disagree was found in 150 tries"), r::toString);
        assertTrue(r.out().contains("seed 5"), r::toString);
        assertTrue(r.out().contains("a search, not a proof"), r::toString);
    }

    @Test
    void givenDossiersEveryOneThatChangesIsListedWithASummaryByKind() throws IOException {
        Path batch = dir.resolve("batch.jsonl");
        String nfd = Normalizer.normalize("Vụ việc 05/VV-2026", Normalizer.Form.NFD);
        Files.writeString(batch, String.join("\n",
                individual("HS-A", "\"Vụ việc 05/VV-2026\""),
                individual("HS-B", "\"" + nfd + "\""),
                "{\"id\": \"HS-HỎNG\", \"nominee\": {\"kind\": \"INDIVIDUAL\"}, \"bogus\": 1}",
                Cli.line(Cli.dossier("HS-TẬP-THỂ"))) + "\n", StandardCharsets.UTF_8);

        Cli.Result text = Cli.run("diff", "--head", rulesB.toString(), "--considered-on", "2026-11-25", batch.toString());
        assertEquals(1, text.status(), text::toString);
        assertTrue(text.out().contains("HS-A (" + batch + ", #0)"), text::toString);
        assertTrue(text.out().contains("HS-B (" + batch + ", #1)"), text::toString);
        assertTrue(text.out().contains("tiêu chí CN3.1: 7 → 6 điểm / criterion CN3.1: 7 → 6 points"), text::toString);
        assertTrue(text.out().contains("HS-HỎNG (" + batch + ", #2): không đọc được / cannot be read"), text::toString);
        assertFalse(text.out().contains("HS-TẬP-THỂ"), "a collective does not change: " + text.out());
        assertTrue(text.out().contains("Tóm tắt / summary: 2/4 hồ sơ thay đổi / dossiers changed, 1 không đọc được"),
                text::toString);
        assertTrue(text.out().contains("  criterion CN3.1 points: 2"), text::toString);

        Cli.Result json = Cli.run("diff", "--head", rulesB.toString(), "--considered-on", "2026-11-25", "--format",
                "json", batch.toString());
        assertEquals(1, json.status(), json::toString);
        JsonNode root = json.json();
        assertEquals(4, root.get("dossiers").asInt());
        assertEquals(2, root.get("changed").asInt());
        assertEquals(1, root.get("unreadable").asInt());
        assertEquals(2, root.get("summary").get("score").asInt());
        assertEquals(3, root.get("differences").size(), "every changed or unreadable dossier, none lost");
        assertEquals("UNKNOWN_FIELD", root.get("differences").get(2).get("error").get("kind").asText());
    }

    @Test
    void givenDossiersThatDoNotChangeTheExitStatusIsZero() {
        Cli.Result r = Cli.runWithInput(Cli.dossier("HS-1"), "diff", "--head", rulesB.toString(),
                "--considered-on", "2026-11-25", "-");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("Tóm tắt / summary: 0/1 hồ sơ thay đổi"), r::toString);
    }

    @Test
    void misuseIsExitStatusTwoWithAPlainMessage() throws IOException {
        assertMisuse(List.of("diff", "--tries", "10"), "--base");
        assertMisuse(List.of("diff", "--head", rulesB.toString(), "--seed", "1", "x.json"), "--seed");
        assertMisuse(List.of("diff", "--head", rulesB.toString(), "--tries", "0"), "--tries");
        assertMisuse(List.of("diff", "--head", rulesB.toString(), "--time", "soon"), "soon");
        assertMisuse(List.of("diff", "--head", dir.resolve("nowhere").toString()), "nowhere");
        Path broken = copy(rulesA, dir.resolve("rules-broken"));
        EditingRulesTest.replaceFirst(broken.resolve("criteria-individual.drl"), "then insert(", "then insrt(");
        assertMisuse(List.of("diff", "--head", broken.toString()), "criteria-individual.drl:");
    }

    /** The folder copied whole, subfolders included. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
        return to;
    }

    private static void assertMisuse(List<String> args, String named) {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(named), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** An individual in scope with one case under CN3.1, as one line of JSON. */
    private static String individual(String id, String ref) {
        return ("{\"id\": \"" + id + "\", \"nominee\": {\"kind\": \"INDIVIDUAL\", \"name\": \"Nguyễn Thị Thu Hà\","
                + " \"agency\": \"BQLKKT-AG\", \"employment\": \"CIVIL_SERVANT\"}, \"evidence\": ["
                + "{\"criterion\": \"CN3.1\", \"ref\": " + ref + ", \"date\": \"2026-04-10\", \"result\": \"Thu hồi\"}]}");
    }
}
