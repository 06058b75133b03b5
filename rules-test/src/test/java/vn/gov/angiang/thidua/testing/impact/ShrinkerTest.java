package vn.gov.angiang.thidua.testing.impact;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.ProceedingType;
import vn.gov.angiang.thidua.api.Subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The shrinker on properties that need no rule set: what it keeps, that it stays true, that it is 1-minimal. */
class ShrinkerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Evidence CASE = new Evidence("CN3.1", "Vụ việc 05/VV-2026", LocalDate.of(2026, 4, 10),
            "Phát hiện sai phạm", "Chuyển cơ quan điều tra", null, null);
    private static final Proceeding COMPLAINT = new Proceeding(ProceedingType.COMPLAINT, Subject.CORRUPTION,
            LocalDate.of(2026, 8, 1), null, false, "Đơn ngày 01/08/2026");

    /** A generated dossier with the case and the complaint among its items. */
    private static Dossier busyDossier(long seed) {
        Dossier d = Tables2026.generator(seed).next().dossier();
        List<Evidence> evidence = new ArrayList<>(d.evidence());
        evidence.add(evidence.size() / 2, CASE);
        List<Proceeding> proceedings = new ArrayList<>(d.proceedings());
        proceedings.add(COMPLAINT);
        return new Dossier(d.id(), d.nominee(), evidence, d.reports(), proceedings, d.sanctions(), d.submission(),
                d.selfScore());
    }

    private static final Predicate<Dossier> CASE_AND_COMPLAINT = d -> d.evidence().stream()
            .anyMatch(e -> "CN3.1".equals(e.criterion()) && e.ref() != null && e.ref().startsWith("Vụ việc 05"))
            && d.proceedings().stream().anyMatch(p -> p.type() == ProceedingType.COMPLAINT);

    @Test
    void keepsOnlyWhatThePropertyNeedsAndClearsOptionalFields() {
        Dossier start = busyDossier(7);
        assertTrue(start.evidence().size() > 5, "a dossier worth shrinking: " + start.evidence().size());

        Shrinker.Shrunk shrunk = new Shrinker(CASE_AND_COMPLAINT, 10_000).shrink(start);

        Dossier d = shrunk.dossier();
        assertTrue(CASE_AND_COMPLAINT.test(d));
        assertTrue(shrunk.complete());
        assertEquals(1, d.evidence().size());
        assertEquals("Vụ việc 05/VV-2026", d.evidence().get(0).ref());
        assertNull(d.evidence().get(0).content(), "the content is optional");
        assertEquals(1, d.proceedings().size());
        assertNull(d.proceedings().get(0).ref(), "the proceeding's reference is optional");
        assertEquals(List.of(), d.reports());
        assertEquals(List.of(), d.sanctions());
        assertNull(d.submission());
        assertNull(d.selfScore());
        assertNull(d.nominee().name());
        assertEquals("BQLKKT-AG", d.nominee().agency(), "the Board's agency, when the property does not need another");
        assertEquals(start.id(), d.id(), "the id is kept: it names the dossier");
    }

    @Test
    void keepsAsManyItemsAsTheCountNeeds() {
        Dossier start = Tables2026.generator(11).next().dossier();
        int n = start.evidence().size();
        assertTrue(n >= 6, "items: " + n);
        Predicate<Dossier> atLeastFive = d -> d.evidence().size() >= 5;

        Dossier d = new Shrinker(atLeastFive, 10_000).shrink(start).dossier();

        assertEquals(5, d.evidence().size());
        List<String> refs = start.evidence().stream().map(Evidence::ref).toList();
        assertTrue(refs.containsAll(d.evidence().stream().map(Evidence::ref).toList()), "only items of the dossier remain");
    }

    @Test
    void aRateIsWrittenInItsLowestTerms() {
        Evidence rate = new Evidence("CN2.2", "Báo cáo 41/BC-VP", LocalDate.of(2026, 10, 30), null, null, 95L, 100L);
        Dossier start = new Dossier("HS-1", Tables2026.generator(1).next().dossier().nominee(), List.of(rate), null,
                null, null, null, null);
        Predicate<Dossier> atNinetyFive = d -> d.evidence().stream().anyMatch(e -> e.done() != null && e.total() != null
                && e.total() > 0 && e.done() * 100 == 95 * e.total());

        Dossier d = new Shrinker(atNinetyFive, 1_000).shrink(start).dossier();

        assertEquals(19L, d.evidence().get(0).done());
        assertEquals(20L, d.evidence().get(0).total());
    }

    @Test
    void aPropertyThatDoesNotHoldAtTheStartIsRefused() {
        Dossier start = Tables2026.generator(3).next().dossier();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Shrinker(d -> false, 100).shrink(start));
        assertTrue(e.getMessage().contains(start.id()), e.getMessage());
    }

    @Test
    void outOfChecksItStopsWithADossierOnWhichThePropertyStillHolds() {
        Dossier start = busyDossier(5);
        Shrinker.Shrunk shrunk = new Shrinker(CASE_AND_COMPLAINT, 3).shrink(start);

        assertFalse(shrunk.complete());
        assertTrue(shrunk.checks() <= 3, "checks: " + shrunk.checks());
        assertTrue(CASE_AND_COMPLAINT.test(shrunk.dossier()));
    }

    /** For any dossier and any property on how many items of some codes it has: still true, and 1-minimal for removals. */
    @Test
    void theResultStillHoldsAndNoSingleItemCanBeRemoved() {
        List<String> codes = List.of("TT1.2", "TT3.1", "CN2.1", "CN3.1", "CN4.2", "TT-B1", "CN-D1");
        java.util.concurrent.atomic.AtomicInteger shrunkExamples = new java.util.concurrent.atomic.AtomicInteger();
        qt().withFixedSeed(20_261_125L).withExamples(200)
                .forAll(longs().all(), integers().between(0, codes.size() - 1), integers().between(1, 3))
                .checkAssert((seed, code, atLeast) -> {
                    Dossier start = Tables2026.generator(seed).next().dossier();
                    Predicate<Dossier> holds = d -> d.evidence().stream()
                            .filter(e -> codes.get(code).equals(e.criterion())).count() >= atLeast
                            || d.reports().size() >= 4 && d.evidence().isEmpty();
                    if (!holds.test(start)) {
                        return;
                    }
                    shrunkExamples.incrementAndGet();
                    Shrinker.Shrunk shrunk = new Shrinker(holds, 10_000).shrink(start);
                    Dossier d = shrunk.dossier();
                    assertTrue(holds.test(d));
                    assertTrue(shrunk.complete());
                    for (int i = 0; i < d.evidence().size(); i++) {
                        List<Evidence> fewer = new ArrayList<>(d.evidence());
                        fewer.remove(i);
                        assertFalse(holds.test(new Dossier(d.id(), d.nominee(), fewer, d.reports(), d.proceedings(),
                                d.sanctions(), d.submission(), d.selfScore())), "evidence[" + i + "] could go");
                    }
                    for (int i = 0; i < d.reports().size(); i++) {
                        List<vn.gov.angiang.thidua.api.Report> fewer = new ArrayList<>(d.reports());
                        fewer.remove(i);
                        assertFalse(holds.test(new Dossier(d.id(), d.nominee(), d.evidence(), fewer, d.proceedings(),
                                d.sanctions(), d.submission(), d.selfScore())), "reports[" + i + "] could go");
                    }
                    assertEquals(List.of(), d.proceedings());
                    assertEquals(List.of(), d.sanctions());
                });
        // About a third of the examples hold at the start; the others are skipped, not counted.
        assertTrue(shrunkExamples.get() >= 40, "examples shrunk: " + shrunkExamples.get());
    }
}
