package vn.gov.angiang.thidua.api;

/** Why an award is blocked: out of scope, excluded by an open proceeding, or an incomplete dossier. */
public enum Category {
    /** The nominee is outside the plan's scope (ngoài phạm vi). */
    SCOPE,

    /** An open proceeding or a sanction excludes the nominee (trường hợp không xét). */
    EXCLUSION,

    /** The dossier is incomplete, late or a draft (hồ sơ chưa đạt). */
    DOSSIER
}
