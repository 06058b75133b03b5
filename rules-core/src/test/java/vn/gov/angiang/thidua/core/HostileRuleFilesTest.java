package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.json.DossierRead;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DAY;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DOSSIER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.HEADER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.mini;

/** Rule files and rules that go wrong: only RuleSetException reaches the host, never a Drools type or an Error. */
class HostileRuleFilesTest {

    @Test
    void aRuleFileNestedTooDeeplyIsAProblemNotAStackOverflow() {
        String drl = HEADER + "rule \"HR.1 x\"\n    ruleflow-group \"tong-diem\"\nwhen\n    eval(" + "(".repeat(50_000)
                + "true" + ")".repeat(50_000) + ")\nthen\nend\n";
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of("deep", "1", Map.of("deep.drl", drl))));
        assertFalse(e.problems().isEmpty(), e::getMessage);
        assertEquals("deep.drl", e.problems().get(0).file());
    }

    @Test
    void bytesThatAreNoDrlAreProblems() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSets.load(RuleSource.of("junk", "1", Map.of("junk.drl", "\u0000\u0001 rule rule when end"))));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void aRuleThatFailsOnADossierIsAnEvaluationFailedRecordAndTheBatchGoesOn() {
        String failing = mini("95") + """

                rule "HR.2 Hỏng"
                    ruleflow-group "tong-diem"
                when
                then
                    insert(points("không phải số"));
                end
                """;
        DroolsEvaluator evaluator = (DroolsEvaluator) RuleSets.load(RuleSource.of("failing", "1", Map.of("a.drl", failing)));
        assertThrows(RuleSetException.class, () -> evaluator.evaluate(DOSSIER, DAY));

        BatchEvaluation batch = new BatchEvaluation(evaluator, DAY, false);
        Outcome o = batch.evaluate(new DossierRead.Ok(3, DOSSIER));
        ErrorRecord e = assertInstanceOf(ErrorRecord.class, o);
        assertEquals(ErrorRecord.EVALUATION_FAILED, e.error().code());
        assertEquals(3, e.index());
        assertEquals(DOSSIER.id(), e.dossierId());
    }
}
