package vn.gov.angiang.thidua.api;

/**
 * The one exception family the library throws. Hosts catch this; no Jackson or Drools exception type
 * reaches them.
 */
public class ThiDuaException extends RuntimeException {

    public ThiDuaException(String message) {
        super(message);
    }

    public ThiDuaException(String message, Throwable cause) {
        super(message, cause);
    }
}
