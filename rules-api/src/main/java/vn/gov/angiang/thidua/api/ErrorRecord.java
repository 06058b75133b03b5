package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The record standing in for a dossier that could not be read or evaluated: its id where known,
 * its position in the batch (from 0), and the error.
 */
public record ErrorRecord(@JsonInclude(JsonInclude.Include.ALWAYS) String dossierId, long index, Error error)
        implements Outcome {

    /** An error code ({@code INVALID_DOSSIER}, …), a plain message, and the field path where there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message, String field) {
    }
}
