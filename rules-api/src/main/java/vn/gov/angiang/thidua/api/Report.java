package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/** A periodic report and the day the Commission received it ({@code null}: not sent). */
public record Report(ReportCode code, String ref, LocalDate received) {
}
