package vn.gov.angiang.thidua.api;

import java.math.BigDecimal;

/** The points of one group of criteria (TT1…TT5, CN1…CN5), capped at its maximum. */
public record GroupResult(String code, BigDecimal points, BigDecimal max) {
}
