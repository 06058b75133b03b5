package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.UnitType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The table phase runs once per key and is replayed into later sessions only when its rules read no more
 * of the dossier than the key holds: a rule set whose table reads another property, or binds the nominee
 * in a consequence, gets each dossier's own table.
 */
class TablePhaseTest {

    /** A table rule (its condition given), and a score of 95 when it made its fact, 10 when it did not. */
    private static InspectableEvaluator ruleSet(String tableRule) {
        String drl = RuleSetCompilerTest.HEADER + tableRule + """
                rule "T.1 Tổng điểm khi có bảng"
                    ruleflow-group "tong-diem"
                when
                    ReportDue($d : due)
                then
                    insert(new Score(points("95"), points("0"), points("0"), points($d.getDayOfMonth() == 15 ? "95" : "94")));
                end

                rule "T.2 Tổng điểm khi không có bảng"
                    ruleflow-group "tong-diem"
                when
                    not ReportDue()
                then
                    insert(new Score(points("10"), points("0"), points("0"), points("10")));
                end

                rule "T.3 Xếp loại"
                    ruleflow-group "xep-loai"
                when
                    Score($s : score)
                then
                    insert(new AwardByScore(Award.NONE));
                    insert(new FinalAward(Award.NONE));
                end
                """;
        return RuleSets.load(RuleSource.of("table", "1", Map.of("table.drl", drl)));
    }

    private static Dossier dossier(NomineeKind kind, UnitType type, String name) {
        return new Dossier("HS-" + name, new Nominee(kind, name, "BQLKKT-AG", "P", type, null),
                null, null, null, null, null, null);
    }

    private static List<BigDecimal> scores(InspectableEvaluator evaluator, List<Dossier> dossiers) {
        List<BigDecimal> scores = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round replays what the first recorded
            for (Dossier d : dossiers) {
                Evaluation e = evaluator.explain(d, RuleSetCompilerTest.DAY);
                scores.add(e.score());
                assertEquals(e.trace().contains("B.1 Bảng"), e.score().intValue() > 10, e.trace()::toString);
            }
        }
        return scores;
    }

    @Test
    void aTableThatReadsTheUnitTypeIsKeyedByIt() {
        InspectableEvaluator evaluator = ruleSet("""
                rule "B.1 Bảng"
                    ruleflow-group "bang-tieu-chi"
                when
                    Nominee(kind == NomineeKind.COLLECTIVE, unitType == UnitType.DEPARTMENT)
                then
                    insert(ReportDue.of(ReportCode.Q1, "2026-04-15"));
                end
                """);
        List<Dossier> dossiers = List.of(dossier(NomineeKind.COLLECTIVE, UnitType.DEPARTMENT, "a"),
                dossier(NomineeKind.COLLECTIVE, UnitType.OTHER, "b"), dossier(NomineeKind.INDIVIDUAL, UnitType.DEPARTMENT, "c"),
                dossier(NomineeKind.COLLECTIVE, UnitType.DEPARTMENT, "d"));
        assertEquals(List.of(95, 10, 10, 95, 95, 10, 10, 95),
                scores(evaluator, dossiers).stream().map(BigDecimal::intValueExact).toList());
    }

    @Test
    void aTableWhoseConsequenceReadsTheNomineeIsMadeForEachDossier() {
        InspectableEvaluator evaluator = ruleSet("""
                rule "B.1 Bảng"
                    ruleflow-group "bang-tieu-chi"
                when
                    $n : Nominee(kind == NomineeKind.COLLECTIVE)
                then
                    insert(ReportDue.of(ReportCode.Q1, $n.name().equals("a") ? "2026-04-15" : "2026-04-16"));
                end
                """);
        List<Dossier> dossiers = List.of(dossier(NomineeKind.COLLECTIVE, null, "a"), dossier(NomineeKind.COLLECTIVE, null, "b"));
        assertEquals(List.of(95, 94, 95, 94), scores(evaluator, dossiers).stream().map(BigDecimal::intValueExact).toList());
    }
}
