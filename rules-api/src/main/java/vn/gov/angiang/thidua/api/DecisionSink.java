package vn.gov.angiang.thidua.api;

/**
 * Where a host keeps its decision records (an audit log, a table, a queue). Called once per evaluation, on the
 * evaluating thread: an implementation shared by several threads must be thread-safe. A sink that throws makes
 * the evaluation fail, on purpose: a decision that cannot be recorded is not given.
 */
@FunctionalInterface
public interface DecisionSink {

    /**
     * Keeps one record.
     *
     * @param record the decision, with what replays it
     */
    void record(DecisionRecord record);
}
