package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.impact.DossierOnDay;
import vn.gov.angiang.thidua.testing.impact.Impact;
import vn.gov.angiang.thidua.testing.impact.ImpactSearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counterexample search of {@code thidua diff} against the edits policy staff make: every number of the
 * criteria table ({@link OneTokenEditTest#TABLE}) changed alone — run by
 * {@link OneTokenEditTest#everyNumberChangedAloneValidatesOrBreaksOnlyTheSums}, which compiles each edit
 * anyway, through {@link #searchFinds} — must give a dossier whose outcome changes, shrunk to a dossier on
 * which the two sets still disagree and from which no single item can be removed. The edits of a maximum are
 * refused by validation (the group's maxima no longer add up), so there is nothing to compare. Two identical
 * rule sets must agree on everything the search tries.
 */
class EditImpactTest {

    private static final long SEED = 2026;
    private static final ImpactSearch.Limits LIMITS = new ImpactSearch.Limits(SEED, 20_000, Duration.ofSeconds(60),
            null, 1);

    /** A difference the search found for one edit of the table. */
    record Found(String spec, ImpactSearch.Counterexample counterexample) {
    }

    /**
     * Searches the edited set against the default one: a difference must be found, and shrunk to a dossier on
     * which the two still disagree and that is a local minimum. What is wrong goes to {@code wrong}.
     */
    static void searchFinds(String spec, InspectableEvaluator edited, List<String> wrong, List<Found> found) {
        ImpactSearch.Result result = new ImpactSearch(new Impact(DefaultRules.EVALUATOR, edited)).run(LIMITS);
        if (result.found().isEmpty()) {
            wrong.add(spec + ": no difference found in " + result.tries() + " tries");
            return;
        }
        ImpactSearch.Counterexample c = result.found().get(0);
        if (!c.shrunk().changed()) {
            wrong.add(spec + ": the shrunk dossier no longer differs");
        }
        if (!c.minimal()) {
            wrong.add(spec + ": the shrinking stopped before a local minimum");
        }
        found.add(new Found(spec, c));
    }

    /** How fast the search found each edit and how small the dossiers got (read in the build log; nothing asserted). */
    static void print(List<Found> found) {
        List<Integer> evidenceLeft = new ArrayList<>();
        List<Long> tries = new ArrayList<>();
        for (Found f : found.stream().sorted(java.util.Comparator.comparing(Found::spec)).toList()) {
            ImpactSearch.Counterexample c = f.counterexample();
            Dossier d = c.shrunk().dossier().dossier();
            evidenceLeft.add(d.evidence().size());
            tries.add(c.attempt() + 1);
            System.out.printf("edit %-32s found at try %4d; shrunk to %d evidence, %d reports, %d proceedings,"
                            + " %d sanctions (from %d evidence); %s%n", f.spec(), c.attempt() + 1, d.evidence().size(),
                    d.reports().size(), d.proceedings().size(), d.sanctions().size(),
                    c.generated().dossier().evidence().size(), c.shrunk().changes().get(0).kind());
        }
        if (!found.isEmpty()) {
            System.out.printf("%d edits found; tries to the first difference: median %d, max %d; evidence items left"
                            + " after shrinking: median %d, max %d%n", found.size(), median(tries),
                    Collections.max(tries), median(evidenceLeft), Collections.max(evidenceLeft));
        }
    }

    /** The one edit of the README's must-show: the shrunk dossier still disagrees, and no item can go. */
    @Test
    void theShrunkDossierStillDisagreesAndNoSingleItemCanBeRemoved() {
        OneTokenEditTest.Place cn31 = OneTokenEditTest.TABLE.stream()
                .filter(p -> p.spec().equals("§5b CN3.1 per case")).findFirst().orElseThrow();
        Impact impact = new Impact(DefaultRules.EVALUATOR, RuleSets.load(RuleSource.of("edited", "1",
                OneTokenEditTest.changedAlone(cn31, RuleSets.defaultSource().files()))));
        ImpactSearch.Result result = new ImpactSearch(impact).run(LIMITS);

        assertFalse(result.found().isEmpty(), "no difference found in " + result.tries() + " tries");
        ImpactSearch.Counterexample c = result.found().get(0);
        DossierOnDay shrunk = c.shrunk().dossier();
        assertTrue(impact.disagree(shrunk));
        assertTrue(c.shrunk().changes().stream().anyMatch(ch -> ch.kind().equals("criterion CN3.1 points")),
                () -> c.shrunk().changes().toString());
        Dossier d = shrunk.dossier();
        assertTrue(d.evidence().size() <= c.generated().dossier().evidence().size());
        assertEquals(1, d.evidence().stream().filter(e -> "CN3.1".equals(e.criterion())).count(),
                "one case is enough to see 7 → 8 points: " + d.evidence());
        List<String> removable = new ArrayList<>();
        removable.addAll(removable(impact, shrunk, "evidence", Dossier::evidence, (x, l) -> new Dossier(x.id(),
                x.nominee(), l, x.reports(), x.proceedings(), x.sanctions(), x.submission(), x.selfScore())));
        removable.addAll(removable(impact, shrunk, "reports", Dossier::reports, (x, l) -> new Dossier(x.id(),
                x.nominee(), x.evidence(), l, x.proceedings(), x.sanctions(), x.submission(), x.selfScore())));
        removable.addAll(removable(impact, shrunk, "proceedings", Dossier::proceedings, (x, l) -> new Dossier(x.id(),
                x.nominee(), x.evidence(), x.reports(), l, x.sanctions(), x.submission(), x.selfScore())));
        removable.addAll(removable(impact, shrunk, "sanctions", Dossier::sanctions, (x, l) -> new Dossier(x.id(),
                x.nominee(), x.evidence(), x.reports(), x.proceedings(), l, x.submission(), x.selfScore())));
        assertEquals(List.of(), removable, "items whose removal keeps the disagreement");
    }

    /** The default rule files with each {@code [text, replacement]} pair replaced in criteria-collective.drl. */
    private static java.util.Map<String, String> edited(String... pairs) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(RuleSets.defaultSource().files());
        String drl = files.get("criteria-collective.drl");
        for (int i = 0; i < pairs.length; i += 2) {
            assertTrue(drl.contains(pairs[i]), pairs[i]);
            drl = drl.replace(pairs[i], pairs[i + 1]);
        }
        files.put("criteria-collective.drl", drl);
        return files;
    }

    /**
     * The three edits of the issue, which the 2026 copy of the table in the generator could not see: a new
     * criterion (its group's maximum raised, another's lowered), a moved rate band, a moved evidence date. Each
     * is found by a search whose dossiers probe both tables, and shrunk to a dossier of a few items.
     */
    @Test
    void aNewCriterionAMovedBandAndAMovedEvidenceDateAreEachFoundAndShrunk() {
        java.util.Map<String, java.util.Map<String, String>> edits = new java.util.LinkedHashMap<>();
        edits.put("criterion TT1.5 points", edited("insert(Group.of(\"TT1\", \"20\"))", "insert(Group.of(\"TT1\", \"22\"))",
                "insert(Group.of(\"TT2\", \"25\"))", "insert(Group.of(\"TT2\", \"23\"))",
                "Criterion.flat(\"TT2.5\", \"5\")", "Criterion.flat(\"TT2.5\", \"3\")",
                "// Kế hoạch công tác phòng", "rule \"TT1.5 Tự kiểm tra việc thực hiện kế hoạch\"\n"
                        + "when Nominee(kind == NomineeKind.COLLECTIVE)\n"
                        + "then insert(Criterion.perItem(\"TT1.5\", \"1\", \"2\"));\nend\n\n// Kế hoạch công tác phòng"));
        edits.put("criterion TT1.4 points", edited("band(\"75\", \"4\")", "band(\"80\", \"4\")"));
        edits.put("criterion TT1.1 points", edited(".evidenceFrom(\"2025-12-01\")", ".evidenceFrom(\"2025-11-15\")"));
        vn.gov.angiang.thidua.table.CriteriaTable base = vn.gov.angiang.thidua.table.CriteriaTable.read(
                RuleSets.defaultSource().files());
        edits.forEach((kind, files) -> {
            Impact impact = new Impact(DefaultRules.EVALUATOR, RuleSets.load(RuleSource.of("edited", "1", files)));
            ImpactSearch.Result result = new ImpactSearch(impact, List.of(
                    vn.gov.angiang.thidua.table.CriteriaTable.read(files), base))
                    .run(new ImpactSearch.Limits(SEED, 5_000, Duration.ofSeconds(60), null, 4));
            // The new line: a dossier with an item of it, on which more than the table's shape changes.
            ImpactSearch.Counterexample c = result.found().stream().filter(f -> kind.contains("TT1.5")
                    ? f.shrunk().dossier().dossier().evidence().stream().anyMatch(e -> e.criterion().equals("TT1.5"))
                    && f.shrunk().changes().stream().anyMatch(ch -> ch.kind().contains("points")
                    || ch.kind().startsWith("warning"))
                    : f.shrunk().changes().stream().anyMatch(ch -> ch.kind().equals(kind))).findFirst().orElseThrow(() -> new AssertionError(kind
                    + " not found in " + result.tries() + " tries: " + result.found().stream()
                    .map(f -> f.shrunk().changes().stream().map(ch -> ch.kind()).toList()).toList()));
            Dossier d = c.shrunk().dossier().dossier();
            System.out.printf("edit %s found at try %d, shrunk to %d evidence: %s%n", kind, c.attempt() + 1,
                    d.evidence().size(), d.evidence().stream().map(e -> e.criterion() + " " + e.date()).toList());
            assertTrue(impact.disagree(c.shrunk().dossier()));
            assertTrue(d.evidence().size() <= 3 && d.reports().size() <= 1, d::toString);
        });
    }

    @Test
    void twoIdenticalRuleSetsAgreeOnEveryDossierTried() {
        InspectableEvaluator again = RuleSets.load(RuleSets.defaultSource());
        ImpactSearch.Result result = new ImpactSearch(new Impact(DefaultRules.EVALUATOR, again))
                .run(new ImpactSearch.Limits(SEED, 1_000, Duration.ofMinutes(2), null, 1));

        assertEquals(List.of(), result.found());
        assertEquals(1_000, result.tries());
        assertFalse(result.outOfTime());
    }

    /** The items of one list whose removal alone keeps the disagreement (none, for a 1-minimal dossier). */
    private static <T> List<String> removable(Impact impact, DossierOnDay d, String name,
                                              Function<Dossier, List<T>> list, BiFunction<Dossier, List<T>, Dossier> with) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.apply(d.dossier()).size(); i++) {
            List<T> fewer = new ArrayList<>(list.apply(d.dossier()));
            fewer.remove(i);
            if (impact.disagree(new DossierOnDay(with.apply(d.dossier(), fewer), d.consideredOn()))) {
                out.add(name + "[" + i + "]");
            }
        }
        return out;
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
