package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;

/** One record of a batch as read: a dossier, or the error record that stands for it. */
public sealed interface DossierRead {

    /**
     * Where the record is in the batch.
     *
     * @return its position, from 0
     */
    long index();

    /**
     * A record read into a dossier, ready to evaluate.
     *
     * @param index   its position in the batch, from 0
     * @param dossier the dossier
     */
    record Ok(long index, Dossier dossier) implements DossierRead {
    }

    /**
     * A record that could not be read into a dossier.
     *
     * @param index its position in the batch, from 0
     * @param error the error record that stands for it
     */
    record Failed(long index, ErrorRecord error) implements DossierRead {
    }
}
