package vn.gov.angiang.thidua.examples;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingExampleTest {

    private static final LocalDate CONSIDERED_ON = LocalDate.of(2026, 11, 25);

    @Test
    void theDefaultSampleEarnsBangKhenAndIsSaidInVietnamese() throws Exception {
        Evaluation e = EmbeddingExample.evaluate(SharedEvaluator.get(),
                EmbeddingExample.sample("01-tap-the-bang-khen.json"), CONSIDERED_ON);

        assertEquals(Award.BANG_KHEN, e.award());
        assertEquals(0, new BigDecimal("96.5").compareTo(e.score()), () -> "score " + e.score());
        String words = EmbeddingExample.inWords(e);
        assertTrue(words.startsWith("BQLKKT-2026-TT-001: Bằng khen của Tỉnh ủy\n"), words);
        assertTrue(words.contains("Điểm: 96.5 "), words);
    }

    @Test
    void aBlockedSampleSaysNoAwardAndWhy() throws Exception {
        Evaluation e = EmbeddingExample.evaluate(SharedEvaluator.get(),
                EmbeddingExample.sample("16-ca-nhan-gui-tre-han.json"), CONSIDERED_ON);

        assertEquals(Award.NONE, e.award());
        assertEquals(Award.BANG_KHEN, e.awardByScore());
        String words = EmbeddingExample.inWords(e);
        assertTrue(words.contains(Award.NONE.inWords().vi()), words);
        assertTrue(words.contains("(theo điểm: " + Award.BANG_KHEN.inWords().vi() + ")"), words);
        assertEquals(2, words.lines().filter(l -> l.startsWith("- ")).count(), words);
    }
}
