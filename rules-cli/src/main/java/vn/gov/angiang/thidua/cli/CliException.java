package vn.gov.angiang.thidua.cli;

/**
 * An error that ends a command with a given exit status and a plain message (no stack trace). A null
 * message means the details were printed already.
 */
final class CliException extends RuntimeException {

    private final int status;

    CliException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
