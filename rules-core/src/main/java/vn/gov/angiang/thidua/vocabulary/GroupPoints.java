package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** A group's points (điểm nhóm): the sum of its criteria, capped at the group's maximum. */
public record GroupPoints(String code, BigDecimal points, BigDecimal max) {
}
