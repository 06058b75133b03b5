package vn.gov.angiang.thidua.api.json;

/**
 * The limits of reading input, so that a file built to hurt is refused quickly with the host's memory
 * intact. Each limit exceeded is an error record ({@code LIMIT_EXCEEDED}) that names the limit.
 * A JSON array is never read into memory whole: it is read one dossier at a time, so a batch of any
 * length is read in the memory of one dossier.
 *
 * @param maxDossierBytes  the size of one dossier in bytes (a JSON Lines line, an array element)
 * @param maxStringLength  the length of one text, in characters
 * @param maxNestingDepth  how deeply objects and arrays may nest, the dossier itself being 1 (a dossier
 *                         needs 3; at most 1,000)
 * @param maxEvidenceItems the number of evidence items of one dossier
 * @param maxListItems     the number of items of any other list of a dossier (reports, proceedings, sanctions)
 */
public record ReadLimits(int maxDossierBytes, int maxStringLength, int maxNestingDepth, int maxEvidenceItems,
                         int maxListItems) {

    /** The deepest nesting a reader can be asked to follow (each level is a frame on the thread's stack). */
    public static final int MAX_NESTING = 1_000;

    /**
     * Checks the limits.
     *
     * @param maxDossierBytes the size of one dossier in bytes
     * @param maxStringLength the length of one text, in characters
     * @param maxNestingDepth how deeply objects and arrays may nest
     * @param maxEvidenceItems the number of evidence items of one dossier
     * @param maxListItems the number of items of any other list of a dossier
     * @throws IllegalArgumentException when a limit is negative, a size or length below 1, or the nesting
     *                                  depth outside 4 to {@link #MAX_NESTING}
     */
    public ReadLimits {
        if (maxDossierBytes < 1 || maxStringLength < 1 || maxNestingDepth < 4 || maxNestingDepth > MAX_NESTING
                || maxEvidenceItems < 0 || maxListItems < 0) {
            throw new IllegalArgumentException("read limits must not be negative, sizes and lengths at least 1, "
                    + "and the nesting depth between 4 and " + MAX_NESTING);
        }
    }

    /**
     * The limits a reader has unless told otherwise.
     *
     * @return 1 MiB a dossier, 10,000 characters a text, depth 16, 2,000 evidence items, 200 items in other lists
     */
    public static ReadLimits defaults() {
        return new ReadLimits(1 << 20, 10_000, 16, 2_000, 200);
    }

    /**
     * The same limits with another size of a dossier.
     *
     * @param bytes the size of one dossier in bytes
     * @return the new limits
     */
    public ReadLimits withMaxDossierBytes(int bytes) {
        return new ReadLimits(bytes, maxStringLength, maxNestingDepth, maxEvidenceItems, maxListItems);
    }

    /**
     * The same limits with another length of a text.
     *
     * @param chars the length of one text, in characters
     * @return the new limits
     */
    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxDossierBytes, chars, maxNestingDepth, maxEvidenceItems, maxListItems);
    }

    /**
     * The same limits with another nesting depth.
     *
     * @param depth how deeply objects and arrays may nest (4 to 1,000)
     * @return the new limits
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDossierBytes, maxStringLength, depth, maxEvidenceItems, maxListItems);
    }

    /**
     * The same limits with another number of evidence items.
     *
     * @param items the number of evidence items of one dossier
     * @return the new limits
     */
    public ReadLimits withMaxEvidenceItems(int items) {
        return new ReadLimits(maxDossierBytes, maxStringLength, maxNestingDepth, items, maxListItems);
    }

    /**
     * The same limits with another number of items of the other lists.
     *
     * @param items the number of reports, proceedings or sanctions of one dossier
     * @return the new limits
     */
    public ReadLimits withMaxListItems(int items) {
        return new ReadLimits(maxDossierBytes, maxStringLength, maxNestingDepth, maxEvidenceItems, items);
    }
}
