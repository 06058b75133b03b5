package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;

/** One record of a batch as read: a dossier, or the error record that stands for it. */
public sealed interface DossierRead {

    /** The record's position in the batch, from 0. */
    long index();

    record Ok(long index, Dossier dossier) implements DossierRead {
    }

    record Failed(long index, ErrorRecord error) implements DossierRead {
    }
}
