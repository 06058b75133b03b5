package vn.gov.angiang.thidua.api;

import java.math.BigDecimal;
import java.util.List;

/** The points one criterion earned, its maximum, the evidence references that counted, and the rule that scored it. */
public record CriterionResult(String code, BigDecimal points, BigDecimal max, List<String> evidence, String rule) {

    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
