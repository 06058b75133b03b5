package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building rule sets from DRL text: problems located by file, line and column; unsafe code refused; safe reload. */
class RuleSetCompilerTest {

    static final String HEADER = """
            package mini;
            import vn.gov.angiang.thidua.api.*;
            import vn.gov.angiang.thidua.vocabulary.*;
            import function vn.gov.angiang.thidua.vocabulary.Functions.*;
            """;

    /** The smallest rule set that yields an evaluation: a score of {@code score}, its band, and the award. */
    static String mini(String score) {
        return HEADER + """
                rule "T.1 Tổng điểm"
                    ruleflow-group "tong-diem"
                when
                then
                    insert(new Score(points("%s"), points("0"), points("0"), points("%s")));
                end

                rule "T.2 Xếp loại"
                    ruleflow-group "xep-loai"
                when
                    Score($s : score)
                then
                    insert(new AwardByScore($s.compareTo(points("90")) >= 0 ? Award.BANG_KHEN : Award.NONE));
                    insert(new FinalAward($s.compareTo(points("90")) >= 0 ? Award.BANG_KHEN : Award.NONE));
                end
                """.formatted(score, score);
    }

    static final Dossier DOSSIER = new Dossier("HS-1", new Nominee(NomineeKind.COLLECTIVE, "Phòng", "BQLKKT-AG",
            "P", null, null), null, null, null, null, null, null);
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static List<Problem> problems(String file, String drl) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of("t", "1", Map.of(file, drl))));
        return e.problems();
    }

    @Test
    void aValidRuleSetEvaluatesAndCarriesItsIdVersionAndHash() {
        DroolsEvaluator evaluator = (DroolsEvaluator) RuleSets.load(RuleSource.of("mini", "2.0", Map.of("a.drl", mini("95"))));
        var e = evaluator.evaluate(DOSSIER, DAY);
        assertEquals(Award.BANG_KHEN, e.award());
        assertEquals("mini", e.ruleSet().id());
        assertEquals("2.0", e.ruleSet().version());
        assertEquals(64, e.ruleSet().sha256().length());
    }

    @Test
    void aSyntaxErrorIsLocatedByLineAndColumn() {
        String drl = HEADER + "rule \"T.3 x\"\n    ruleflow-group \"xep-loai\"\nwhen\n    Score(score >\nthen\nend\n";
        List<Problem> p = problems("hong.drl", drl);
        assertEquals("hong.drl", p.get(0).file());
        assertTrue(p.get(0).line() >= 9, p::toString);
        assertTrue(p.get(0).column() > 0, p::toString);
    }

    @Test
    void anUnknownFactTypeIsLocatedInTheFile() {
        String drl = HEADER + "rule \"T.4 x\"\n    ruleflow-group \"xep-loai\"\nwhen\n    Scorex(score > 1)\nthen\nend\n";
        Problem p = problems("sai-kieu.drl", drl).get(0);
        assertEquals(8, p.line(), p::toString);
        assertEquals(5, p.column(), p::toString);
        assertTrue(p.message().contains("Scorex"), p::toString);
    }

    @Test
    void aBrokenConsequenceIsLocatedOnItsLine() {
        String drl = HEADER + "rule \"T.5 x\"\n    ruleflow-group \"xep-loai\"\nwhen\nthen\n    insert(points(\"1\");\nend\n";
        Problem p = problems("then.drl", drl).get(0);
        assertEquals(9, p.line(), p::toString);
    }

    @Test
    void codeThatReachesOutsideTheRulesIsRefused() {
        String drl = HEADER + """
                rule "T.6 x"
                    ruleflow-group "xep-loai"
                when
                then
                    System.exit(1);
                    while (true) { }
                    java.nio.file.Files.readString(java.nio.file.Path.of("/etc/passwd"));
                end
                """;
        List<Problem> p = problems("nguy-hiem.drl", drl);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("'System'") && x.line() == 9 && x.column() == 5), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("'while'") && x.line() == 10), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("java.nio.file") && x.line() == 11), p::toString);
    }

    @Test
    void importsOutsideTheVocabularyAreRefused() {
        String drl = "package mini;\nimport java.io.File;\n" + HEADER.lines().skip(1).reduce("", (a, b) -> a + b + "\n");
        Problem p = problems("import.drl", drl).get(0);
        assertEquals(2, p.line(), p::toString);
        assertTrue(p.message().contains("java.io.File"), p::toString);
    }

    @Test
    void aRuleOutsideEveryPhaseIsReported() {
        String drl = HEADER + "rule \"T.7 không bước\"\nwhen\nthen\nend\n";
        Problem p = problems("buoc.drl", drl).get(0);
        assertTrue(p.message().contains("không bước") && p.message().contains("no phase"), p::toString);
        assertEquals(5, p.line(), p::toString);
    }

    @Test
    void wordsInCommentsAndTextsAreNotMistakenForCode() {
        String drl = mini("80") + "// System.exit while for File\nrule \"T.8 System for while\"\n ruleflow-group \"xep-loai\"\nwhen\nthen\nend\n";
        RuleSets.load(RuleSource.of("t", "1", Map.of("a.drl", drl)));
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedWithAnError() {
        String drl = mini("80") + """
                rule "T.9 Lặp mãi"
                    ruleflow-group "dieu-kien"
                when
                    $c : ConsideredOn()
                then
                    delete($c);
                    insert(new ConsideredOn($c.day()));
                end
                """;
        DroolsEvaluator evaluator = (DroolsEvaluator) RuleSets.load(RuleSource.of("loop", "1", Map.of("a.drl", drl)));
        RuleSetException e = assertThrows(RuleSetException.class, () -> evaluator.evaluate(DOSSIER, DAY));
        assertTrue(e.getMessage().contains("HS-1"), e::getMessage);
    }

    @Test
    void reloadSwapsTheRulesAndABrokenReloadKeepsTheOldOnes() {
        DroolsEvaluator evaluator = (DroolsEvaluator) RuleSets.load(RuleSource.of("mini", "1", Map.of("a.drl", mini("95"))));
        assertEquals(Award.BANG_KHEN, evaluator.evaluate(DOSSIER, DAY).award());
        evaluator.reload(RuleSource.of("mini", "2", Map.of("a.drl", mini("50"))));
        assertEquals(Award.NONE, evaluator.evaluate(DOSSIER, DAY).award());
        assertEquals("2", evaluator.ruleSet().version());
        assertThrows(RuleSetException.class,
                () -> evaluator.reload(RuleSource.of("mini", "3", Map.of("a.drl", "rule \"T.10 hỏng\" when then"))));
        assertEquals("2", evaluator.ruleSet().version());
        assertEquals(Award.NONE, evaluator.evaluate(DOSSIER, DAY).award());
    }

    @Test
    void theHashChangesWithTheTextAndOnlyWithIt() {
        RuleSource a = RuleSource.of("x", "1", Map.of("a.drl", mini("95")));
        RuleSource b = RuleSource.of("x", "1", Map.of("a.drl", mini("95")));
        RuleSource c = RuleSource.of("x", "1", Map.of("a.drl", mini("96")));
        assertEquals(a.sha256(), b.sha256());
        assertTrue(!a.sha256().equals(c.sha256()));
    }
}
