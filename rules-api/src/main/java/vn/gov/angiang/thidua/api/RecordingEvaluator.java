package vn.gov.angiang.thidua.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An evaluator that hands a {@link DecisionRecord} of every evaluation to a {@link DecisionSink}, then returns the
 * evaluation. A host that has the dossier's bytes as received calls {@link #evaluate(Dossier, LocalDate,
 * DecisionRecord.Received)} so that the record carries their digest too. Thread-safe when the sink is.
 * <pre>
 * Evaluator evaluator = new RecordingEvaluator(RuleSets.defaults(), new DecisionLog(auditStream), true);
 * </pre>
 */
public final class RecordingEvaluator implements Evaluator {

    private final Evaluator delegate;
    private final DecisionSink sink;
    private final boolean maskNames;
    private final Clock clock;

    /**
     * Records with the system clock, in UTC.
     *
     * @param delegate  the evaluator that decides
     * @param sink      where each record goes
     * @param maskNames whether individual nominees' names are masked in the records
     */
    public RecordingEvaluator(Evaluator delegate, DecisionSink sink, boolean maskNames) {
        this(delegate, sink, maskNames, Clock.systemUTC());
    }

    /**
     * With the clock that gives the time of evaluation (a fixed one in tests).
     *
     * @param delegate  the evaluator that decides
     * @param sink      where each record goes
     * @param maskNames whether individual nominees' names are masked in the records
     * @param clock     the time of each evaluation
     */
    public RecordingEvaluator(Evaluator delegate, DecisionSink sink, boolean maskNames, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maskNames = maskNames;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
        return evaluate(dossier, consideredOn, null);
    }

    /**
     * As {@link #evaluate(Dossier, LocalDate)}, recording the digest of the input the dossier came in.
     *
     * @param dossier      the dossier
     * @param consideredOn the day considered
     * @param received     the input as received, or null
     * @return the evaluation, once recorded
     */
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn, DecisionRecord.Received received) {
        return recorded(dossier, consideredOn, received, delegate.evaluate(dossier, consideredOn));
    }

    @Override
    public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
        return recorded(dossier, consideredOn, null, delegate.explain(dossier, consideredOn));
    }

    @Override
    public RuleSetInfo ruleSet() {
        return delegate.ruleSet();
    }

    private Evaluation recorded(Dossier dossier, LocalDate consideredOn, DecisionRecord.Received received,
                                Evaluation e) {
        sink.record(DecisionRecord.of(e.ruleSet(), consideredOn, clock.instant(), dossier, e, received, maskNames));
        return e;
    }
}
