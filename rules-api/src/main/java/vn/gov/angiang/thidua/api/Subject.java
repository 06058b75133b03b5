package vn.gov.angiang.thidua.api;

/** What a proceeding or sanction is about: corruption, waste, negative conduct, judicial reform, or anything else. */
public enum Subject { CORRUPTION, WASTE, NEGATIVE_CONDUCT, JUDICIAL_REFORM, OTHER }
