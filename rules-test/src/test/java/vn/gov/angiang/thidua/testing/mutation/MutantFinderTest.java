package vn.gov.angiang.thidua.testing.mutation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MutantFinderTest {

    private static final String DRL = """
            package thidua;
            // a comment with 15, "2026-04-15", <= and not: never mutated
            /* nor 7 here */
            function boolean open(java.time.LocalDate d) { return d != null && !d.isAfter(date("2026-12-31")); }

            rule "TT3.1 Vụ việc 5"
            when Nominee(kind == NomineeKind.COLLECTIVE)
                 not Submission(copies < 2)
                 exists Reason()
            then insert(Criterion.perItem("TT3.1", "2.5", "15"));   // 2.5 points, at most 15
                 insert(reason(Category.SCOPE, "SCOPE_AGENCY", null, "5 mục", "five"));
                 insert(ReportDue.of(ReportCode.Q1, "2026-04-15"));
            end
            """;

    private final List<Mutant> mutants = new MutantFinder().find("x.drl", DRL);

    private List<String> changes(int line) {
        return mutants.stream().filter(m -> m.line() == line).map(m -> m.original() + "→" + m.replacement() + " "
                + m.operator()).toList();
    }

    @Test
    void commentsAndRuleNamesAndMessagesAreLeftAlone() {
        assertEquals(List.of(), changes(2));
        assertEquals(List.of(), changes(3));
        assertEquals(List.of(), changes(6), "the rule name holds 5, but a name is no token of the rules");
        assertTrue(mutants.stream().noneMatch(m -> m.original().equals("mục")));
    }

    @Test
    void numbersInStringsAndDecimalsMoveByOne() {
        assertEquals(List.of("2.5→1.5 NUMBER", "2.5→3.5 NUMBER", "15→14 NUMBER", "15→16 NUMBER"), changes(10));
        Mutant m = mutants.stream().filter(x -> x.replacement().equals("16")).findFirst().orElseThrow();
        assertEquals("then insert(Criterion.perItem(\"TT3.1\", \"2.5\", \"⟦15 → 16⟧\"));", m.context(),
                "the context is the code of the line, without its comment");
        assertEquals("TT3.1", m.where());
        assertEquals(10, m.line());
        assertEquals(DRL.split("\n")[9].indexOf("15") + 1, m.column());
        assertTrue(m.applyTo(DRL).contains("perItem(\"TT3.1\", \"2.5\", \"16\")"));
        assertEquals("x.drl:10: đổi 15 thành 16 không làm kịch bản nào sai / changing 15 to 16 changes no scenario's"
                + " outcome", m.survivorLine());
    }

    @Test
    void datesMoveByOneDayAndFunctionsAreNamed() {
        assertEquals(List.of("2026-04-15→2026-04-14 DATE", "2026-04-15→2026-04-16 DATE"),
                changes(12).stream().filter(c -> c.endsWith("DATE")).toList());
        List<Mutant> inFunction = mutants.stream().filter(m -> m.line() == 4).toList();
        assertTrue(inFunction.stream().allMatch(m -> m.where().equals("function open")));
        assertEquals(List.of("!=→== COMPARISON", "&&→|| BOOLEAN", "!→ NEGATION", "2026-12-31→2026-12-30 DATE",
                "2026-12-31→2027-01-01 DATE"), changes(4));
    }

    @Test
    void comparisonsNegationsExistsAndEnums() {
        assertEquals(List.of("COLLECTIVE→INDIVIDUAL ENUM_CONSTANT"), changes(7),
                "with a two-valued enum, == → != would be the same rules as the swapped constant: made once");
        assertEquals(List.of("not→ NEGATION", "not→exists EXISTS_NOT", "<→<= COMPARISON", "2→1 NUMBER", "2→3 NUMBER"),
                changes(8));
        assertEquals(List.of("exists→not EXISTS_NOT"), changes(9));
        assertEquals(List.of("SCOPE→EXCLUSION REASON_CATEGORY", "SCOPE→DOSSIER REASON_CATEGORY"), changes(11));
        assertEquals(List.of("Q1→H1 ENUM_CONSTANT", "Q1→Q3 ENUM_CONSTANT", "Q1→PLAN ENUM_CONSTANT"),
                changes(12).stream().filter(c -> c.endsWith("ENUM_CONSTANT")).toList());
    }

    @Test
    void aLargeEnumSwapsForItsNeighbours() {
        List<Mutant> m = new MutantFinder().find("y.drl", "rule \"R\" when OpenProceeding(type == ProceedingType.INSPECTION,"
                + " unitType not in (UnitType.OTHER)) then end");
        assertEquals(List.of("INVESTIGATION", "EXAMINATION"), m.stream().filter(x -> x.original().equals("INSPECTION"))
                .map(Mutant::replacement).toList(), "seven constants: the two beside it");
        assertEquals(List.of("DEPARTMENT", "AFFILIATED_UNIT", "ADVISORY_BODY"), m.stream()
                .filter(x -> x.original().equals("OTHER")).map(Mutant::replacement).toList(), "four: every other one");
        assertEquals(List.of(MutationOperator.NEGATION), m.stream().filter(x -> x.original().equals("not"))
                .map(Mutant::operator).toList(), "'not in' has no exists form");
    }

    @Test
    void aMutantTextDiffersFromTheOriginalInOneTokenOnly() {
        for (Mutant m : mutants) {
            String mutated = m.applyTo(DRL);
            assertEquals(DRL.substring(0, m.offset()), mutated.substring(0, m.offset()));
            assertEquals(DRL.substring(m.offset() + m.original().length()),
                    mutated.substring(m.offset() + m.replacement().length()));
        }
    }
}
