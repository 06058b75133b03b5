package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.cli.Cli.dossier;
import static vn.gov.angiang.thidua.cli.Cli.dossierWithUnknownField;
import static vn.gov.angiang.thidua.cli.Cli.line;

class EvaluateCommandTest {

    private static final String DAY = "2026-11-25";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.path("dossierId").asText(null)));
        return ids;
    }

    @Test
    void jsonPrintsExactlyOneArrayWithOneEvaluationPerDossierInInputOrder() throws IOException {
        Path a = write("a.json", "[" + dossier("A-1") + "," + dossier("A-2") + "]");
        Path b = write("b.jsonl", line(dossier("B-1")) + "\n" + line(dossier("B-2")) + "\n");
        Path c = write("c.json", dossier("C-1"));

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", a.toString(), b.toString(),
                c.toString());

        assertEquals(0, r.status(), r::toString);
        JsonNode array = r.json();
        assertTrue(array.isArray(), r::toString);
        assertEquals(List.of("A-1", "A-2", "B-1", "B-2", "C-1"), ids(array));
        for (JsonNode e : array) {
            assertEquals(DAY, e.get("consideredOn").asText());
            assertEquals("NONE", e.get("award").asText());
            assertFalse(e.has("trace"), "no trace unless --explain");
        }
    }

    @Test
    void anUnknownFieldMakesThatDossierAnErrorRecordNamingTheFieldAndTheRestGoesOn() throws IOException {
        Path batch = write("batch.json", "[" + dossier("A-1") + "," + dossierWithUnknownField("A-2") + ","
                + dossier("A-3") + "]");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", batch.toString());

        assertEquals(1, r.status(), r::toString);
        JsonNode array = r.json();
        assertEquals(3, array.size());
        assertEquals(List.of("A-1", "A-2", "A-3"), ids(array));
        JsonNode error = array.get(1);
        assertEquals(1, error.get("index").asInt());
        assertEquals("INVALID_DOSSIER", error.at("/error/code").asText());
        assertEquals("evidence[0].bogus", error.at("/error/field").asText());
        assertTrue(error.at("/error/message").asText().contains("bogus"), error::toString);
        assertTrue(array.get(0).has("award") && array.get(2).has("award"), r::toString);
        assertFalse(r.err().contains("Exception"), "no stack trace for bad input:\n" + r.err());
    }

    @Test
    void errorRecordsAreIndexedAcrossTheWholeRun() throws IOException {
        Path a = write("a.json", "[" + dossier("A-1") + "," + dossier("A-2") + "]");
        Path b = write("b.json", "[" + dossier("B-1") + "," + dossierWithUnknownField("B-2") + "]");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", a.toString(), b.toString());

        assertEquals(1, r.status(), r::toString);
        assertEquals(3, r.json().get(3).get("index").asInt());
    }

    @Test
    void jsonLinesWithABrokenLineGiveOneRecordPerLine() throws IOException {
        Path batch = write("batch.jsonl", line(dossier("L-1")) + "\n{\"id\": \"L-2\", \"nominee\": \n"
                + line(dossier("L-3")) + "\n");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "jsonl", batch.toString());

        assertEquals(1, r.status(), r::toString);
        List<JsonNode> records = r.jsonLines();
        assertEquals(3, records.size(), r::toString);
        assertEquals("L-1", records.get(0).get("dossierId").asText());
        assertEquals(1, records.get(1).get("index").asInt());
        assertEquals("MALFORMED_JSON", records.get(1).at("/error/code").asText());
        assertEquals("L-3", records.get(2).get("dossierId").asText());
    }

    @Test
    void stdinIsReadForADash() {
        Cli.Result r = Cli.runWithInput("[" + dossier("S-1") + "]", "evaluate", "--considered-on", DAY,
                "--format", "json", "-");

        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of("S-1"), ids(r.json()));
    }

    @Test
    void aByteOrderMarkAsWindowsEditorsWriteIsSkipped() throws IOException {
        Path json = write("bom.json", "\uFEFF[" + dossier("W-1") + "]");
        Path lines = write("bom.jsonl", "\uFEFF" + line(dossier("W-2")) + "\n");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", json.toString(),
                lines.toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of("W-1", "W-2"), ids(r.json()));
    }

    @Test
    void anEmptyArrayGivesAnEmptyArray() throws IOException {
        Path empty = write("empty.json", "[]");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", empty.toString());

        assertEquals(0, r.status(), r::toString);
        assertEquals(0, r.json().size());
    }

    @Test
    void explainAddsTheTrace() throws IOException {
        Path one = write("one.json", dossier("E-1"));

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "json", "--explain", one.toString());

        assertEquals(0, r.status(), r::toString);
        JsonNode trace = r.json().get(0).get("trace");
        assertTrue(trace != null && trace.isArray() && trace.size() > 0, r::toString);
    }

    @Test
    void theTableIsForPeopleInVietnameseWithASummaryByAward() throws IOException {
        Path batch = write("batch.json", "[" + dossier("T-1") + "," + dossierWithUnknownField("T-2") + "]");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, batch.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("T-1"), r::toString);
        assertTrue(r.out().contains("Phòng Quản lý Đầu tư"), r::toString);
        assertTrue(r.out().contains("Không xét khen thưởng"), r::toString);
        assertTrue(r.out().contains("DOSSIER_NOT_SUBMITTED"), "the reason of a draft:\n" + r);
        assertTrue(r.out().contains("evidence[0].bogus"), r::toString);
        assertTrue(r.out().contains("Tổng hợp / summary: 2"), r::toString);
    }

    @Test
    void aMissingFileIsMisuse() throws IOException {
        Path one = write("one.json", dossier("M-1"));

        Cli.Result r = Cli.run("evaluate", "--format", "json", one.toString(), dir.resolve("missing.json").toString());

        assertEquals(2, r.status(), r::toString);
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().contains("missing.json"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void aBadOptionIsMisuse() throws IOException {
        Path one = write("one.json", dossier("O-1"));

        assertEquals(2, Cli.run("evaluate", "--no-such-option", one.toString()).status());
        assertEquals(2, Cli.run("evaluate", "--format", "xml", one.toString()).status());
        assertEquals(2, Cli.run("evaluate", "--considered-on", "30/11/2026", one.toString()).status());
        assertEquals(2, Cli.run("evaluate", "--considered-on", "2026-02-30", one.toString()).status());
        assertEquals(2, Cli.run("evaluate").status(), "a FILE is required");
        assertEquals(2, Cli.run("no-such-command").status());
    }

    @Test
    void aMissingRuleFolderIsMisuse() throws IOException {
        Path one = write("one.json", dossier("R-1"));

        Cli.Result r = Cli.run("evaluate", "--rules", dir.resolve("no-rules").toString(), one.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("no-rules"), r::toString);
    }

    @Test
    void explainShowsThePointsOfEachCriterionAndTheRulesThatFired() throws IOException {
        Path one = write("one.json", dossier("X-1"));

        Cli.Result r = Cli.run("explain", "--considered-on", DAY, "--lang", "en", "--trace", one.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("TT1.1"), r::toString);
        assertTrue(r.out().contains("KH 01/KH-QLĐT"), "the evidence that counted:\n" + r);
        assertTrue(r.out().contains("rules that fired"), r::toString);
        assertFalse(Cli.run("explain", "--considered-on", DAY, "--lang", "en", one.toString()).out()
                .contains("rules that fired"), "the trace only when asked");
    }

    @Test
    void explainTakesEveryDossierOrTheOneWithTheId() throws IOException {
        Path batch = write("batch.json", "[" + dossier("X-1") + "," + dossier("X-2") + "]");

        Cli.Result all = Cli.run("explain", "--considered-on", DAY, batch.toString());
        assertEquals(0, all.status(), all::toString);
        assertTrue(all.out().contains("X-1") && all.out().contains("X-2"), all::toString);
        assertEquals(2, Cli.run("explain", "--considered-on", DAY, "--id", "X-9", batch.toString()).status());
        Cli.Result r = Cli.run("explain", "--considered-on", DAY, "--id", "X-2", batch.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("X-2") && !r.out().contains("X-1"), r::toString);
    }
}
