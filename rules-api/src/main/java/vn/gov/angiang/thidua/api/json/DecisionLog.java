package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.api.DecisionRecord;
import vn.gov.angiang.thidua.api.DecisionSink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decision records as JSON Lines, UTF-8, one complete line per record, flushed as it is written so that a crash
 * loses no record already given. Each line, newline included, goes to the stream in one write: a crash
 * in mid-write leaves at most one incomplete line, the last, which {@code thidua replay} names as
 * truncated. Thread-safe: lines never interleave. Does not close the stream.
 */
public final class DecisionLog implements DecisionSink {

    private final OutputStream out;

    /**
     * A log that appends to a stream.
     *
     * @param out where the JSON lines go (UTF-8); not closed by the log
     */
    public DecisionLog(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * @throws UncheckedIOException when the stream fails: the decision could not be recorded
     */
    @Override
    public synchronized void record(DecisionRecord record) {
        try {
            out.write((DossierJson.writeLine(record) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the decision record of " + record.dossierId()
                    + " (không ghi được bản ghi quyết định)", e);
        }
    }
}
