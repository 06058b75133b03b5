package vn.gov.angiang.thidua.api;

/** The form of a disciplinary decision. */
public enum SanctionForm { REPRIMAND, WARNING, DEMOTION, DISMISSAL, OTHER }
