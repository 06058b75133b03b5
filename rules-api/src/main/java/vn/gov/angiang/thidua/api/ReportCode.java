package vn.gov.angiang.thidua.api;

/** The four periodic reports of the year: first quarter, six months, nine months, results of the plan. */
public enum ReportCode {
    /** The first-quarter report (báo cáo quý I). */
    Q1,

    /** The six-month report (báo cáo 6 tháng). */
    H1,

    /** The nine-month report (báo cáo 9 tháng). */
    Q3,

    /** The report on the results of the plan (báo cáo kết quả thực hiện kế hoạch). */
    PLAN
}
