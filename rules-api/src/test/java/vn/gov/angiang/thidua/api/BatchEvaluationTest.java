package vn.gov.angiang.thidua.api;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One outcome per record whatever the evaluator does; a repeated id is evaluated, with a warning. */
class BatchEvaluationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    /** An evaluator that answers with {@code behaviour}: an empty evaluation, or whatever it throws. */
    private static Evaluator evaluator(Function<Dossier, Evaluation> behaviour) {
        return new Evaluator() {
            @Override
            public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
                return behaviour.apply(dossier);
            }

            @Override
            public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
                return behaviour.apply(dossier);
            }

            @Override
            public RuleSetInfo ruleSet() {
                return new RuleSetInfo("stub", "0", "0");
            }
        };
    }

    private static Evaluation empty(Dossier d) {
        return new Evaluation(d.id(), new RuleSetInfo("stub", "0", "0"), DAY, BigDecimal.ZERO, Award.NONE, Award.NONE,
                List.of(), List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
    }

    private static List<Outcome> run(Evaluator evaluator, String jsonLines) {
        BatchEvaluation batch = new BatchEvaluation(evaluator, DAY, false);
        List<Outcome> out = new ArrayList<>();
        new DossierReader().read(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON_LINES, r -> out.add(batch.evaluate(r)));
        return out;
    }

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"BQLKKT-AG\"}}\n";
    }

    private static long duplicateWarnings(Outcome o) {
        return assertInstanceOf(Evaluation.class, o).warnings().stream()
                .filter(w -> w.code().equals(BatchEvaluation.DUPLICATE_DOSSIER_ID)).count();
    }

    @Test
    void aRepeatedIdIsEvaluatedBothTimesAndTheSecondIsWarned() {
        List<Outcome> out = run(evaluator(BatchEvaluationTest::empty), line("A") + line("B") + line("A") + line("A"));
        assertEquals(4, out.size());
        assertEquals(0, duplicateWarnings(out.get(0)));
        assertEquals(0, duplicateWarnings(out.get(1)));
        assertEquals(1, duplicateWarnings(out.get(2)));
        assertEquals(1, duplicateWarnings(out.get(3)));
        Warning w = ((Evaluation) out.get(2)).warnings().get(0);
        assertEquals("A", w.ref());
        assertTrue(!w.message().vi().isBlank() && !w.message().en().isBlank());
    }

    @Test
    void anIdTypedInNfdOrWithSpacesIsTheSameId() {
        String nfc = "HS-Đà-Lạt-01";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        List<Outcome> out = run(evaluator(BatchEvaluationTest::empty), line(nfc) + line(nfd) + line(" " + nfc + " "));
        assertEquals(0, duplicateWarnings(out.get(0)));
        assertEquals(1, duplicateWarnings(out.get(1)));
        assertEquals(1, duplicateWarnings(out.get(2)));
    }

    @Test
    void aFailureOfTheRulesIsAnErrorRecordAndTheBatchGoesOn() {
        Evaluator failing = evaluator(d -> {
            if (d.id().equals("BOOM")) {
                throw new IllegalStateException("a rule divided by zero\nsecond line");
            }
            return empty(d);
        });
        List<Outcome> out = run(failing, line("A") + line("BOOM") + "{broken\n" + line("C"));
        assertEquals(4, out.size());
        ErrorRecord e = assertInstanceOf(ErrorRecord.class, out.get(1));
        assertEquals("BOOM", e.dossierId());
        assertEquals(1, e.index());
        assertEquals(ErrorRecord.EVALUATION_FAILED, e.error().code());
        assertEquals("a rule divided by zero", e.error().message());
        assertEquals(ErrorRecord.MALFORMED_JSON, assertInstanceOf(ErrorRecord.class, out.get(2)).error().code());
        assertEquals(2, ((ErrorRecord) out.get(2)).index());
        assertInstanceOf(Evaluation.class, out.get(3));
    }

    @Test
    void anEvaluatorRefusingTheDossierGivesItsErrorRecord() {
        Evaluator refusing = evaluator(d -> {
            throw new InvalidDossierException(ErrorRecord.INVALID_DOSSIER, "MISSING_FIELD", d.id(), "nominee.agency",
                    "nominee.agency is required", null, null);
        });
        List<Outcome> out = run(refusing, line("A"));
        ErrorRecord e = assertInstanceOf(ErrorRecord.class, out.get(0));
        assertEquals("MISSING_FIELD", e.error().kind());
        assertEquals("nominee.agency", e.error().field());
        assertEquals(0, e.index());
    }

    @Test
    void aReadErrorPassesThroughAsItIs() {
        DossierRead.Failed failed = new DossierRead.Failed(7, new ErrorRecord(null, 7,
                new ErrorRecord.Error(ErrorRecord.MALFORMED_JSON, "broken", null)));
        assertEquals(failed.error(), new BatchEvaluation(evaluator(BatchEvaluationTest::empty), DAY, false)
                .evaluate(failed));
    }
}
