package vn.gov.angiang.thidua.api;

import java.math.BigDecimal;
import java.util.List;

/** The points one criterion earned, its maximum, the evidence references that counted, and the rule that scored it. */
public record CriterionResult(String code, BigDecimal points, BigDecimal max, List<String> evidence, String rule) {

    /**
     * Copies {@code evidence}, so that the result is immutable; null is taken as no evidence.
     *
     * @param code the criterion's code, such as {@code TT3.1}
     * @param points the points it earned
     * @param max the most it can earn
     * @param evidence the references of the evidence that counted
     * @param rule the name of the rule that scored it
     */
    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
