package vn.gov.angiang.thidua.api;

/**
 * The one exception family the library throws. Hosts catch this; no Jackson or Drools exception type
 * reaches them (such a cause may be attached, for the log).
 * <ul>
 *   <li>{@link InvalidDossierException}: a dossier that cannot be read or is not in the format, with the
 *       dossier's id and the field path where there is one, and the code and kind of its error record;</li>
 *   <li>{@link RuleSetException}: rules that cannot be built (each problem by file, line and column) or
 *       that failed on a dossier;</li>
 *   <li>{@code ThiDuaException} itself: input or output that cannot be read or written at all (an I/O
 *       error of the stream, not of its content).</li>
 * </ul>
 * A null argument where a dossier, day or stream is required is a programming error: a
 * {@link NullPointerException}.
 */
public class ThiDuaException extends RuntimeException {

    /**
     * A failure of the library.
     *
     * @param message what went wrong
     */
    public ThiDuaException(String message) {
        super(message);
    }

    /**
     * A failure of the library, with what caused it.
     *
     * @param message what went wrong
     * @param cause   what went wrong underneath, for the log
     */
    public ThiDuaException(String message, Throwable cause) {
        super(message, cause);
    }
}
