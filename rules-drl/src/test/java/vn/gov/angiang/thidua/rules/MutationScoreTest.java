package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.testing.mutation.Equivalents;
import vn.gov.angiang.thidua.testing.mutation.MutantResult;
import vn.gov.angiang.thidua.testing.mutation.MutationReport;
import vn.gov.angiang.thidua.testing.mutation.Mutations;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default rule set's scenarios kill every mutant not listed as equivalent — every mutant, not a sample:
 * what {@code thidua test --mutations --min-mutation-score 100} checks on an exported folder. A failure lists
 * each survivor as the CLI does ({@code criteria-individual.drl:41: đổi 95 thành 94 …}): pin it with a scenario
 * case, or, once reviewed, list it in mutants-equivalent.txt with its reason.
 * <p>
 * The run has a time budget ({@code -Dthidua.mutationTime}, default 8m) so that an overloaded machine cannot
 * hold the build for ever; mutants run in the sample's order (every operator, then every mutated line, first),
 * so even a run cut short has tried each line. The report it prints says how many were not run.
 */
class MutationScoreTest {

    private static final Duration BUDGET = Duration.parse("PT" + System.getProperty("thidua.mutationTime", "8m")
            .strip().toUpperCase(Locale.ROOT));

    @Test
    void theScenariosKillEveryNonEquivalentMutant() {
        MutationReport report = Mutations.of(DefaultRules.TESTED, List.of(DefaultRules.SCENARIOS),
                Equivalents.in(DefaultRules.RULES)).timeLimit(BUDGET).run();
        System.out.print(report.describe());
        assertEquals(List.of(), report.stale(), () -> "stale entries of mutants-equivalent.txt:\n" + report.describe());
        assertTrue(report.survivors().isEmpty(), report::describe);
        assertTrue(report.count(MutantResult.Status.KILLED) > 0, "some mutant ran: " + report.summary());
    }
}
