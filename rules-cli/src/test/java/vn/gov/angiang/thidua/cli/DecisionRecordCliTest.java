package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.Digests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionRecordCliTest {

    private static final String DAY = "2026-11-25";

    @TempDir
    Path dir;

    @Test
    void evaluateRecordsOneLinePerDossierThatReplayReproduces() throws IOException {
        Path batch = Files.writeString(dir.resolve("batch.json"), "[" + Cli.dossier("R-1") + ","
                + Cli.dossierWithUnknownField("R-2") + "," + Cli.dossier("R-3") + "]", StandardCharsets.UTF_8);
        Path one = ExplainCommandTest.AT_89_5;
        Path records = dir.resolve("records.jsonl");

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--record", records.toString(), batch.toString(),
                one.toString());

        assertEquals(1, r.status(), r::toString);
        List<String> lines = Files.readAllLines(records, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "every dossier, the unreadable one too");
        JsonNode first = Cli.JSON.readTree(lines.get(0));
        assertEquals("an-giang-bqlkkt-2026", first.at("/ruleSet/id").asText());
        assertEquals(Cli.defaults().ruleSet().sha256(), first.at("/ruleSet/sha256").asText());
        assertEquals(DAY, first.get("consideredOn").asText());
        Instant.parse(first.get("evaluatedAt").asText());
        assertEquals(Digests.sha256(Files.readAllBytes(batch)), first.at("/received/sha256").asText());
        assertEquals(0, first.at("/received/index").intValue());
        assertEquals("R-1", first.at("/result/dossierId").asText());
        JsonNode broken = Cli.JSON.readTree(lines.get(1));
        assertEquals("INVALID_DOSSIER", broken.at("/result/error/code").asText());
        assertFalse(broken.has("dossier"));
        JsonNode last = Cli.JSON.readTree(lines.get(3));
        assertEquals(Digests.sha256(Files.readAllBytes(one)), last.at("/received/sha256").asText(),
                "a file of one dossier: the digest of the dossier exactly as received");
        assertEquals(0, last.at("/received/index").intValue(), "its place in its own file");
        assertEquals("89.5", last.at("/result/score").decimalValue().toPlainString());

        Cli.Result replay = Cli.run("replay", records.toString());
        assertEquals(0, replay.status(), replay::toString);
        assertTrue(replay.out().contains("3 records reproduced, 0 not, 1 of dossiers that could not be read"),
                replay::toString);

        Cli.run("evaluate", "--considered-on", DAY, "--record", records.toString(), one.toString());
        assertEquals(5, Files.readAllLines(records, StandardCharsets.UTF_8).size(), "the log only grows");
    }

    @Test
    void maskedNamesStillReplayAndATamperedResultIsCaught() throws IOException {
        Path one = ExplainCommandTest.SAMPLES.resolve("09-ca-nhan-bang-khen.json");
        Path records = dir.resolve("masked.jsonl");
        Cli.run("evaluate", "--considered-on", DAY, "--record", records.toString(), "--mask-names", one.toString());

        String line = Files.readString(records, StandardCharsets.UTF_8);
        assertFalse(line.contains("Nguyễn Thị Thu Hà"), line);
        assertTrue(line.contains("\"name\":\"***\""), line);
        assertEquals(0, Cli.run("replay", records.toString()).status());

        ObjectNode tampered = (ObjectNode) Cli.JSON.readTree(line);
        ((ObjectNode) tampered.get("result")).put("score", 99);
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), tampered + "\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("replay", bad.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("BQLKKT-2026-CN-001: kết quả khác / a different result"), r::toString);
    }

    /**
     * A crash in mid-write leaves the last line cut: at every byte of the last record (inside the JSON,
     * inside a multi-byte character), replay still counts the complete record and names the cut line.
     */
    @Test
    void aLastRecordCutAtAnyByteIsNamedAsTruncatedAndTheCompleteOnesStillReplay() throws IOException {
        // The complete record is of a dossier that could not be read: counted without an evaluation, so that
        // the thousand replays stay quick (the replay of an evaluation is tested above).
        Path batch = Files.writeString(dir.resolve("two.json"), "[" + Cli.dossierWithUnknownField("T-1") + ","
                + Cli.dossier("T-2") + "]", StandardCharsets.UTF_8);
        Path records = dir.resolve("whole.jsonl");
        assertEquals(1, Cli.run("evaluate", "--considered-on", DAY, "--record", records.toString(), batch.toString())
                .status());
        byte[] whole = Files.readAllBytes(records);
        int lastStart = 0;
        while (whole[lastStart++] != '\n') {
            // to the first byte of the second record
        }
        int lastEnd = whole.length - 1; // the newline of the last record
        Path cut = dir.resolve("cut.jsonl");
        int insideACharacter = 0;
        for (int end = lastStart + 1; end <= lastEnd; end++) {
            Files.write(cut, java.util.Arrays.copyOf(whole, end));
            insideACharacter += (whole[end] & 0xC0) == 0x80 ? 1 : 0;
            Cli.Result r = Cli.run("replay", cut.toString());
            if (end == lastEnd) { // the record whole, only its newline missing: nothing is cut
                assertEquals(0, r.status(), r::toString);
                assertTrue(r.out().contains("1 records reproduced, 0 not, 1 of dossiers that could not be read"),
                        r::toString);
            } else {
                assertEquals(ReplayCommand.TRUNCATED, r.status(), "cut after byte " + end + "\n" + r);
                assertTrue(r.out().contains("0 records reproduced, 0 not, 1 of dossiers that could not be read"),
                        r::toString);
                assertTrue(r.out().contains(cut + ":2: dòng cuối bị cắt dở"), r::toString);
                assertTrue(r.out().contains("line 2 truncated"), r::toString);
            }
        }
        assertTrue(insideACharacter > 10, "Vietnamese letters in the record: cuts inside a character were tried");
    }

    @Test
    void aCompleteLineThatIsNotUtf8IsADifferenceNotATruncation() throws IOException {
        Path records = dir.resolve("bad-utf8.jsonl");
        Files.write(records, new byte[]{'{', '"', (byte) 0xC3, '"', '}', '\n'});
        Cli.Result r = Cli.run("replay", records.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains(records + ":1: không phải UTF-8 / not UTF-8"), r::toString);
    }
}
