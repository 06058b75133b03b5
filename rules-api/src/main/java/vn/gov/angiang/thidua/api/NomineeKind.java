package vn.gov.angiang.thidua.api;

/** Who is nominated: a collective (tập thể) or an individual (cá nhân). */
public enum NomineeKind {
    /** An individual (cá nhân), scored on the individual table. */
    INDIVIDUAL,

    /** A collective (tập thể), scored on the collective table. */
    COLLECTIVE
}
