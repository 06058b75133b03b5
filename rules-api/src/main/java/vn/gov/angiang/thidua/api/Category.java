package vn.gov.angiang.thidua.api;

/** Why an award is blocked: out of scope, excluded by an open proceeding, or an incomplete dossier. */
public enum Category { SCOPE, EXCLUSION, DOSSIER }
