package vn.gov.angiang.thidua.api;

/** What a batch yields for each input dossier: an evaluation, or an error record. Never nothing. */
public sealed interface Outcome permits Evaluation, ErrorRecord {

    /**
     * The dossier this outcome stands for.
     *
     * @return the dossier's id, or null when it could not be read
     */
    String dossierId();
}
