package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.SchemaSupport.DOSSIER;
import static vn.gov.angiang.thidua.api.json.SchemaSupport.EVALUATION;
import static vn.gov.angiang.thidua.api.json.SchemaSupport.errors;
import static vn.gov.angiang.thidua.api.json.TestDossiers.BASE;
import static vn.gov.angiang.thidua.api.json.TestDossiers.with;

/** The shipped schemas agree with the reader and the writer: what one accepts, the other does. */
class SchemaTest {

    /** The sample dossiers of the examples module, relative to this module's directory (surefire's cwd). */
    private static final Path SAMPLES = Path.of("..", "examples", "dossiers");

    private static final Set<ValidationMessage> NONE = Set.of();

    @ParameterizedTest
    @ValueSource(strings = {Schemas.DOSSIER, Schemas.EVALUATION})
    void eachSchemaIsAValidDraft202012Schema(String name) {
        JsonSchema meta = SchemaSupport.FACTORY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(NONE, meta.validate(SchemaSupport.tree(Schemas.text(name))));
    }

    @Test
    void anUnknownSchemaNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schemas.open("no/such.schema.json"));
    }

    @Test
    void everySampleDossierIsValidAndReadable() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty(), "no sample dossiers (*.json) under " + SAMPLES.toAbsolutePath().normalize());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = SchemaSupport.tree(text);
            // A sample may be one dossier or a batch (an array of dossiers).
            List<JsonNode> dossiers = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(dossiers::add);
            } else {
                dossiers.add(root);
            }
            for (int i = 0; i < dossiers.size(); i++) {
                JsonNode d = dossiers.get(i);
                String where = file.getFileName() + (root.isArray() ? "[" + i + "]" : "");
                checks.add(() -> assertEquals(NONE, errors(DOSSIER, d), where));
            }
            checks.add(() -> {
                List<DossierRead> read = new ArrayList<>();
                DossierJson.readBatch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, read::add);
                assertEquals(dossiers.size(), read.size(), file.getFileName().toString());
                read.forEach(r -> assertInstanceOf(DossierRead.Ok.class, r, file.getFileName() + ": " + r));
            });
        }
        assertAll(checks);
    }

    @Test
    void theDossierOfFormatsMdIsValid() {
        assertEquals(NONE, errors(DOSSIER, BASE));
    }

    /** Every input error of the strict reader's table is an error for the schema too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.gov.angiang.thidua.api.json.DossierJsonStrictTest#invalid")
    void whatTheReaderRejectsTheSchemaRejects(String label, String json, String field) {
        assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json));
        assertFalse(errors(DOSSIER, json).isEmpty(), label + " passed the schema");
    }

    /** And what the reader leaves to the rules, the schema accepts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.gov.angiang.thidua.api.json.DossierJsonStrictTest#acceptedForTheRules")
    void whatTheReaderAcceptsTheSchemaAccepts(String label, String json) {
        DossierJson.readDossier(json);
        assertEquals(NONE, errors(DOSSIER, json), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\\t", " \\n "})
    void aMissingOrBlankIdIsRejectedByBoth(String id) {
        String blank = with("\"id\": \"BQLKKT-2026-CN-007\"", "\"id\": \"" + id + "\"");
        String missing = with("\"id\": \"BQLKKT-2026-CN-007\",", "");
        for (String json : List.of(blank, missing)) {
            assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json));
            assertFalse(errors(DOSSIER, json).isEmpty(), json);
        }
    }

    @Test
    void anEmptyStringDateIsAbsentForBothWhereTheDateIsOptional() {
        String json = TestDossiers.edit(with("\"date\": \"2026-10-30\"", "\"date\": \"\""),
                "\"received\": \"2026-11-18\"", "\"received\": \"\"");
        assertEquals(NONE, errors(DOSSIER, json));
        DossierJson.readDossier(json);
    }

    @Test
    void aDateFollowedByANewlineIsRejectedByBoth() {
        // java.util.regex's '$' also matches before a final newline; maxLength keeps the schema exact.
        String json = with("\"date\": \"2026-10-30\"", "\"date\": \"2026-10-30\\n\"");
        assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json));
        assertFalse(errors(DOSSIER, json).isEmpty());
    }

    /**
     * What JSON Schema cannot say, documented here so that a change on either side is noticed: a
     * whole number written with a fraction part of zero or an exponent is still an integer to JSON
     * Schema but not to the reader, and JSON Schema sees parsed objects, so never a duplicate key.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"done\": 19.0", "\"done\": 1.9e1"})
    void theReaderIsStricterThanTheSchemaAboutIntegers(String done) {
        String json = with("\"done\": 19", done);
        assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json));
        assertEquals(NONE, errors(DOSSIER, json));
    }

    // ---- the evaluation schema ----

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Message TEXT = new Message("Đang có đơn khiếu nại chưa giải quyết",
            "A complaint is being verified");

    static Evaluation fullEvaluation() {
        return new Evaluation("BQLKKT-2026-CN-012", new RuleSetInfo("an-giang-bqlkkt-2026", "1.0.0", SHA),
                LocalDate.of(2026, 11, 25), new BigDecimal("91.5"), Award.BANG_KHEN, Award.NONE,
                List.of(new Reason("EXCLUSION_COMPLAINT", Category.EXCLUSION, TEXT, "Đơn ngày 01/08/2026",
                        "exclusion: complaint being verified")),
                List.of(new CriterionResult("CN3.1", new BigDecimal("7"), new BigDecimal("21"),
                                List.of("Vụ việc 05/VV-2026"), "CN3.1 per item"),
                        new CriterionResult("CN5", new BigDecimal("2.5"), new BigDecimal("10"), List.of(), null)),
                List.of(new GroupResult("CN3", new BigDecimal("7"), new BigDecimal("35"))),
                new BigDecimal("0"), new BigDecimal("2"),
                List.of(new Warning("EVIDENCE_NO_RESULT", "Báo cáo 41/BC-VP", "CN2.1", TEXT),
                        new Warning("EVIDENCE_UNKNOWN_CRITERION", null, null, TEXT)),
                new BigDecimal("1.00"), List.of("scope: agency", "score: total"));
    }

    /** No reasons, no self-score, no trace: the optional fields are absent, not null. */
    static Evaluation plainEvaluation() {
        return new Evaluation("BQLKKT-2026-TT-001", new RuleSetInfo("an-giang-bqlkkt-2026", "0", SHA),
                LocalDate.of(2026, 11, 25), new BigDecimal("100"), Award.BANG_KHEN, Award.BANG_KHEN,
                List.of(new Reason("DOSSIER_LATE", Category.DOSSIER, TEXT, null, null)), List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
    }

    @Test
    void evaluationsAsWrittenAreValid() {
        for (Evaluation e : List.of(fullEvaluation(), plainEvaluation())) {
            assertEquals(NONE, errors(EVALUATION, DossierJson.writeLine(e)), e.dossierId());
            assertEquals(NONE, errors(EVALUATION, DossierJson.write(e)), e.dossierId());
        }
        String plain = DossierJson.writeLine(plainEvaluation());
        assertFalse(plain.contains("selfScoreGap") || plain.contains("trace") || plain.contains("\"ref\""), plain);
    }

    @Test
    void errorRecordsAsWrittenAreValid() {
        List<ErrorRecord> records = new ArrayList<>(List.of(
                new ErrorRecord(null, 0, new ErrorRecord.Error("MALFORMED_JSON", "malformed JSON at line 3", null)),
                new ErrorRecord("BQLKKT-2026-CN-007", 17,
                        new ErrorRecord.Error("INVALID_DOSSIER", "no such day", "evidence[2].date"))));
        String batch = "[" + TestDossiers.minimal("A") + ", {\"id\": \"B\", \"x\": 1}, {\"id\": "
                + ", " + TestDossiers.minimal("C") + "]";
        DossierJson.readBatch(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), false, r -> {
            if (r instanceof DossierRead.Failed f) {
                records.add(f.error());
            }
        });
        assertEquals(4, records.size(), records::toString);
        for (ErrorRecord r : records) {
            String line = DossierJson.writeLine(r);
            assertTrue(line.contains("\"dossierId\""), "an unknown id is written as null, not left out: " + line);
            assertEquals(NONE, errors(EVALUATION, line), line);
        }
    }

    /** Breakages of a written evaluation or error record, each of which the schema must catch. */
    static Stream<Consumer<ObjectNode>> brokenEvaluations() {
        return Stream.of(
                e -> e.remove("score"),
                e -> e.remove("reasons"),
                e -> e.put("score", "91.5"),
                e -> e.put("score", 100.5),
                e -> e.put("award", "GIAY KHEN"),
                e -> e.put("consideredOn", "25/11/2026"),
                e -> e.putNull("selfScoreGap"),
                e -> e.put("extra", 1),
                e -> ((ObjectNode) e.get("ruleSet")).put("sha256", "…"),
                e -> ((ObjectNode) e.get("reasons").get(0)).put("category", "OTHER"),
                e -> ((ObjectNode) e.get("reasons").get(0)).remove("message"),
                e -> ((ObjectNode) e.get("criteria").get(0)).put("points", -1),
                e -> ((ObjectNode) e.get("warnings").get(0).get("message")).remove("en"),
                // Half an evaluation and half an error record is neither.
                e -> e.put("index", 3).putObject("error").put("code", "INVALID_DOSSIER").put("message", "x"));
    }

    @ParameterizedTest
    @MethodSource("brokenEvaluations")
    void aBrokenEvaluationIsRejected(Consumer<ObjectNode> breakage) {
        ObjectNode e = (ObjectNode) SchemaSupport.tree(DossierJson.writeLine(fullEvaluation()));
        breakage.accept(e);
        assertFalse(errors(EVALUATION, e).isEmpty(), e.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"dossierId\": null, \"index\": -1, \"error\": {\"code\": \"MALFORMED_JSON\", \"message\": \"x\"}}",
            "{\"index\": 0, \"error\": {\"code\": \"MALFORMED_JSON\", \"message\": \"x\"}}",
            "{\"dossierId\": null, \"index\": 0, \"error\": {\"code\": \"MALFORMED_JSON\"}}",
            "{\"dossierId\": null, \"index\": 0, \"error\": {\"code\": \"MALFORMED_JSON\", \"message\": \"x\", \"field\": null}}",
            "{\"dossierId\": null, \"index\": 0.5, \"error\": {\"code\": \"MALFORMED_JSON\", \"message\": \"x\"}}",
            "{\"dossierId\": null, \"index\": 0, \"error\": {\"code\": \"invalid\", \"message\": \"x\"}}"})
    void aBrokenErrorRecordIsRejected(String json) {
        assertFalse(errors(EVALUATION, json).isEmpty(), json);
    }
}
