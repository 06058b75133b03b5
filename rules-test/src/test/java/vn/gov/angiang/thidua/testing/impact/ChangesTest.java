package vn.gov.angiang.thidua.testing.impact;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two evaluations compared into named kinds of change. */
class ChangesTest {

    private static final RuleSetInfo SET = new RuleSetInfo("an-giang-bqlkkt-2026", "1.0.0", "abc");
    private static final Reason AGENCY = new Reason("SCOPE_AGENCY", Category.SCOPE,
            new Message("Cơ quan quản lý không phải Ban Quản lý Khu kinh tế", "The managing agency is not the Board"),
            null, "PHAM_VI.CO_QUAN");

    private static Evaluation evaluation(String score, Award byScore, Award award, List<Reason> reasons, String cn31,
                                         List<Warning> warnings) {
        return new Evaluation("HS-1", SET, LocalDate.of(2026, 11, 25), new BigDecimal(score), byScore, award, reasons,
                List.of(new CriterionResult("CN3.1", new BigDecimal(cn31), new BigDecimal("21"), List.of("Vụ việc 05"),
                        "CN3.1 …")),
                List.of(new GroupResult("CN3", new BigDecimal(cn31), new BigDecimal("35"))), BigDecimal.ZERO,
                BigDecimal.ZERO, warnings, null, null);
    }

    private static List<String> kinds(List<Change> changes) {
        return changes.stream().map(Change::kind).toList();
    }

    @Test
    void equalOutcomesHaveNoChangeAndNumbersCompareByValue() {
        Evaluation a = evaluation("90", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "7", List.of());
        Evaluation b = evaluation("90.00", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "7.0", List.of());
        assertEquals(List.of(), Changes.between(a, b));
    }

    @Test
    void aLowerScoreIsNamedByItsKindsWithTheValuesInWords() {
        Evaluation base = evaluation("92", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "14", List.of());
        Evaluation head = evaluation("90", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "12", List.of());

        List<Change> changes = Changes.between(base, head);

        assertEquals(List.of("score", "criterion CN3.1 points", "group CN3 points"), kinds(changes));
        assertEquals("điểm: 92 → 90", changes.get(0).vi());
        assertEquals("criterion CN3.1: 14 → 12 points", changes.get(1).en());
    }

    @Test
    void awardsAndReasonsChangeByKind() {
        Evaluation base = evaluation("92", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "14", List.of());
        Evaluation head = evaluation("85", Award.GIAY_KHEN, Award.NONE, List.of(AGENCY), "14", List.of());

        List<String> kinds = kinds(Changes.between(base, head));

        assertEquals(List.of("BANG_KHEN → NONE", "awardByScore BANG_KHEN → GIAY_KHEN", "score",
                "reason added SCOPE_AGENCY"), kinds);
        assertEquals(List.of("NONE → BANG_KHEN", "awardByScore GIAY_KHEN → BANG_KHEN", "score",
                "reason removed SCOPE_AGENCY"), kinds(Changes.between(head, base)));
        Change added = Changes.between(base, head).get(3);
        assertTrue(added.vi().contains("Ban Quản lý"), added.vi());
        assertTrue(added.en().contains("not the Board"), added.en());
    }

    @Test
    void aReasonWhoseCategoryChangesIsOneChangeNotTwo() {
        Reason asDossier = new Reason(AGENCY.code(), Category.DOSSIER, AGENCY.message(), null, AGENCY.rule());
        Evaluation base = evaluation("0", Award.NONE, Award.NONE, List.of(AGENCY), "0", List.of());
        Evaluation head = evaluation("0", Award.NONE, Award.NONE, List.of(asDossier), "0", List.of());

        assertEquals(List.of("reason SCOPE_AGENCY category"), kinds(Changes.between(base, head)));
    }

    @Test
    void theOrderOfReasonsAndWarningsIsNoChangeButTheirNumberIs() {
        Reason complaint = new Reason("EXCLUSION_COMPLAINT", Category.EXCLUSION, new Message("…", "…"), "Đơn 1", "r");
        Warning w1 = new Warning("EVIDENCE_NO_REF", null, "CN3.1", new Message("…", "…"));
        Warning w2 = new Warning("EVIDENCE_DUPLICATE", "Vụ việc 05", "CN3.1", new Message("…", "…"));
        Evaluation base = evaluation("0", Award.NONE, Award.NONE, List.of(AGENCY, complaint), "0", List.of(w1, w2));
        Evaluation head = evaluation("0", Award.NONE, Award.NONE, List.of(complaint, AGENCY), "0", List.of(w2, w1));
        assertEquals(List.of(), Changes.between(base, head));

        Evaluation twice = evaluation("0", Award.NONE, Award.NONE, List.of(AGENCY, complaint, complaint), "0",
                List.of(w2, w1));
        assertEquals(List.of("reason added EXCLUSION_COMPLAINT"), kinds(Changes.between(base, twice)));
    }

    @Test
    void aReferenceInNfdIsAnotherReference() {
        Warning nfc = new Warning("EVIDENCE_DUPLICATE", "Vụ việc 05", "CN3.1", new Message("…", "…"));
        Warning nfd = new Warning("EVIDENCE_DUPLICATE", Normalizer.normalize("Vụ việc 05", Normalizer.Form.NFD),
                "CN3.1", new Message("…", "…"));
        // The rules normalise references; an outcome that reports one as typed is a change worth seeing.
        assertEquals(List.of("warning removed EVIDENCE_DUPLICATE", "warning added EVIDENCE_DUPLICATE"),
                kinds(Changes.between(evaluation("0", Award.NONE, Award.NONE, List.of(), "0", List.of(nfc)),
                        evaluation("0", Award.NONE, Award.NONE, List.of(), "0", List.of(nfd)))));
    }

    @Test
    void anEvaluationThatFailsOnOneSideIsAChange() {
        Evaluation ok = evaluation("92", Award.BANG_KHEN, Award.BANG_KHEN, List.of(), "14", List.of());
        ErrorRecord failed = new ErrorRecord("HS-1", 0, new ErrorRecord.Error(ErrorRecord.EVALUATION_FAILED,
                "budget exceeded in rule CN3.1", null));

        assertEquals(List.of("evaluation failed in head"), kinds(Changes.between(ok, failed)));
        assertEquals(List.of("evaluation failed in base"), kinds(Changes.between(failed, ok)));
        assertEquals(List.of(), Changes.between(failed, failed));
        assertTrue(Changes.between(ok, failed).get(0).en().contains("budget exceeded"));
    }
}
