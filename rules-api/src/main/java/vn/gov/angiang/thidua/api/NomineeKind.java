package vn.gov.angiang.thidua.api;

/** Who is nominated: a collective (tập thể) or an individual (cá nhân). */
public enum NomineeKind { INDIVIDUAL, COLLECTIVE }
