package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.PrintStream;
import java.time.LocalDate;

/** Where the outcomes of a run go, one by one as they come: a table for people, or JSON. */
interface Report extends AutoCloseable {

    /** Once, before the first outcome. */
    void begin(RuleSetInfo ruleSet, LocalDate consideredOn);

    /**
     * One outcome, with its index in the run; {@code dossier} is null when it could not be read,
     * {@code source} names the input it came from.
     */
    void outcome(long index, String source, Dossier dossier, Outcome outcome);

    /** Once, at the end (also after a failure, so that a JSON array is always closed). */
    @Override
    void close();

    /** {@code --format json}: exactly one JSON array on stdout, written element by element. */
    static Report jsonArray(PrintStream out) {
        return new Report() {
            private DossierJson.ArrayWriter array;

            @Override
            public void begin(RuleSetInfo ruleSet, LocalDate consideredOn) {
                array = DossierJson.arrayWriter(out);
            }

            @Override
            public void outcome(long index, String source, Dossier dossier, Outcome outcome) {
                array.write(outcome);
            }

            @Override
            public void close() {
                if (array != null) {
                    array.close();
                    array = null;
                }
                out.flush();
            }
        };
    }

    /** {@code --format jsonl}: one outcome per line, streamed to the bytes of stdout. */
    static Report jsonLines(PrintStream out) {
        return new Report() {
            private DossierJson.LineWriter lines;

            @Override
            public void begin(RuleSetInfo ruleSet, LocalDate consideredOn) {
                lines = DossierJson.lineWriter(out);
            }

            @Override
            public void outcome(long index, String source, Dossier dossier, Outcome outcome) {
                lines.write(outcome);
            }

            @Override
            public void close() {
                if (lines != null) {
                    lines.close();
                    lines = null;
                }
                out.flush();
            }
        };
    }
}
