package vn.gov.angiang.thidua.api;

/** A proceeding that may bar an award while it is open. */
public enum ProceedingType {
    /** A disciplinary review (xem xét kỷ luật). */
    DISCIPLINE_REVIEW,

    /** An investigation (điều tra). */
    INVESTIGATION,

    /** An inspection (thanh tra). */
    INSPECTION,

    /** An examination by the Party's inspection bodies (kiểm tra). */
    EXAMINATION,

    /** A complaint (khiếu nại). */
    COMPLAINT,

    /** A denunciation (tố cáo). */
    DENUNCIATION,

    /** A press report under verification (báo chí nêu, đang xác minh). */
    PRESS_REPORT
}
