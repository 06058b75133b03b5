package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The record standing in for a dossier that could not be read or evaluated: its id where known,
 * its position in the batch (from 0), and the error.
 */
public record ErrorRecord(@JsonInclude(JsonInclude.Include.ALWAYS) String dossierId, long index, Error error)
        implements Outcome {

    /** The input is not JSON (JSON sai cú pháp). */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** The input is not UTF-8 (không phải UTF-8). */
    public static final String INVALID_UTF8 = "INVALID_UTF8";
    /** A limit of {@code ReadLimits} was exceeded; the kind names it (vượt giới hạn). */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    /** The JSON is not a dossier of the format: a field unknown, missing or of the wrong type (hồ sơ không hợp lệ). */
    public static final String INVALID_DOSSIER = "INVALID_DOSSIER";
    /** The rules failed on the dossier (không xét được hồ sơ). */
    public static final String EVALUATION_FAILED = "EVALUATION_FAILED";

    /**
     * An error: its {@code code} (one of the constants above), its {@code kind} where the code has
     * several ({@code UNKNOWN_FIELD}, {@code INVALID_DATE}, … for an invalid dossier; the name of the
     * limit for {@code LIMIT_EXCEEDED}; {@code TRUNCATED} or {@code AFTER_END} for some malformed JSON), a
     * plain message, the field path, and the line and column in the input where the error was met, where
     * known (both from 1; the column counts characters, or bytes past the first 64 KiB of a line of a
     * JSON document).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String kind, String message, String field, Long line, Long column) {

        /**
         * An error without kind or place in the input.
         *
         * @param code    one of the codes above
         * @param message what went wrong, in plain words
         * @param field   the path of the offending field, or null
         */
        public Error(String code, String message, String field) {
            this(code, null, message, field, null, null);
        }
    }
}
