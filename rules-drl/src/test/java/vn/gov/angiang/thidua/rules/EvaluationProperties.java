package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;

import java.math.BigDecimal;
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

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
