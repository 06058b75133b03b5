package vn.gov.angiang.thidua.api;

/** What a proceeding or sanction is about: corruption, waste, negative conduct, judicial reform, or anything else. */
public enum Subject {
    /** Corruption (tham nhũng). */
    CORRUPTION,

    /** Waste (lãng phí). */
    WASTE,

    /** Negative conduct (tiêu cực). */
    NEGATIVE_CONDUCT,

    /** Judicial reform (cải cách tư pháp). */
    JUDICIAL_REFORM,

    /** Anything else. */
    OTHER
}
