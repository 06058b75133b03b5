package vn.gov.angiang.thidua.testing.mutation;

import java.time.Duration;

/**
 * What became of one mutant: its status, a detail (the case that failed, the compiler's first problem, the
 * reason it is equivalent), and the time spent compiling it and running the scenarios against it.
 */
public record MutantResult(Mutant mutant, Status status, String detail, Duration compile, Duration run) {

    public enum Status {
        /** some scenario case failed against it */
        KILLED,
        /** every scenario case still passed: a number, boundary or operator no scenario pins */
        SURVIVED,
        /** listed in the equivalents file: no dossier can tell it from the rules as written; not run */
        EQUIVALENT,
        /** the compiler (or the sandbox) refused it: counted apart, it says nothing about the scenarios */
        STILLBORN,
        /** left out of the sample, or not reached within the time limit */
        NOT_RUN
    }

    public Duration total() {
        return compile.plus(run);
    }
}
