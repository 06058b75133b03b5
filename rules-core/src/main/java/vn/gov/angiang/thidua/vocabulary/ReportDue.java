package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.ReportCode;

import java.time.LocalDate;

/** A periodic report the nominee owes, and its due date (hạn báo cáo). */
public record ReportDue(ReportCode code, LocalDate due) {

    public static ReportDue of(ReportCode code, String due) {
        return new ReportDue(code, Functions.date(due));
    }
}
