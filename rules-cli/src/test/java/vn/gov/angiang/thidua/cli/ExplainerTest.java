package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explanation's arithmetic on an evaluation made by hand: nothing here is scored, only read and subtracted. */
class ExplainerTest {

    private static final RuleSetInfo SET = new RuleSetInfo("s", "1", "0".repeat(64));
    private static final List<AwardThreshold> BANDS = List.of(new AwardThreshold(Award.GIAY_KHEN, new BigDecimal("80")),
            new AwardThreshold(Award.BANG_KHEN, new BigDecimal("90")));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Evaluation evaluation(String score, List<CriterionResult> criteria, List<GroupResult> groups,
                                         List<Warning> warnings, List<AwardThreshold> thresholds) {
        return new Evaluation("X", SET, LocalDate.of(2026, 11, 25), d(score), Award.GIAY_KHEN, Award.GIAY_KHEN,
                List.of(), criteria, groups, BigDecimal.ZERO, BigDecimal.ZERO, warnings, null, null, thresholds);
    }

    @Test
    void roomIsBoundedByTheGroupsMaximumAndAFlatLineLoweredByARuleSaysWhich() {
        List<CriterionResult> criteria = List.of(
                new CriterionResult("TT1.1", d("2"), d("4"), List.of("KH 1"), "TT1.1 Kế hoạch ban hành muộn", "FLAT",
                        d("4"), List.of()),
                new CriterionResult("TT1.2", d("1"), d("4"), List.of("TB 1"), "TT1.2 Quán triệt", "PER_ITEM", d("1"),
                        List.of()));
        // A group capped below the sum of its criteria: only 1 point is left in it.
        Evaluation e = evaluation("85", criteria, List.of(new GroupResult("TT1", d("3"), d("4"))), List.of(), BANDS);

        Explanation x = Explainer.explain(e, null);

        assertEquals(List.of(d("1"), d("1")), x.room().stream().map(Explanation.Room::points).toList());
        Explanation.Room flat = x.room().stream().filter(r -> r.code().equals("TT1.1")).findFirst().orElseThrow();
        assertTrue(flat.hasEvidence());
        assertEquals("TT1.1 Kế hoạch ban hành muộn", flat.rule());
        assertEquals(d("5"), x.nextAward().pointsShort());
        assertEquals(d("2"), x.nextAward().pointsAvailable());
        assertTrue(ExplanationText.of(x, Lang.vi).contains("chỉ cho thêm được 2 điểm: không đủ"),
                "the room cannot reach the next award, and it says so");
    }

    @Test
    void withoutRecordedThresholdsThereIsNoBandAndNoNextAwardButStillTheRoom() {
        Evaluation e = evaluation("70", List.of(new CriterionResult("CN3.2", d("7"), d("14"), List.of("TTr 1"),
                        "CN3.2 Tham mưu", "PER_ITEM", d("7"), List.of())),
                List.of(new GroupResult("CN3", d("7"), d("35"))), List.of(), List.of());

        Explanation x = Explainer.explain(e, null);

        assertNull(x.band());
        assertNull(x.nextAward());
        assertEquals(1, x.room().get(0).itemsNeeded());
        assertTrue(ExplanationText.of(x, Lang.vi).contains("CN3.2 Tham mưu: còn 7 điểm — mỗi chứng cứ hợp lệ"));
    }

    @Test
    void aWarningForALineOutsideTheTableIsToldApartFromTheCriteria() {
        Message m = new Message("Mã tiêu chí không thuộc bảng", "Not a code of the table");
        Evaluation e = evaluation("80", List.of(new CriterionResult("TT1.2", d("1"), d("4"), List.of("TB 1"),
                        "TT1.2 Quán triệt", "PER_ITEM", d("1"), List.of())),
                List.of(new GroupResult("TT1", d("1"), d("20"))),
                List.of(new Warning("EVIDENCE_NO_REF", null, "TT1.2", m),
                        new Warning("EVIDENCE_UNKNOWN_CRITERION", "X 1", "CN9.9", m)), BANDS);

        Explanation x = Explainer.explain(e, null);

        assertEquals(1, x.groups().get(0).criteria().get(0).notCounted().size());
        assertEquals("CN9.9", x.otherItems().get(0).criterion());
        String en = ExplanationText.of(x, Lang.en);
        assertTrue(en.contains("not counted: (no reference) — Not a code of the table"), en);
        assertTrue(en.contains("- CN9.9 X 1: Not a code of the table (EVIDENCE_UNKNOWN_CRITERION)"), en);
    }
}
