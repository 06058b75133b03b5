package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.ReportCode;

import java.time.LocalDate;

/** The receipt of a periodic report that counts (the earliest one), and whether it came by the due date. */
public record ReceivedReport(ReportCode code, String ref, LocalDate received, boolean onTime) {

    public static ReceivedReport of(ReportItem report, ReportDue due) {
        return new ReceivedReport(report.code(), report.ref(), report.received(), !report.received().isAfter(due.due()));
    }
}
