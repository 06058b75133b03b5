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
 * The run has a time budget ({@code -Dthidua.mutationTime}, default 45m, about eight times what all of them
 * take on two idle cores) so that a stuck machine cannot hold the build for ever; a run cut short fails, since
 * the gate is every mutant. Mutants run in the sample's order (every operator, then every mutated line, first).
 */
class MutationScoreTest {

    private static final Duration BUDGET = Duration.parse("PT" + System.getProperty("thidua.mutationTime", "45m")
            .strip().toUpperCase(Locale.ROOT));

    @Test
    void theScenariosKillEveryNonEquivalentMutant() {
        MutationReport report = Mutations.of(DefaultRules.TESTED, List.of(DefaultRules.SCENARIOS),
                Equivalents.in(DefaultRules.RULES)).timeLimit(BUDGET).run();
        System.out.print(report.describe());
        assertEquals(List.of(), report.stale(), () -> "stale entries of mutants-equivalent.txt:\n" + report.describe());
        assertTrue(report.survivors().isEmpty(), report::describe);
        assertEquals(0, report.count(MutantResult.Status.NOT_RUN), () -> "the time budget ran out:\n" + report.describe());
        assertTrue(report.count(MutantResult.Status.KILLED) > 0, "some mutant ran: " + report.summary());
    }
}
