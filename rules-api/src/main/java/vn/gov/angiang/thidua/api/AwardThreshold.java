package vn.gov.angiang.thidua.api;

import java.math.BigDecimal;

/** The score from which the rule set gives an award (ngưỡng khen thưởng): Giấy khen from 80, Bằng khen from 90. */
public record AwardThreshold(Award award, BigDecimal from) {
}
