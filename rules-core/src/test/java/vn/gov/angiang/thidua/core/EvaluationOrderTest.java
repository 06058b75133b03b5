package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.vocabulary.AwardByScore;
import vn.gov.angiang.thidua.vocabulary.Criterion;
import vn.gov.angiang.thidua.vocabulary.FinalAward;
import vn.gov.angiang.thidua.vocabulary.GroupPoints;
import vn.gov.angiang.thidua.vocabulary.Points;
import vn.gov.angiang.thidua.vocabulary.Score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lists of an evaluation are in one canonical order whatever the order of the facts (which follows the
 * order of the dossier's items): findings that tie on code, criterion and reference, such as the two
 * EVIDENCE_TOO_LATE warnings of one item, are told apart by their message.
 */
class EvaluationOrderTest {

    private static final Dossier DOSSIER = new Dossier("D-1",
            new Nominee(NomineeKind.COLLECTIVE, null, "BQLKKT-AG", null, null, null),
            null, null, null, null, null, null);
    private static final RuleSetInfo RULE_SET = new RuleSetInfo("test", "1", "0".repeat(64));

    private static final Warning AFTER_DAY = new Warning("EVIDENCE_TOO_LATE", "BC 1", "TT1.1",
            new Message("Chứng cứ đề ngày sau ngày xét", "dated after the day considered"));
    private static final Warning AFTER_RECEIVED = new Warning("EVIDENCE_TOO_LATE", "BC 1", "TT1.1",
            new Message("Chứng cứ đề ngày sau ngày nhận hồ sơ", "dated after the dossier was received"));
    private static final Warning SAME_VI = new Warning("EVIDENCE_TOO_LATE", "BC 1", "TT1.1",
            new Message("Chứng cứ đề ngày sau ngày xét", "dated after the day of consideration"));
    private static final Reason OPEN_A = new Reason("OPEN_PROCEEDING", Category.EXCLUSION,
            new Message("Đang bị khiếu nại", "under complaint"), "Đơn 01", null);
    private static final Reason OPEN_B = new Reason("OPEN_PROCEEDING", Category.EXCLUSION,
            new Message("Đang bị tố cáo", "under denunciation"), "Đơn 01", null);

    private static List<Object> facts() {
        Criterion c1 = Criterion.flat("TT1.2", "1");
        Criterion c2 = Criterion.flat("TT1.02", "1");
        return new ArrayList<>(List.of(SAME_VI, AFTER_RECEIVED, AFTER_DAY, OPEN_B, OPEN_A, c1, c2,
                Points.of(c1, BigDecimal.ONE, List.of("BC 2", "BC 1")), Points.of(c2, BigDecimal.ZERO, List.of()),
                new GroupPoints("TT1", new BigDecimal("2"), BigDecimal.TEN),
                new GroupPoints("TT1", new BigDecimal("1.5"), BigDecimal.TEN),
                new Score(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE),
                new AwardByScore(Award.NONE), new FinalAward(Award.NONE)));
    }

    private static Evaluation assemble(List<Object> facts) {
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        return EvaluationAssembler.assemble(DOSSIER, LocalDate.of(2026, 12, 1), RULE_SET, facts, insertedBy, List.of());
    }

    @Test
    void theOrderOfTheFactsNeverShows() {
        Evaluation first = assemble(facts());
        List<Object> reversed = facts();
        Collections.reverse(reversed);
        assertEquals(first, assemble(reversed));
        Random random = new Random(123456789);
        for (int i = 0; i < 50; i++) {
            List<Object> shuffled = facts();
            Collections.shuffle(shuffled, random);
            assertEquals(first, assemble(shuffled), "shuffle " + i);
        }
    }

    @Test
    void warningsThatTieOnCodeCriterionAndRefGoByTheirVietnameseThenEnglishText() {
        assertEquals(List.of(AFTER_RECEIVED, AFTER_DAY, SAME_VI), assemble(facts()).warnings());
        List<Object> other = facts();
        Collections.reverse(other);
        assertEquals(List.of(AFTER_RECEIVED, AFTER_DAY, SAME_VI), assemble(other).warnings());
    }

    @Test
    void reasonsGroupsAndCriteriaThatTieGoByTheirOtherFields() {
        for (List<Object> facts : List.of(facts(), reversed(facts()))) {
            Evaluation e = assemble(facts);
            assertEquals(List.of(OPEN_A, OPEN_B), e.reasons());
            assertEquals(List.of("1.5", "2"), e.groups().stream().map(g -> g.points().toPlainString()).toList());
            assertEquals(List.of("TT1.02", "TT1.2"), e.criteria().stream().map(c -> c.code()).toList());
            assertEquals(List.of("BC 1", "BC 2"), e.criteria().get(1).evidence());
        }
    }

    private static List<Object> reversed(List<Object> facts) {
        Collections.reverse(facts);
        return facts;
    }
}
