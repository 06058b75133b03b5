package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.json.DossierRead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** Properties that hold for every dossier, whatever it contains. */
@Tag("properties")
class EvaluationProperties {

    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private static Gen<Dossier> dossiers() {
        return Dossiers.dossiers();
    }

    private static Evaluation evaluate(Dossier d) {
        return DefaultRules.EVALUATOR.evaluate(d, Dossiers.CONSIDERED_ON);
    }

    @Test
    void scoreStaysWithinZeroAndHundred() {
        Theories.check(400, dossiers(), d -> {
            Evaluation e = evaluate(d);
            assertTrue(e.score().signum() >= 0 && e.score().compareTo(BigDecimal.valueOf(100)) <= 0,
                    e.score()::toString);
            e.criteria().forEach(c -> assertTrue(c.points().signum() >= 0 && c.points().compareTo(c.max()) <= 0,
                    () -> c.code() + " " + c.points() + " > " + c.max()));
            e.groups().forEach(g -> assertTrue(g.points().compareTo(g.max()) <= 0, g::toString));
            assertTrue(e.bonus().compareTo(BigDecimal.valueOf(5)) <= 0);
            assertEquals(5, e.groups().size());
        });
    }

    @Test
    void awardIsNoneWithAnyReasonAndTheBandOtherwise() {
        Theories.check(400, dossiers(), d -> {
            Evaluation e = evaluate(d);
            if (e.reasons().isEmpty()) {
                assertEquals(e.awardByScore(), e.award());
            } else {
                assertEquals(Award.NONE, e.award());
            }
        });
    }

    @Test
    void awardByScoreFollowsTheBands() {
        Theories.Tally awardByScore = new Theories.Tally("awardByScore");
        Theories.check(400, dossiers(), d -> {
            Evaluation e = evaluate(d);
            awardByScore.collect(e.awardByScore());
            Award expected = e.score().compareTo(EIGHTY) < 0 ? Award.NONE
                    : e.score().compareTo(NINETY) < 0 ? Award.GIAY_KHEN : Award.BANG_KHEN;
            assertEquals(expected, e.awardByScore());
        });
        // The generators must reach every band, or this property proves little.
        awardByScore.assertEachOccurred((Object[]) Award.values());
    }

    @Test
    void shufflingEvidenceReportsAndProceedingsChangesNothing() {
        Theories.check(300, dossiers(), longs().all(), (d, seed) -> {
            Random random = new Random(seed);
            Dossier shuffled = new Dossier(d.id(), d.nominee(), shuffle(d.evidence(), random),
                    shuffle(d.reports(), random), shuffle(d.proceedings(), random), shuffle(d.sanctions(), random),
                    d.submission(), d.selfScore());
            assertEquals(evaluate(d), evaluate(shuffled));
        });
    }

    @Test
    void evaluatingTwiceGivesTheSameEvaluation() {
        Theories.check(200, dossiers(), d -> assertEquals(evaluate(d), evaluate(d)));
    }

    @Test
    void eightThreadsAtOnceGiveIdenticalEvaluations() {
        Theories.check(30, dossiers(), d -> {
            Evaluation alone = evaluate(d);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Evaluation>> tasks = Collections.nCopies(8, () -> evaluate(d));
                for (Future<Evaluation> f : pool.invokeAll(tasks)) {
                    assertEquals(alone, f.get());
                }
            } catch (InterruptedException | ExecutionException ex) {
                throw new AssertionError("evaluating on eight threads failed", ex);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    /** Codes whose valid items can only add points: PER_ITEM, FLAT and bonus lines (not RATE, not deductions). */
    private static final List<String> ADDING_COLLECTIVE = List.of("TT1.1", "TT1.2", "TT1.3", "TT2.1", "TT2.3", "TT2.4",
            "TT2.5", "TT3.1", "TT3.2", "TT4.1", "TT4.2", "TT-B1", "TT-B2");
    private static final List<String> ADDING_INDIVIDUAL = List.of("CN1.1", "CN1.2", "CN2.1", "CN3.1", "CN3.2", "CN4.1",
            "CN4.2", "CN-B1", "CN-B2");

    @Test
    void addingAValidEvidenceItemNeverLowersTheScore() {
        Theories.Tally raised = new Theories.Tally("the added item raised the score");
        Theories.check(300, dossiers(), integers().between(0, 99), integers().between(0, 300), (d, which, day) -> {
            List<String> codes = d.nominee().kind() == NomineeKind.COLLECTIVE ? ADDING_COLLECTIVE : ADDING_INDIVIDUAL;
            // Dated inside the period and before any receipt date the generators give (from 2026-10-30 on).
            Evidence item = new Evidence(codes.get(which % codes.size()), "Vụ việc thêm " + which + "/VV-2026",
                    LocalDate.of(2026, 1, 1).plusDays(day), "Nội dung", "Có kết quả", null, null);
            List<Evidence> more = new ArrayList<>(d.evidence());
            more.add(which % 2 == 0 ? 0 : more.size(), item);
            Evaluation before = evaluate(d);
            Evaluation after = evaluate(new Dossier(d.id(), d.nominee(), more, d.reports(), d.proceedings(),
                    d.sanctions(), d.submission(), d.selfScore()));
            assertTrue(after.score().compareTo(before.score()) >= 0,
                    () -> item + " lowered the score from " + before.score() + " to " + after.score());
            raised.collect(after.score().compareTo(before.score()) > 0);
        });
        raised.assertEachOccurred(true, false);
    }

    @Test
    void removingAProceedingRemovesOnlyItsOwnReason() {
        Theories.Tally removed = new Theories.Tally("reasons removed with the proceeding");
        Theories.check(300, dossiers(), integers().between(0, 99), (d, which) -> {
            if (d.proceedings().isEmpty()) {
                return;
            }
            int i = which % d.proceedings().size();
            Proceeding gone = d.proceedings().get(i);
            List<Proceeding> rest = new ArrayList<>(d.proceedings());
            rest.remove(i);
            Evaluation before = evaluate(d);
            Evaluation after = evaluate(new Dossier(d.id(), d.nominee(), d.evidence(), d.reports(), rest,
                    d.sanctions(), d.submission(), d.selfScore()));
            List<Reason> lost = new ArrayList<>(before.reasons());
            for (Reason r : after.reasons()) {
                assertTrue(lost.remove(r), () -> "a reason appeared when " + gone + " was removed: " + r);
            }
            assertTrue(lost.size() <= 1, () -> "removing " + gone + " removed " + lost);
            lost.forEach(r -> {
                assertEquals(Category.EXCLUSION, r.category(), r::toString);
                assertEquals(gone.ref() == null ? null : gone.ref().strip(), r.ref() == null ? null : r.ref().strip());
            });
            assertEquals(before.score(), after.score());
            assertEquals(before.criteria(), after.criteria());
            removed.collect(lost.size());
        });
        removed.assertEachOccurred(0, 1);
    }

    @Test
    void aBatchGivesEachDossierTheSameResultInAnyOrder() {
        Theories.check(40, lists().of(dossiers()).ofSizeBetween(2, 12), longs().all(), (ds, seed) -> {
            List<Dossier> numbered = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) { // distinct ids: a repeated id is warned about where it comes second
                Dossier d = ds.get(i);
                numbered.add(new Dossier("HS-" + i, d.nominee(), d.evidence(), d.reports(), d.proceedings(),
                        d.sanctions(), d.submission(), d.selfScore()));
            }
            assertEquals(batch(numbered), batch(shuffle(numbered, new Random(seed))));
        });
    }

    private static java.util.Map<String, Outcome> batch(List<Dossier> dossiers) {
        BatchEvaluation batch = new BatchEvaluation(DefaultRules.EVALUATOR, Dossiers.CONSIDERED_ON, false);
        java.util.Map<String, Outcome> byId = new java.util.TreeMap<>();
        for (int i = 0; i < dossiers.size(); i++) {
            byId.put(dossiers.get(i).id(), batch.evaluate(new DossierRead.Ok(i, dossiers.get(i))));
        }
        return byId;
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
