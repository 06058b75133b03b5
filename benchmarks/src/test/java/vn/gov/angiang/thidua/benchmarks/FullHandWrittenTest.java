package vn.gov.angiang.thidua.benchmarks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.testing.impact.DossierGenerator;
import vn.gov.angiang.thidua.testing.impact.DossierOnDay;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written evaluator is the same logic as the DRL: on the sample dossiers and on 20,000 seeded
 * generated ones, both give equal evaluations, every field (texts and rule names included). On failure
 * the first dossiers that differ are printed as JSON with the first field that differs.
 */
class FullHandWrittenTest {

    /** rules-test's generator: both kinds, every corner of the table, days of their own. */
    private static final int GENERATED = 16_000;
    /** benchmarks' own generator, the dossiers ThroughputRun times. */
    private static final int BENCHMARK_DOSSIERS = 4_000;
    private static final int SHOWN = 3;
    /** Days the samples are considered on besides the usual one: the deadline's days, the period's edge. */
    private static final List<LocalDate> SAMPLE_DAYS = List.of(Samples.CONSIDERED_ON, LocalDate.of(2026, 11, 19),
            LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
            LocalDate.of(2026, 6, 15));

    /** Every reason and warning code of the spec, and the two adjustments: what the dossiers must reach. */
    private static final Set<String> OUTCOMES = Set.of("SCOPE_AGENCY", "SCOPE_UNIT_TYPE", "SCOPE_EMPLOYMENT",
            "EXCLUSION_DISCIPLINE", "EXCLUSION_INVESTIGATION", "EXCLUSION_COMPLAINT", "EXCLUSION_PRESS",
            "DOSSIER_NO_CONFIRMATION", "DOSSIER_REPORT_NO_FIGURES", "DOSSIER_REPORT_NO_CASES", "DOSSIER_COPIES",
            "DOSSIER_LATE", "DOSSIER_NOT_SUBMITTED", "EVIDENCE_UNKNOWN_CRITERION", "EVIDENCE_NO_REF",
            "EVIDENCE_NO_RESULT", "EVIDENCE_BAD_RATE", "EVIDENCE_OUTSIDE_PERIOD", "EVIDENCE_TOO_LATE",
            "EVIDENCE_DUPLICATE", HandTable.LATE_RULE, HandTable.SANCTIONED_RULE,
            "GIAY_KHEN", "BANG_KHEN", "NONE");

    private static Evaluator drl;
    private static Evaluator hand;
    private static final Set<String> reached = new HashSet<>();

    @BeforeAll
    static void evaluators() {
        drl = RuleSets.defaults();
        hand = new FullHandWritten(drl.ruleSet());
    }

    @Test
    void samplesEvaluateTheSame() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Dossier> sample : Samples.all().entrySet()) {
            for (LocalDate day : SAMPLE_DAYS) {
                compare(sample.getKey() + " on " + day, sample.getValue(), day, failures);
                compared++;
            }
        }
        assertEquals(16 * SAMPLE_DAYS.size(), compared, "the 16 samples on each day");
        assertTrue(failures.isEmpty(), report(failures, compared));
    }

    @Test
    void generatedDossiersEvaluateTheSame() {
        List<String> failures = new ArrayList<>();
        DossierGenerator generator = new DossierGenerator(2026);
        for (int i = 0; i < GENERATED; i++) {
            DossierOnDay next = generator.next();
            compare("DossierGenerator(2026) #" + i, next.dossier(), next.consideredOn(), failures);
        }
        GeneratedDossiers benchmark = new GeneratedDossiers(2026);
        for (int i = 0; i < BENCHMARK_DOSSIERS; i++) {
            compare("GeneratedDossiers(2026) #" + i, benchmark.dossier(i), Samples.CONSIDERED_ON, failures);
        }
        assertTrue(failures.isEmpty(), report(failures, GENERATED + BENCHMARK_DOSSIERS));
        Set<String> missed = new HashSet<>(OUTCOMES);
        missed.removeAll(reached);
        assertTrue(missed.isEmpty(), "the generated dossiers never reach " + missed);
    }

    /** The diagnosis itself: a changed field deep in a list is the one named. */
    @Test
    void firstDifferenceNamesTheField() {
        Dossier sample = Samples.all().values().iterator().next();
        Evaluation e = drl.evaluate(sample, Samples.CONSIDERED_ON);
        List<CriterionResult> criteria = new ArrayList<>(e.criteria());
        CriterionResult c = criteria.get(1);
        criteria.set(1, new CriterionResult(c.code(), c.points(), c.max(), c.evidence(),
                c.rule() + "!", c.method(), c.perItem(), c.bands()));
        Evaluation changed = new Evaluation(e.dossierId(), e.ruleSet(), e.consideredOn(), e.score(), e.awardByScore(),
                e.award(), e.reasons(), criteria, e.groups(), e.bonus(), e.deductions(), e.warnings(),
                e.selfScoreGap(), e.trace(), e.thresholds());
        assertEquals("criteria[1].rule", firstDifference("", e, changed).split(":")[0]);
        assertEquals(null, firstDifference("", e, e));
    }

    private static String report(List<String> failures, int compared) {
        return failures.size() + " of " + compared + " evaluations differ; the first:\n\n"
                + String.join("\n\n", failures.subList(0, Math.min(SHOWN, failures.size())));
    }

    private static void compare(String what, Dossier dossier, LocalDate day, List<String> failures) {
        Evaluation expected = drl.evaluate(dossier, day);
        Evaluation actual = hand.evaluate(dossier, day);
        expected.reasons().forEach(r -> reached.add(r.code()));
        expected.warnings().forEach(w -> reached.add(w.code()));
        expected.criteria().forEach(c -> reached.add(c.rule()));
        reached.add(expected.awardByScore().name());
        if (!expected.equals(actual)) {
            failures.add(what + ", considered on " + day + ": " + firstDifference("", expected, actual)
                    + "\ndossier: " + DossierJson.writeLine(dossier));
        }
    }

    /** The path of the first field where the two differ, with both values; null when they are equal. */
    static String firstDifference(String path, Object drlValue, Object handValue) {
        if (Objects.equals(drlValue, handValue)) {
            return null;
        }
        if (drlValue instanceof Record a && handValue instanceof Record b && a.getClass() == b.getClass()) {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                String d = firstDifference(path.isEmpty() ? rc.getName() : path + "." + rc.getName(),
                        value(rc, a), value(rc, b));
                if (d != null) {
                    return d;
                }
            }
        }
        if (drlValue instanceof List<?> a && handValue instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String d = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
            return path + ": " + a.size() + " items (DRL) vs " + b.size() + " (hand-written); DRL " + a
                    + " vs hand-written " + b;
        }
        return path + ": DRL " + drlValue + " vs hand-written " + handValue;
    }

    private static Object value(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
