package vn.gov.angiang.thidua.api;

/** A proceeding that may bar an award while it is open. */
public enum ProceedingType {
    DISCIPLINE_REVIEW, INVESTIGATION, INSPECTION, EXAMINATION, COMPLAINT, DENUNCIATION, PRESS_REPORT
}
