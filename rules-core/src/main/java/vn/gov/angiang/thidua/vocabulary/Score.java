package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** The totals (tổng điểm): criteria, bonus after its cap, deductions, and the score they give. */
public record Score(BigDecimal criteria, BigDecimal bonus, BigDecimal deductions, BigDecimal score) {
}
