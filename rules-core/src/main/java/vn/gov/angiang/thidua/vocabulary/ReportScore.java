package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.ReportCode;

import java.math.BigDecimal;

/** The points one periodic report earns, and the reference of the receipt that counted (null when missing). */
public record ReportScore(ReportCode code, BigDecimal points, String ref) {
}
