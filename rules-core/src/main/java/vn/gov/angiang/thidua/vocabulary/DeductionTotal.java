package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** All deductions (tổng điểm trừ). */
public record DeductionTotal(BigDecimal points) {
}
