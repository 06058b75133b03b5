package vn.gov.angiang.thidua.workbench;

/** A request the workbench refuses: the HTTP status and the reason in Vietnamese, then English. */
final class ApiError extends RuntimeException {

    private final int status;
    private final transient Object details;

    ApiError(int status, String vi, String en) {
        this(status, vi, en, null);
    }

    ApiError(int status, String vi, String en, Object details) {
        super(vi + " / " + en);
        this.status = status;
        this.details = details;
    }

    int status() {
        return status;
    }

    /** Extra fields of the answer (both texts of a refused save), or null. */
    Object details() {
        return details;
    }
}
