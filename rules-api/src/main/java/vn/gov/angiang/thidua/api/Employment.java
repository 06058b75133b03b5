package vn.gov.angiang.thidua.api;

/** How an individual is employed. Civil servants (công chức) and public employees (viên chức) are in scope. */
public enum Employment {
    /** A civil servant (công chức): in scope. */
    CIVIL_SERVANT,

    /** A public employee (viên chức): in scope. */
    PUBLIC_EMPLOYEE,

    /** Employed under a labour contract (hợp đồng lao động): out of scope. */
    CONTRACT,

    /** Any other employment: out of scope. */
    OTHER
}
