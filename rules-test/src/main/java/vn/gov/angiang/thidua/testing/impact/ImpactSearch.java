package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.table.CriteriaTable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Searches for dossiers on which two rule sets disagree: it evaluates {@link DossierGenerator}'s dossiers of
 * one seed under both, in order, until it has found as many disagreements as asked (each with a set of kinds
 * of change not found before), or made the tries allowed, or spent the time allowed; and shrinks each
 * disagreement found with {@link Shrinker} while the two sets still disagree on it.
 * <p>
 * A search, not a proof: finding none in N tries says only that those N dossiers agree. What it finds is
 * real (the two sets do disagree on the dossier shown), and the same seed finds the same dossiers again.
 */
public final class ImpactSearch {

    /** The most times the shrinker checks the disagreement for one dossier (each check: one evaluation per set). */
    public static final int SHRINK_CHECKS = 3000;

    /**
     * How long to search: the generator's seed, at most {@code tries} dossiers and {@code time} (shrinking what
     * was found is not counted), the day considered ({@code null}: each dossier's own), how many disagreements
     * to collect.
     */
    public record Limits(long seed, long tries, Duration time, LocalDate consideredOn, int wanted) {

        public Limits {
            if (tries < 1 || wanted < 1 || time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("tries, wanted and time must be positive");
            }
        }
    }

    /**
     * A disagreement: the generated dossier (number {@code attempt} of the seed, from 0), the shrunk one and its
     * difference, how many checks the shrinking took, and whether the shrunk dossier is a local minimum.
     */
    public record Counterexample(long attempt, DossierOnDay generated, Difference shrunk, int shrinkChecks,
                                 boolean minimal) {
    }

    /** What a search did: its seed, the dossiers it tried, the time it took, whether time ran out, what it found. */
    public record Result(long seed, long tries, Duration elapsed, boolean outOfTime, List<Counterexample> found) {

        public Result {
            found = List.copyOf(found);
        }
    }

    private final Impact impact;
    private final List<CriteriaTable> tables;

    /** A search with dossiers that probe the embedded rule set's table. */
    public ImpactSearch(Impact impact) {
        this(impact, List.of());
    }

    /**
     * A search with dossiers that probe every line, band and date of {@code tables} — the tables of the two rule
     * sets compared, head first, so that a line or a boundary that only the edited table has is probed too
     * (none: the embedded rule set's table).
     */
    public ImpactSearch(Impact impact, List<CriteriaTable> tables) {
        this.impact = impact;
        this.tables = List.copyOf(tables);
    }

    public Result run(Limits limits) {
        long started = System.nanoTime();
        long deadline = started + limits.time().toNanos();
        DossierGenerator generator = tables.isEmpty() ? new DossierGenerator(limits.seed(), limits.consideredOn())
                : new DossierGenerator(limits.seed(), limits.consideredOn(), tables);
        List<Counterexample> found = new ArrayList<>();
        Set<Set<String>> kindsFound = new HashSet<>();
        long tries = 0;
        boolean outOfTime = false;
        long onlyTheTable = -1; // the first dossier whose outcome differs only in the table's shape
        while (tries < limits.tries() && found.size() < limits.wanted()) {
            if (System.nanoTime() - deadline > 0) {
                outOfTime = true;
                break;
            }
            DossierOnDay d = generator.generate(tries);
            Difference difference = impact.compare(d);
            if (difference.changed() && !movesPoints(difference)) {
                onlyTheTable = onlyTheTable < 0 ? tries : onlyTheTable;
            } else if (difference.changed() && kindsFound.add(kinds(difference))) {
                found.add(shrink(tries, d, limits.consideredOn() == null, generator.usualDay()));
            }
            tries++;
        }
        if (found.isEmpty() && onlyTheTable >= 0) {
            found.add(shrink(onlyTheTable, generator.generate(onlyTheTable), limits.consideredOn() == null,
                    generator.usualDay()));
        }
        return new Result(limits.seed(), tries, Duration.ofNanos(System.nanoTime() - started), outOfTime, found);
    }

    /** Shrinks one disagreement, on the usual day (after the deadline) when the day is free and the disagreement stays. */
    private Counterexample shrink(long attempt, DossierOnDay d, boolean dayFree, LocalDate usualDay) {
        boolean points = movesPoints(impact.compare(d));
        java.util.function.Predicate<DossierOnDay> keeps = x -> {
            Difference diff = impact.compare(x);
            return points ? movesPoints(diff) : diff.changed();
        };
        LocalDate day = dayFree && keeps.test(new DossierOnDay(d.dossier(), usualDay)) ? usualDay : d.consideredOn();
        // A dossier on which points move is shrunk to one on which they still move: not to one that shows only
        // the table's new shape (a line added with 0 points, a maximum changed), which every dossier shows.
        Shrinker shrinker = new Shrinker(x -> keeps.test(new DossierOnDay(x, day)), SHRINK_CHECKS);
        Shrinker.Shrunk shrunk = shrinker.shrink(d.dossier());
        Dossier small = shrunk.dossier();
        return new Counterexample(attempt, d, impact.compare(new DossierOnDay(small, day)), shrunk.checks(),
                shrunk.complete());
    }

    /**
     * Whether a difference goes beyond the table's shape (lines or groups added or removed, maxima changed): an
     * award, a score, points, a reason, a warning or an evaluation that fails.
     */
    static boolean movesPoints(Difference d) {
        return d.changes().stream().map(Change::kind).anyMatch(k -> !k.endsWith(" added") && !k.endsWith(" removed")
                && !k.endsWith(" max") || k.startsWith("reason ") || k.startsWith("warning "));
    }

    private static Set<String> kinds(Difference d) {
        Set<String> kinds = new TreeSet<>();
        d.changes().forEach(c -> kinds.add(c.kind()));
        return kinds;
    }
}
