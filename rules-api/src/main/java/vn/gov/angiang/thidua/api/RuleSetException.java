package vn.gov.angiang.thidua.api;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be built or used, with each problem located by file, line and column. */
public class RuleSetException extends ThiDuaException {

    private final List<Problem> problems;

    public RuleSetException(String message, List<Problem> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem in a rule file; line and column count from 1, and are 0 when unknown. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }
}
