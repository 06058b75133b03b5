package vn.gov.angiang.thidua.api;

import vn.gov.angiang.thidua.api.json.DossierRead;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Evaluates the records of one batch, in order, so that every record yields exactly one outcome: the
 * evaluation, or an error record (the record could not be read, or the rules failed on it). A dossier
 * whose id already appeared in the batch (compared in Unicode NFC, without surrounding spaces) is
 * evaluated too, with the warning {@code DUPLICATE_DOSSIER_ID}. Not thread-safe: one per batch.
 * <pre>
 * BatchEvaluation batch = new BatchEvaluation(evaluator, day, false);
 * new DossierReader().read(in, InputFormat.JSON_LINES, read -> out.accept(batch.evaluate(read)));
 * </pre>
 */
public final class BatchEvaluation {

    /** The code of the warning given to a dossier whose id appeared earlier in the batch. */
    public static final String DUPLICATE_DOSSIER_ID = "DUPLICATE_DOSSIER_ID";

    private final Evaluator evaluator;
    private final LocalDate consideredOn;
    private final boolean explain;
    private final Set<String> seen = new HashSet<>();
    /** The longest message of an error record made from a failure. */
    private static final int MAX_MESSAGE = 500;

    /**
     * A batch to evaluate.
     *
     * @param evaluator    the evaluator, shared
     * @param consideredOn the day every dossier of the batch is considered
     * @param explain      whether each evaluation carries the trace of the rules that fired
     */
    public BatchEvaluation(Evaluator evaluator, LocalDate consideredOn, boolean explain) {
        this.evaluator = evaluator;
        this.consideredOn = consideredOn;
        this.explain = explain;
    }

    /**
     * The outcome of one record; never throws for anything a dossier can contain.
     *
     * @param read the record as read
     * @return its evaluation, or the error record that stands for it
     */
    public Outcome evaluate(DossierRead read) {
        return inOrder(read, evaluateAlone(read));
    }

    /**
     * The outcome of one record, without what depends on the records before it (the duplicate id):
     * thread-safe, for {@link ParallelBatch}, which passes each outcome through {@link #inOrder} in order.
     */
    Outcome evaluateAlone(DossierRead read) {
        if (read instanceof DossierRead.Failed failed) {
            return failed.error();
        }
        Dossier d = ((DossierRead.Ok) read).dossier();
        try {
            return explain ? evaluator.explain(d, consideredOn) : evaluator.evaluate(d, consideredOn);
        } catch (InvalidDossierException e) {
            return e.toRecord(read.index());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A rule set that fails on one dossier must not cost the batch the others; the message is cut
            // short before it is copied, whatever made it long.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String first = message.lines().findFirst().orElse("evaluation failed");
            return new ErrorRecord(d.id(), read.index(), new ErrorRecord.Error(ErrorRecord.EVALUATION_FAILED,
                    first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first, null));
        }
    }

    /** The outcome with the warning of a dossier id already met in the batch; call in input order. */
    Outcome inOrder(DossierRead read, Outcome outcome) {
        if (!(outcome instanceof Evaluation e)) {
            return outcome;
        }
        // The same id typed two ways (NFD and NFC, a stray space) is the same id.
        String id = ((DossierRead.Ok) read).dossier().id();
        if (seen.add(java.text.Normalizer.normalize(id.strip(), java.text.Normalizer.Form.NFC))) {
            return e;
        }
        return e.withWarning(new Warning(DUPLICATE_DOSSIER_ID, id, null, new Message(
                "Mã hồ sơ đã xuất hiện trước đó trong cùng lô: kiểm tra xem có gửi trùng hồ sơ không.",
                "The dossier id appeared earlier in the same batch: check that the dossier was not sent twice.")));
    }
}
