package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The record standing in for a dossier that could not be read or evaluated: its id where known,
 * its position in the batch (from 0), and the error.
 */
public record ErrorRecord(@JsonInclude(JsonInclude.Include.ALWAYS) String dossierId, long index, Error error)
        implements Outcome {

    /** Error codes: what went wrong, in the large. */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INVALID_UTF8 = "INVALID_UTF8";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    public static final String INVALID_DOSSIER = "INVALID_DOSSIER";
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

        public Error(String code, String message, String field) {
            this(code, null, message, field, null, null);
        }
    }
}
