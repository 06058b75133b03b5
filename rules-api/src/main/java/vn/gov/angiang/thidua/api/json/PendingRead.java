package vn.gov.angiang.thidua.api.json;

/**
 * One record of a batch, split off the input but perhaps not parsed yet: {@link #read()} parses it, on
 * whichever thread calls it, so that a batch can be parsed on several cores while the input is read
 * in order on one. Calling {@link #read()} more than once parses again and gives an equal result.
 */
public interface PendingRead {

    /**
     * The record's position in the batch.
     *
     * @return from 0, known before the record is parsed
     */
    long index();

    /**
     * Parses the record. Thread-safe; never throws for bad input.
     *
     * @return the dossier, or the error record that stands for it
     */
    DossierRead read();

    /**
     * A record already read.
     *
     * @param read the record
     * @return it, as a pending read that parses nothing
     */
    static PendingRead ready(DossierRead read) {
        return new PendingRead() {
            @Override
            public long index() {
                return read.index();
            }

            @Override
            public DossierRead read() {
                return read;
            }
        };
    }
}
