package vn.gov.angiang.thidua.api;

/**
 * A dossier that cannot be read or is not in the format: names the dossier (when its id could be read)
 * and the field path ({@code evidence[2].date}), so that whoever made the file can find the mistake.
 * {@link #code()} and {@link #kind()} are those of the error record that stands for the dossier.
 *
 * @serial exclude
 */
public class InvalidDossierException extends ThiDuaException {

    private final String dossierId;
    private final String field;
    private final String code;
    private final String kind;
    private final Long line;
    private final Long column;

    /**
     * An invalid dossier whose error has no kind and no place in the input.
     *
     * @param code      the error code of its error record ({@link ErrorRecord#INVALID_DOSSIER}, …)
     * @param dossierId the dossier's id, or null when it could not be read
     * @param field     the path of the offending field, or null
     * @param message   what is wrong, in plain words
     */
    public InvalidDossierException(String code, String dossierId, String field, String message) {
        this(code, null, dossierId, field, message, null, null);
    }

    /**
     * An invalid dossier.
     *
     * @param code      the error code of its error record ({@link ErrorRecord#INVALID_DOSSIER}, …)
     * @param kind      the kind of error within the code ({@code UNKNOWN_FIELD}, …), or null
     * @param dossierId the dossier's id, or null when it could not be read
     * @param field     the path of the offending field, or null
     * @param message   what is wrong, in plain words
     * @param line      the line of the input where the error was met (from 1), or null
     * @param column    the column of the input where the error was met (from 1), or null
     */
    public InvalidDossierException(String code, String kind, String dossierId, String field, String message,
                                   Long line, Long column) {
        super(describe(dossierId, field, message));
        this.code = code;
        this.kind = kind;
        this.dossierId = dossierId;
        this.field = field;
        this.line = line;
        this.column = column;
    }

    private static String describe(String dossierId, String field, String message) {
        StringBuilder s = new StringBuilder("Dossier ").append(dossierId == null ? "(no id)" : "'" + dossierId + "'");
        if (field != null) {
            s.append(", field ").append(field);
        }
        return s.append(": ").append(message).toString();
    }

    /**
     * The error code of the error record.
     *
     * @return {@code INVALID_DOSSIER}, {@code MALFORMED_JSON}, … (the constants of {@link ErrorRecord})
     */
    public String code() {
        return code;
    }

    /**
     * What kind of error within the code.
     *
     * @return {@code UNKNOWN_FIELD}, the name of a limit, …, or null
     */
    public String kind() {
        return kind;
    }

    /**
     * The dossier that is invalid.
     *
     * @return its id, or null when it could not be read
     */
    public String dossierId() {
        return dossierId;
    }

    /**
     * The offending field.
     *
     * @return its path, such as {@code evidence[2].date}, or null
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong.
     *
     * @return the plain message, without the dossier and field prefix
     */
    public String detail() {
        String m = getMessage();
        return m.substring(m.indexOf(": ") + 2);
    }

    /**
     * This error as the record that stands for the dossier in a batch.
     *
     * @param index the dossier's position in the batch, from 0
     * @return the error record
     */
    public ErrorRecord toRecord(long index) {
        return new ErrorRecord(dossierId, index, new ErrorRecord.Error(code, kind, detail(), field, line, column));
    }
}
