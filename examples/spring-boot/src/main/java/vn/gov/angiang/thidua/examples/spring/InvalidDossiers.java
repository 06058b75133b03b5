package vn.gov.angiang.thidua.examples.spring;

import vn.gov.angiang.thidua.api.ErrorRecord;

import java.util.List;

/** The request held dossiers that cannot be evaluated: each with its place in the body and its error record. */
final class InvalidDossiers extends RuntimeException {

    private final transient List<Invalid> invalid;

    InvalidDossiers(List<Invalid> invalid) {
        super(invalid.size() + " invalid dossier(s)", null, false, false);
        this.invalid = List.copyOf(invalid);
    }

    List<Invalid> invalid() {
        return invalid;
    }

    /** One dossier of the request that cannot be evaluated. */
    record Invalid(long index, ErrorRecord record) {
    }
}
