package vn.gov.angiang.thidua.api;

/** The four periodic reports of the year: first quarter, six months, nine months, results of the plan. */
public enum ReportCode { Q1, H1, Q3, PLAN }
