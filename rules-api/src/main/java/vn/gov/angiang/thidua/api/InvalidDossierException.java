package vn.gov.angiang.thidua.api;

/**
 * A dossier that cannot be read or is not in the format: names the dossier (when its id could be read)
 * and the field path ({@code evidence[2].date}), so that whoever made the file can find the mistake.
 * {@link #code()} and {@link #kind()} are those of the error record that stands for the dossier.
 */
public class InvalidDossierException extends ThiDuaException {

    private final String dossierId;
    private final String field;
    private final String code;
    private final String kind;
    private final Long line;
    private final Long column;

    public InvalidDossierException(String code, String dossierId, String field, String message) {
        this(code, null, dossierId, field, message, null, null);
    }

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

    /** The error code of the error record ({@code INVALID_DOSSIER}, {@code MALFORMED_JSON}, …). */
    public String code() {
        return code;
    }

    /** What kind of error within the code ({@code UNKNOWN_FIELD}, the name of a limit, …), or null. */
    public String kind() {
        return kind;
    }

    public String dossierId() {
        return dossierId;
    }

    /** The path of the offending field, such as {@code evidence[2].date}, or null. */
    public String field() {
        return field;
    }

    /** The plain message, without the dossier and field prefix. */
    public String detail() {
        String m = getMessage();
        return m.substring(m.indexOf(": ") + 2);
    }

    /** This error as the record that stands for the dossier in a batch. */
    public ErrorRecord toRecord(long index) {
        return new ErrorRecord(dossierId, index, new ErrorRecord.Error(code, kind, detail(), field, line, column));
    }
}
