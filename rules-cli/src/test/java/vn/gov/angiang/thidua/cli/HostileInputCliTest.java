package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.cli.Cli.dossier;
import static vn.gov.angiang.thidua.cli.Cli.line;

/** Bad and hostile input on the command line: one record per dossier, exit 1, never a stack trace; --limit. */
class HostileInputCliTest {

    private static final String DAY = "2026-11-25";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void noStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "no stack trace:\n" + r);
        assertFalse(r.out().contains("Exception"), r::toString);
    }

    @Test
    void brokenJsonLinesGiveOneRecordPerLineInOrderAndExitOne() throws IOException {
        Path batch = write("mixed.jsonl", line(dossier("L-1")) + "\n"
                + "{\"id\": \"L-2\", \"nominee\": \n"
                + "\n"
                + line(dossier("L-3")) + "\n"
                + line(dossier("L-4")).replace("\"content\"", "\"contnet\"") + "\n"
                + "not json at all\n"
                + line(dossier("L-6")).replace("2026-02-10", "2026-02-30") + "\n"
                + line(dossier("L-7")) + "\n");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "jsonl", batch.toString());

        assertEquals(1, r.status(), r::toString);
        noStackTrace(r);
        List<JsonNode> records = r.jsonLines();
        assertEquals(6 + 1, records.size(), r::toString);
        for (int i = 0; i < records.size(); i++) {
            assertEquals(i, records.get(i).has("index") ? records.get(i).get("index").asInt() : i);
        }
        assertEquals("L-1", records.get(0).get("dossierId").asText());
        assertEquals("MALFORMED_JSON", records.get(1).at("/error/code").asText());
        assertEquals(2, records.get(1).at("/error/line").asInt());
        assertEquals("L-3", records.get(2).get("dossierId").asText());
        assertEquals("UNKNOWN_FIELD", records.get(3).at("/error/kind").asText());
        assertEquals("MALFORMED_JSON", records.get(4).at("/error/code").asText());
        assertEquals("INVALID_DATE", records.get(5).at("/error/kind").asText());
        assertEquals("evidence[0].date", records.get(5).at("/error/field").asText());
        assertEquals("L-7", records.get(6).get("dossierId").asText());
        assertTrue(r.err().contains("4/7"), r::toString);
    }

    @Test
    void aDamagedArrayGivesTheEvaluationsBeforeTheBreakThenOneErrorRecordAndExitsOne() throws IOException {
        String full = "[" + dossier("A-1") + "," + dossier("A-2") + "," + dossier("A-3") + "]";
        Path cut = write("cut.json", full.substring(0, full.indexOf("A-3") + 20));

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", cut.toString());

        assertEquals(1, r.status(), r::toString);
        noStackTrace(r);
        JsonNode array = r.json();
        assertEquals(3, array.size(), r::toString);
        assertTrue(array.get(0).has("award") && array.get(1).has("award"), r::toString);
        assertEquals("MALFORMED_JSON", array.get(2).at("/error/code").asText());
        assertEquals("A-3", array.get(2).get("dossierId").asText());
        assertTrue(array.get(2).at("/error/message").asText().contains("nothing after this point"), r::toString);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard, not a speed bound
    void aFiftyMegabyteTextOnStdinIsAnErrorRecord() {
        String huge = "{\"id\":\"HUGE\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"" + "x".repeat(50 << 20) + "\"}}\n"
                + line(dossier("S-2")) + "\n";
        Cli.Result r = Cli.runWithInput(huge, "evaluate", "--considered-on", DAY, "--format", "jsonl",
                "--input-format", "jsonl", "-");

        assertEquals(1, r.status(), r::toString);
        List<JsonNode> records = r.jsonLines();
        assertEquals(2, records.size());
        assertEquals("LIMIT_EXCEEDED", records.get(0).at("/error/code").asText());
        assertEquals("maxDossierBytes", records.get(0).at("/error/kind").asText());
        assertEquals("S-2", records.get(1).get("dossierId").asText());
    }

    @Test
    void aHundredThousandLevelsOfNestingAreAnErrorRecord() throws IOException {
        Path deep = write("deep.json", "[" + dossier("D-1") + "," + "[".repeat(100_000) + "]".repeat(100_000) + "]");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", deep.toString());

        assertEquals(1, r.status(), r::toString);
        noStackTrace(r);
        JsonNode array = r.json();
        assertEquals(2, array.size());
        assertEquals("LIMIT_EXCEEDED", array.get(1).at("/error/code").asText());
        assertEquals("maxNestingDepth", array.get(1).at("/error/kind").asText());
    }

    @Test
    void aLimitCanBeSetAndTheErrorRecordNamesIt() throws IOException {
        String two = dossier("E-1").replace("\"evidence\": [", "\"evidence\": [{\"criterion\": \"TT1.2\"}, ");
        Path one = write("one.json", two);

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", "--limit", "maxEvidenceItems=1",
                one.toString());
        assertEquals(1, r.status(), r::toString);
        assertEquals("maxEvidenceItems", r.json().get(0).at("/error/kind").asText());
        assertEquals("evidence", r.json().get(0).at("/error/field").asText());

        r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", "--limit", "maxEvidenceItems=1",
                "--limit", "maxEvidenceItems=5", "--limit", "maxStringLength=1_000", one.toString());
        assertEquals(0, r.status(), "the last of a name wins:\n" + r);

        r = Cli.run("explain", "--considered-on", DAY, "--limit", "maxEvidenceItems=1", one.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("maxEvidenceItems"), r::toString);
    }

    @Test
    void aBadLimitIsMisuse() throws IOException {
        Path one = write("one.json", dossier("O-1"));
        for (String bad : new String[]{"maxBytes=10", "maxStringLength", "maxStringLength=", "maxStringLength=abc",
                "maxStringLength=-5", "maxStringLength=0", "maxStringLength=99999999999", "maxNestingDepth=2",
                "maxNestingDepth=100000", "=3"}) {
            Cli.Result r = Cli.run("evaluate", "--format", "json", "--limit", bad, one.toString());
            assertEquals(2, r.status(), bad + ":\n" + r);
            assertEquals("", r.out(), bad);
            assertTrue(r.err().contains("--limit"), bad + ":\n" + r);
            noStackTrace(r);
        }
        assertTrue(Cli.run("evaluate", "--limit", "maxBytes=10", one.toString()).err().contains("maxDossierBytes"),
                "the names are listed");
    }

    @Test
    void aDossierIdMetAgainInAnotherFileIsEvaluatedWithAWarning() throws IOException {
        Path a = write("a.json", dossier("SAME"));
        Path b = write("b.jsonl", line(dossier("SAME")) + "\n");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", a.toString(), b.toString());

        assertEquals(0, r.status(), r::toString);
        JsonNode array = r.json();
        assertEquals(2, array.size());
        assertFalse(array.get(0).get("warnings").toString().contains("DUPLICATE_DOSSIER_ID"), r::toString);
        assertTrue(array.get(1).get("warnings").toString().contains("DUPLICATE_DOSSIER_ID"), r::toString);
    }

    @Test
    void invalidBytesCostOnlyTheirLine() throws IOException {
        byte[] bad = (line(dossier("U-1")) + "\n" + line(dossier("U-2")) + "\n" + line(dossier("U-3")) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        int second = line(dossier("U-1")).getBytes(StandardCharsets.UTF_8).length + 30;
        bad[second] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("bad.jsonl"), bad);

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "jsonl", file.toString());

        assertEquals(1, r.status(), r::toString);
        List<JsonNode> records = r.jsonLines();
        assertEquals(3, records.size());
        assertEquals("INVALID_UTF8", records.get(1).at("/error/code").asText());
        assertEquals("U-3", records.get(2).get("dossierId").asText());
    }

    @Test
    void theTableShowsADamagedInputWithoutAStackTrace() throws IOException {
        Path cut = write("cut.json", "[" + dossier("T-1") + ", {\"id\": \"T-2\", ");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--debug", cut.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("T-1") && r.out().contains("MALFORMED_JSON"), r::toString);
        noStackTrace(r);
    }
}
