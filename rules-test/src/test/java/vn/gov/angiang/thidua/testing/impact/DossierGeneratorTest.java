package vn.gov.angiang.thidua.testing.impact;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator: repeatable, valid input, and reaching the boundaries the rules turn on. */
class DossierGeneratorTest {

    private static final int N = 2_000;
    /** The days the 2026 table turns on (criteria-2026.md §0, §5a), which the generator reads from the DRL. */
    private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);
    private static final LocalDate TT11_WINDOW = LocalDate.of(2025, 12, 1);
    private static final LocalDate TT11_LATE_AFTER = LocalDate.of(2026, 3, 31);
    private static final List<DossierOnDay> SAMPLE = sample(2026, N);

    private static List<DossierOnDay> sample(long seed, int n) {
        DossierGenerator g = Tables2026.generator(seed);
        List<DossierOnDay> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameDossiersAndEachCanBeMadeAgainAlone() {
        assertEquals(sample(7, 50), sample(7, 50));
        assertEquals(SAMPLE.get(1_234), Tables2026.generator(2026).generate(1_234));
        assertNotEquals(sample(7, 50), sample(8, 50));
        assertEquals(List.of("HS-SINH-7-0", "HS-SINH-7-1"), Tables2026.generator(7).dossiers(2).stream()
                .map(Dossier::id).toList());
    }

    @Test
    void everyDossierIsValidInputThatSurvivesJsonUnchanged() {
        for (DossierOnDay d : SAMPLE) {
            assertEquals(d.dossier(), DossierJson.readDossier(DossierJson.write(d.dossier())), d.dossier().id());
        }
    }

    @Test
    void aFixedDayIsTheDayOfEveryDossier() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        DossierGenerator g = Tables2026.generator(1, day);
        for (int i = 0; i < 100; i++) {
            assertEquals(day, g.next().consideredOn());
        }
    }

    /** Each corner the search needs occurs in at least 1 % of the dossiers (most in far more). */
    @Test
    void theBoundariesTheRulesTurnOnAreReached() {
        Map<String, Predicate<DossierOnDay>> corners = new LinkedHashMap<>();
        corners.put("a collective", d -> d.dossier().nominee().kind() == NomineeKind.COLLECTIVE);
        corners.put("an individual", d -> d.dossier().nominee().kind() == NomineeKind.INDIVIDUAL);
        corners.put("out of scope", d -> !"BQLKKT-AG".equals(d.dossier().nominee().agency()));
        corners.put("evidence on the period's first day", evidence(e -> PERIOD_START.equals(e.date())));
        corners.put("evidence the day after the period", evidence(e -> PERIOD_END.plusDays(1).equals(e.date())));
        corners.put("TT1.1 on the window's first day", evidence(e -> "TT1.1".equals(e.criterion())
                && TT11_WINDOW.equals(e.date())));
        corners.put("TT1.1 the day after 31 March", evidence(e -> "TT1.1".equals(e.criterion())
                && TT11_LATE_AFTER.plusDays(1).equals(e.date())));
        corners.put("a rate of exactly 95 %", evidence(e -> e.done() != null && e.total() != null && e.total() > 0
                && e.done() * 100 == 95 * e.total()));
        corners.put("a rate one below a band", evidence(e -> e.done() != null && e.total() != null && e.total() == 100
                && e.done() == 94));
        corners.put("nothing arose (total 0)", evidence(e -> Long.valueOf(0).equals(e.total())));
        corners.put("a bad rate", evidence(e -> e.done() != null && e.total() != null && e.done() > e.total()));
        corners.put("no reference", evidence(e -> e.ref() == null || e.ref().isBlank()));
        corners.put("a reference in NFD", evidence(e -> e.ref() != null
                && !Normalizer.isNormalized(e.ref(), Normalizer.Form.NFC)));
        corners.put("another table's code", d -> d.dossier().evidence().stream().anyMatch(e -> !e.criterion()
                .startsWith(d.dossier().nominee().kind() == NomineeKind.COLLECTIVE ? "TT" : "CN")));
        corners.put("received on the deadline", d -> d.dossier().submission() != null
                && DEADLINE.equals(d.dossier().submission().received()));
        corners.put("received the day before", d -> d.dossier().submission() != null
                && DEADLINE.minusDays(1).equals(d.dossier().submission().received()));
        corners.put("a draft", d -> d.dossier().submission() == null);
        corners.put("a report on its due date", d -> d.dossier().reports().stream().anyMatch(r -> r.received() != null
                && List.of("2026-04-15", "2026-06-15", "2026-09-15", "2026-11-15").contains(r.received().toString())));
        corners.put("a proceeding closed on the day", d -> d.dossier().proceedings().stream()
                .anyMatch(p -> d.consideredOn().equals(p.closed())));
        corners.put("a proceeding opened on the day", d -> d.dossier().proceedings().stream()
                .anyMatch(p -> d.consideredOn().equals(p.opened())));
        corners.put("a sanction", d -> !d.dossier().sanctions().isEmpty());
        corners.put("a deduction", evidence(e -> e.criterion().contains("-D")));
        corners.put("three bonus items of a line", d -> d.dossier().evidence().stream()
                .filter(e -> "TT-B1".equals(e.criterion())).count() >= 3);
        corners.put("a self-score", d -> d.dossier().selfScore() != null);
        corners.put("considered after the period", d -> d.consideredOn().isAfter(PERIOD_END));
        corners.put("considered on the deadline", d -> d.consideredOn().equals(DEADLINE));
        List<String> rare = new ArrayList<>();
        corners.forEach((name, corner) -> {
            long n = SAMPLE.stream().filter(corner).count();
            if (n < N / 100) {
                rare.add(name + ": " + n + "/" + N);
            }
        });
        assertEquals(List.of(), rare);
    }

    private static Predicate<DossierOnDay> evidence(Predicate<Evidence> item) {
        return d -> d.dossier().evidence().stream().anyMatch(item);
    }
}
