package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points one criterion earned, its maximum, the evidence references that counted, and the rule that scored it.
 * {@code method} says how the criterion earns points ({@code PER_ITEM}, {@code FLAT}, {@code RATE} or
 * {@code REPORTS}), {@code perItem} the points of one valid item (PER_ITEM) or of the line once it holds (FLAT),
 * and {@code bands} the rate bands from the highest down (RATE): what the rules would give for more evidence,
 * so that an explanation can say where the missing points are without scoring anything itself. All three are
 * absent from evaluations made by older rule sets.
 */
public record CriterionResult(String code, BigDecimal points, BigDecimal max, List<String> evidence, String rule,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String method,
                              @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal perItem,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RateBand> bands) {

    /**
     * Copies {@code evidence}, so that the result is immutable; null is taken as no evidence.
     *
     * @param code the criterion's code, such as {@code TT3.1}
     * @param points the points it earned
     * @param max the most it can earn
     * @param evidence the references of the evidence that counted
     * @param rule the name of the rule that scored it
     * @param method how it earns points ({@code PER_ITEM}, {@code FLAT}, {@code RATE}, {@code REPORTS}), or null
     * @param perItem the points of one valid item, or of the line once it holds; null for a rate
     * @param bands the rate bands, highest first; empty for any other method
     */
    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /**
     * A result without the criterion's method (as evaluations were before it was recorded).
     *
     * @param code the criterion's code, such as {@code TT3.1}
     * @param points the points it earned
     * @param max the most it can earn
     * @param evidence the references of the evidence that counted
     * @param rule the name of the rule that scored it
     */
    public CriterionResult(String code, BigDecimal points, BigDecimal max, List<String> evidence, String rule) {
        this(code, points, max, evidence, rule, null, null, List.of());
    }

    /** One band of a rate: at least {@code percent} % of the tasks done earns {@code points}. */
    public record RateBand(BigDecimal percent, BigDecimal points) {
    }
}
