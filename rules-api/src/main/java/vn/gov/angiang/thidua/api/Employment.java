package vn.gov.angiang.thidua.api;

/** How an individual is employed. Civil servants (công chức) and public employees (viên chức) are in scope. */
public enum Employment { CIVIL_SERVANT, PUBLIC_EMPLOYEE, CONTRACT, OTHER }
