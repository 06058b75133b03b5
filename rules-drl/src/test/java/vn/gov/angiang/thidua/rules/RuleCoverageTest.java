package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.core.scenario.CaseResult;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the rule set case by case: every rule fires in some scenario and stays silent in another.
 * A few rules have no condition that a dossier can make false (parameters, the scoring methods,
 * the totals); they are listed here and must fire in every case.
 */
class RuleCoverageTest {

    static final Set<String> UNCONDITIONAL = Set.of(
            "Hạn gửi báo cáo định kỳ",
            "Cách tính MỖI VIỆC: điểm mỗi việc × số việc có số hiệu khác nhau, không quá điểm tối đa",
            "Cách tính ĐẠT: đủ điểm khi có ít nhất một chứng cứ hợp lệ",
            "Cách tính TỶ LỆ: chứng cứ ghi ngày muộn nhất được tính, theo mức đầu tiên đạt được",
            "Cách tính BÁO CÁO: mỗi báo cáo đúng hạn 2,5 điểm, trễ hạn 1 điểm, không gửi 0 điểm",
            "Điểm nhóm: cộng điểm các tiêu chí trong nhóm, không quá điểm tối đa của nhóm",
            "Tổng điểm thưởng: tối đa 5 điểm",
            "Tổng điểm trừ",
            "Tổng điểm: điểm tiêu chí + điểm thưởng − điểm trừ, trong khoảng từ 0 đến điểm tối đa");

    @Test
    void everyRuleFiresInSomeScenario() {
        List<CaseResult> results = DefaultRules.results();
        Set<String> neverFired = new TreeSet<>(DefaultRules.EVALUATOR.ruleNames());
        results.forEach(r -> neverFired.removeAll(r.fired()));
        assertEquals(Set.of(), neverFired, "rules that no scenario makes fire");
    }

    @Test
    void everyConditionalRuleStaysSilentInSomeScenario() {
        List<CaseResult> results = DefaultRules.results();
        Set<String> alwaysFired = new TreeSet<>(DefaultRules.EVALUATOR.ruleNames());
        results.stream().filter(r -> !r.fired().isEmpty()) // cases of rejected input evaluate nothing
                .forEach(r -> alwaysFired.retainAll(r.fired()));
        assertEquals(new TreeSet<>(UNCONDITIONAL), alwaysFired,
                "rules that fire in every scenario (only the unconditional ones may)");
    }
}
