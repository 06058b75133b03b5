package vn.gov.angiang.thidua.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be built or used, with each problem located by file, line and column.
 *
 * @serial exclude
 */
public class RuleSetException extends ThiDuaException {

    private final List<Problem> problems;

    /**
     * A rule set with these problems; the message lists them, one a line.
     *
     * @param message  what could not be done
     * @param problems each problem, by file, line and column; may be empty
     */
    public RuleSetException(String message, List<Problem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    /**
     * A rule set that failed, for a reason found by Drools or the host.
     *
     * @param message what could not be done
     * @param cause   what went wrong underneath, for the log
     */
    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /**
     * Every problem found.
     *
     * @return the problems, by file, line and column; empty when the failure is not in a rule file
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem in a rule file.
     *
     * @param file    the rule file, relative to its folder
     * @param line    the line, from 1; 0 when unknown
     * @param column  the column, from 1; 0 when unknown
     * @param message what is wrong, in Vietnamese and English
     */
    public record Problem(String file, int line, int column, String message) {
        /** As {@code file:line:column: message}, the form editors and compilers use. */
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }
}
