package vn.gov.angiang.thidua.api;

/** What kind of unit a collective is. Only the first three are in the plan's scope. */
public enum UnitType {
    /** A department of the Board (phòng): in scope. */
    DEPARTMENT,

    /** A unit affiliated with the Board (đơn vị trực thuộc): in scope. */
    AFFILIATED_UNIT,

    /** An advisory body (tổ tham mưu): in scope. */
    ADVISORY_BODY,

    /** Any other unit: out of scope. */
    OTHER
}
