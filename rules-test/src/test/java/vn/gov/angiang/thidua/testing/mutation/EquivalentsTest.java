package vn.gov.angiang.thidua.testing.mutation;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EquivalentsTest {

    private static final String DRL = """
            rule "DIEM.TONG Tổng điểm"
            when Score($s : score)
            then insert(within($s, points("0"), maxScore()));
            end
            """;

    private final List<Mutant> mutants = new MutantFinder().find("score.drl", DRL);
    private final Mutant minusOne = mutants.stream().filter(m -> m.replacement().equals("-1")).findFirst().orElseThrow();

    @Test
    void anEntryNamesItsMutantByFileRuleAndCodeNotByLine() {
        Equivalents e = Equivalents.parse("# reviewed\n\n" + minusOne.equivalentEntry("không âm / never negative") + "\n",
                "test");
        assertEquals("không âm / never negative", e.of(minusOne).orElseThrow().reason());
        assertEquals(3, e.entries().get(0).line());
        List<Mutant> moved = new MutantFinder().find("score.drl", "// a new first line\n" + DRL);
        Mutant same = moved.stream().filter(m -> m.replacement().equals("-1")).findFirst().orElseThrow();
        assertEquals(4, same.line());
        assertTrue(e.of(same).isPresent(), "a line added above moves the mutant, not its entry");
        assertTrue(mutants.stream().filter(m -> m != minusOne).noneMatch(m -> e.of(m).isPresent()));
        assertEquals(List.of(), e.staleAmong(mutants));
    }

    @Test
    void anEntryWhoseCodeChangedIsStale() {
        Equivalents e = Equivalents.parse(minusOne.equivalentEntry("why"), "test");
        List<Mutant> edited = new MutantFinder().find("score.drl", DRL.replace("maxScore()", "points(\"100\")"));
        assertEquals(1, e.staleAmong(edited).size());
        Equivalents otherRule = Equivalents.parse(minusOne.equivalentEntry("why").replace("DIEM.TONG", "DIEM.NHOM"), "t");
        assertEquals(1, otherRule.staleAmong(mutants).size(), "the rule is part of the name");
    }

    @Test
    void anEntryWithoutItsReasonOrMarkIsRefusedWithItsLine() {
        ThiDuaException x = assertThrows(ThiDuaException.class, () -> Equivalents.parse("\n"
                + minusOne.equivalentEntry("").strip(), "mutants-equivalent.txt"));
        assertTrue(x.getMessage().startsWith("mutants-equivalent.txt:2:"), x.getMessage());
        assertThrows(ThiDuaException.class, () -> Equivalents.parse("score.drl | DIEM.TONG | points(\"0\") | why", "t"));
    }
}
