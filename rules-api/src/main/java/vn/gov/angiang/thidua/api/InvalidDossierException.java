package vn.gov.angiang.thidua.api;

/**
 * A dossier that cannot be read or is not in the format: names the dossier (when its id could be read)
 * and the field path ({@code evidence[2].date}), so that whoever made the file can find the mistake.
 */
public class InvalidDossierException extends ThiDuaException {

    private final String dossierId;
    private final String field;
    private final String code;

    public InvalidDossierException(String code, String dossierId, String field, String message) {
        super(describe(dossierId, field, message));
        this.code = code;
        this.dossierId = dossierId;
        this.field = field;
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
        return new ErrorRecord(dossierId, index, new ErrorRecord.Error(code, detail(), field));
    }
}
