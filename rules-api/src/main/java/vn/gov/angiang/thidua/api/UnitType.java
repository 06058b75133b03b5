package vn.gov.angiang.thidua.api;

/** What kind of unit a collective is. Only the first three are in the plan's scope. */
public enum UnitType { DEPARTMENT, AFFILIATED_UNIT, ADVISORY_BODY, OTHER }
