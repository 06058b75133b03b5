package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.json.DecisionLog;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingEvaluatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T03:04:05Z");
    private static final RuleSetInfo SET = new RuleSetInfo("stub", "1.2.3",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Evaluator STUB = new Evaluator() {
        @Override
        public Evaluation evaluate(Dossier d, LocalDate day) {
            return new Evaluation(d.id(), SET, day, new BigDecimal("89.5"), Award.GIAY_KHEN, Award.GIAY_KHEN,
                    List.of(), List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
        }

        @Override
        public Evaluation explain(Dossier d, LocalDate day) {
            return evaluate(d, day);
        }

        @Override
        public RuleSetInfo ruleSet() {
            return SET;
        }
    };

    private static Dossier individual(String name) {
        return DossierJson.readDossier("""
                {"id": "CN-1", "nominee": {"kind": "INDIVIDUAL", "name": "%s", "agency": "BQLKKT-AG",
                 "employment": "CIVIL_SERVANT"}}""".formatted(name));
    }

    /**
     * What a crash can leave: each record reaches the stream in one write of the whole line, newline
     * included, then a flush; so a file cut at any moment holds at most one incomplete line, its last.
     */
    @Test
    void eachRecordIsOneWriteOfAWholeLineThenAFlush() {
        List<String> calls = new java.util.ArrayList<>();
        java.io.OutputStream watched = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                calls.add("write 1 byte");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                calls.add("write line " + (b[off + len - 1] == '\n'));
            }

            @Override
            public void flush() {
                calls.add("flush");
            }
        };
        Evaluator e = new RecordingEvaluator(STUB, new DecisionLog(watched), false, Clock.fixed(NOW, ZoneOffset.UTC));
        e.evaluate(individual("Nguyễn Thị Thu Hà"), DAY);
        e.evaluate(individual("Trần Văn Ơn"), DAY);
        assertEquals(List.of("write line true", "flush", "write line true", "flush"), calls);
    }

    @Test
    void everyEvaluationIsRecordedWithTheRuleSetTheDigestTheDayTheTimeAndTheResult() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Evaluator e = new RecordingEvaluator(STUB, new DecisionLog(log), false, Clock.fixed(NOW, ZoneOffset.UTC));
        Dossier d = individual("Nguyễn Thị Thu Hà");

        Evaluation result = e.evaluate(d, DAY);
        e.evaluate(d, DAY);

        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), "one line per evaluation");
        JsonNode r = JSON.readTree(lines.get(0));
        assertEquals("stub", r.at("/ruleSet/id").asText());
        assertEquals("1.2.3", r.at("/ruleSet/version").asText());
        assertEquals(SET.sha256(), r.at("/ruleSet/sha256").asText());
        assertEquals(Digests.sha256Of(d), r.get("dossierSha256").asText());
        assertEquals(64, r.get("dossierSha256").asText().length());
        assertEquals("2026-11-25", r.get("consideredOn").asText());
        assertEquals("2026-11-25T03:04:05Z", r.get("evaluatedAt").asText());
        assertEquals(JSON.readTree(DossierJson.writeLine(result)), r.get("result"));
        assertEquals("Nguyễn Thị Thu Hà", r.at("/dossier/nominee/name").asText());
        assertFalse(r.get("namesMasked").asBoolean());
    }

    @Test
    void maskingHidesAnIndividualsNameButNotTheDigestOfTheDossierAsReceived() throws IOException {
        List<DecisionRecord> records = new ArrayList<>();
        Dossier d = individual("Đặng Thị Kim Ngân");
        new RecordingEvaluator(STUB, records::add, true).evaluate(d, DAY);

        DecisionRecord r = records.get(0);
        assertEquals(DecisionRecord.MASK, r.dossier().nominee().name());
        assertEquals(Digests.sha256Of(d), r.dossierSha256(), "the digest is of the dossier before masking");
        String line = DossierJson.writeLine(r);
        assertFalse(line.contains("Ngân") || line.contains(Normalizer.normalize("Ngân", Normalizer.Form.NFD)), line);
        assertTrue(JSON.readTree(line).get("namesMasked").asBoolean());
    }

    @Test
    void aCollectivesNameIsNotPersonalAndStays() {
        Dossier unit = DossierJson.readDossier("""
                {"id": "TT-1", "nominee": {"kind": "COLLECTIVE", "name": "Phòng Quản lý Đầu tư",
                 "agency": "BQLKKT-AG", "unitType": "DEPARTMENT"}}""");
        DecisionRecord r = DecisionRecord.of(SET, DAY, NOW, unit, STUB.evaluate(unit, DAY), null, true);
        assertSame(unit, r.dossier());
    }

    @Test
    void theDigestFollowsTheContentNotTheLayoutAndTellsNfdFromNfc() {
        Dossier nfc = individual("Hà");
        Dossier spaced = DossierJson.readDossier("""
                {  "id" : "CN-1",
                   "nominee": {"kind": "INDIVIDUAL", "name": "Hà", "agency": "BQLKKT-AG", "employment": "CIVIL_SERVANT"} }""");
        assertEquals(Digests.sha256Of(nfc), Digests.sha256Of(spaced));
        assertNotEquals(Digests.sha256Of(nfc),
                Digests.sha256Of(individual(Normalizer.normalize("Hà", Normalizer.Form.NFD))),
                "the bytes received differ, and so does the digest");
    }

    @Test
    void aDecisionThatCannotBeRecordedFails() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        Evaluator e = new RecordingEvaluator(STUB, new DecisionLog(broken), false);
        UncheckedIOException x = assertThrows(UncheckedIOException.class, () -> e.evaluate(individual("A"), DAY));
        assertTrue(x.getMessage().contains("CN-1"), x.getMessage());
    }
}
