package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** All bonus points, after the bonus cap (tổng điểm thưởng). */
public record BonusTotal(BigDecimal points) {
}
