package vn.gov.angiang.thidua.testing.mutation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MutantSampleTest {

    private static final String DRL = """
            rule "A" when Nominee(kind == NomineeKind.COLLECTIVE) not Submission(copies < 2) then
              insert(Criterion.perItem("TT1.2", "1", "4")); insert(Criterion.perItem("TT1.3", "2", "6"));
              insert(Criterion.rate("TT1.4", band("95", "6"), band("75", "4"), band("50", "2")));
              insert(ReportDue.of(ReportCode.Q1, "2026-04-15")); insert(reason(Category.SCOPE, "X", null, "", ""));
            end
            """;

    private final List<Mutant> all = new MutantFinder().find("a.drl", DRL);

    @Test
    void theOrderHoldsEveryMutantOnce() {
        List<Mutant> ordered = MutantSample.ordered(all);
        assertEquals(all.size(), ordered.size());
        assertEquals(new HashSet<>(all), new HashSet<>(ordered));
    }

    @Test
    void aSampleKeepsEveryOperatorAndEveryLine() {
        List<Mutant> sample = MutantSample.sample(all, 8);
        Set<MutationOperator> ops = all.stream().map(Mutant::operator).collect(Collectors.toSet());
        assertEquals(ops, sample.stream().map(Mutant::operator).collect(Collectors.toSet()));
        assertEquals(all.stream().map(Mutant::line).collect(Collectors.toSet()),
                sample.stream().map(Mutant::line).collect(Collectors.toSet()));
        assertEquals(8, sample.size(), "the guarantee fits in 8 here");
        assertTrue(ops.size() >= 6);
    }

    @Test
    void theRestIsSpreadOverTheFile() {
        List<Mutant> sample = MutantSample.sample(all, 20);
        assertEquals(20, sample.size());
        long line3 = sample.stream().filter(m -> m.line() == 3).count();
        long line3all = all.stream().filter(m -> m.line() == 3).count();
        assertTrue(line3 > 1 && line3 < line3all, "line 3 holds most numbers: some of them, not all: " + line3);
        assertEquals(all.size(), MutantSample.sample(all, 10_000).size(), "under the limit every mutant runs");
    }
}
