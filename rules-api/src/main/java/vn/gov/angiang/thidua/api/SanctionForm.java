package vn.gov.angiang.thidua.api;

/** The form of a disciplinary decision. */
public enum SanctionForm {
    /** Reprimand (khiển trách). */
    REPRIMAND,

    /** Warning (cảnh cáo). */
    WARNING,

    /** Demotion (giáng chức, hạ bậc). */
    DEMOTION,

    /** Dismissal (cách chức, buộc thôi việc). */
    DISMISSAL,

    /** Any other form. */
    OTHER
}
