package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.testing.RuleNames;
import vn.gov.angiang.thidua.testing.ScenarioResult;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the rule set case by case: every rule fires in some scenario and stays silent in another.
 * A few rules have no condition that a dossier can make false (parameters, the scoring methods,
 * the totals); they are listed here, by code, and must fire in every case.
 */
class RuleCoverageTest {

    static final Set<String> UNCONDITIONAL = Set.of(
            "THAM_SO.HAN_BAO_CAO",
            "THAM_SO.NGUONG_KHEN",
            "PP.MOI_VIEC",
            "PP.DAT",
            "PP.TY_LE",
            "PP.BAO_CAO",
            "DIEM.NHOM",
            "DIEM.THUONG",
            "DIEM.TRU",
            "DIEM.TONG");

    @Test
    void everyRuleFiresInSomeScenario() {
        assertEquals(DefaultRules.EVALUATOR.ruleNames().size(), DefaultRules.report().coverage().covered(),
                DefaultRules.report().coverage()::describe);
    }

    @Test
    void coverageCountsTheRulesAsCompiled() {
        List<String> written = DefaultRules.TESTED.rulesByFile().values().stream().flatMap(List::stream).sorted().toList();
        assertEquals(DefaultRules.EVALUATOR.ruleNames().stream().sorted().toList(), written);
    }

    @Test
    void everyConditionalRuleStaysSilentInSomeScenario() {
        List<ScenarioResult> results = DefaultRules.report().results();
        Set<String> alwaysFired = codes(DefaultRules.EVALUATOR.ruleNames());
        results.stream().filter(r -> !r.fired().isEmpty()) // cases of rejected input evaluate nothing
                .forEach(r -> alwaysFired.retainAll(codes(r.fired())));
        assertEquals(new TreeSet<>(UNCONDITIONAL), alwaysFired,
                "rules that fire in every scenario (only the unconditional ones may)");
    }

    private static Set<String> codes(Collection<String> ruleNames) {
        return ruleNames.stream().map(RuleNames::codeOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
