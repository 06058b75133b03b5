package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.AchievementReport;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.Submission;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a dossier smaller while a property still holds (for the search: the two rule sets still disagree on
 * it). It removes evidence items, proceedings, reports and sanctions — halves, quarters, … then one at a
 * time —, clears optional fields (the self-score, the submission or its parts, names, contents, references
 * of proceedings, sanctions and reports), and simplifies what it keeps (a rate to its lowest terms, the
 * nominee's agency to the Board's), and
 * repeats until a whole round changes nothing. The result is a local minimum: removing any one remaining
 * item, or clearing any one of those fields, makes the property fail ("1-minimal"), unless the budget of
 * checks ran out first ({@link Shrunk#complete()} false). Deterministic: the same dossier and property
 * always give the same result.
 */
public final class Shrinker {

    /** The result: the smallest dossier found, how many times the property was checked, and whether it is a local minimum. */
    public record Shrunk(Dossier dossier, int checks, boolean complete) {
    }

    /** One list of the dossier: how to read it and how to put a new one in its place. */
    private record Part<T>(Function<Dossier, List<T>> get, BiFunction<Dossier, List<T>, Dossier> set) {
    }

    private static final Part<Evidence> EVIDENCE_ITEMS = new Part<>(Dossier::evidence, (d, l) -> new Dossier(d.id(),
            d.nominee(), l, d.reports(), d.proceedings(), d.sanctions(), d.submission(), d.selfScore()));
    private static final Part<Proceeding> PROCEEDING_ITEMS = new Part<>(Dossier::proceedings, (d, l) -> new Dossier(
            d.id(), d.nominee(), d.evidence(), d.reports(), l, d.sanctions(), d.submission(), d.selfScore()));
    private static final Part<Sanction> SANCTION_ITEMS = new Part<>(Dossier::sanctions, (d, l) -> new Dossier(d.id(),
            d.nominee(), d.evidence(), d.reports(), d.proceedings(), l, d.submission(), d.selfScore()));
    private static final Part<Report> REPORT_ITEMS = new Part<>(Dossier::reports, (d, l) -> new Dossier(d.id(),
            d.nominee(), d.evidence(), l, d.proceedings(), d.sanctions(), d.submission(), d.selfScore()));
    private static final List<Part<?>> PARTS = List.of(EVIDENCE_ITEMS, PROCEEDING_ITEMS, SANCTION_ITEMS, REPORT_ITEMS);

    /** The Board's agency: a nominee in scope is the plainest one, when the property does not need another. */
    private static final String BOARD = "BQLKKT-AG";

    /** Simpler versions of the whole dossier, tried one by one: each clears one optional field, or gives the Board's agency. */
    private static final List<UnaryOperator<Dossier>> FIELDS = List.of(
            d -> d.selfScore() == null ? d : new Dossier(d.id(), d.nominee(), d.evidence(), d.reports(), d.proceedings(),
                    d.sanctions(), d.submission(), null),
            d -> d.submission() == null ? d : withSubmission(d, null),
            d -> d.submission() == null || d.submission().confirmation() == null ? d : withSubmission(d, new Submission(
                    null, d.submission().report(), d.submission().copies(), d.submission().received())),
            d -> d.submission() == null || d.submission().report() == null ? d : withSubmission(d, new Submission(
                    d.submission().confirmation(), null, d.submission().copies(), d.submission().received())),
            d -> d.submission() == null || d.submission().report() == null || d.submission().report().cases() == null ? d
                    : withSubmission(d, new Submission(d.submission().confirmation(),
                    new AchievementReport(d.submission().report().figures(), null), d.submission().copies(),
                    d.submission().received())),
            d -> d.submission() == null || d.submission().copies() == null ? d : withSubmission(d, new Submission(
                    d.submission().confirmation(), d.submission().report(), null, d.submission().received())),
            d -> d.submission() == null || d.submission().received() == null ? d : withSubmission(d, new Submission(
                    d.submission().confirmation(), d.submission().report(), d.submission().copies(), null)),
            d -> BOARD.equals(d.nominee().agency()) ? d : withNominee(d, new Nominee(d.nominee().kind(),
                    d.nominee().name(), BOARD, d.nominee().unit(), d.nominee().unitType(), d.nominee().employment())),
            d -> d.nominee().name() == null ? d : withNominee(d, new Nominee(d.nominee().kind(), null, d.nominee().agency(),
                    d.nominee().unit(), d.nominee().unitType(), d.nominee().employment())),
            d -> d.nominee().unit() == null ? d : withNominee(d, new Nominee(d.nominee().kind(), d.nominee().name(),
                    d.nominee().agency(), null, d.nominee().unitType(), d.nominee().employment())));

    /** Simpler versions of one item, tried one by one on every item of its list. */
    private static final List<UnaryOperator<Evidence>> EVIDENCE = List.of(
            e -> e.content() == null ? e : new Evidence(e.criterion(), e.ref(), e.date(), null, e.result(), e.done(), e.total()),
            e -> e.result() == null ? e : new Evidence(e.criterion(), e.ref(), e.date(), e.content(), null, e.done(), e.total()),
            Shrinker::lowestTerms);
    private static final List<UnaryOperator<Proceeding>> PROCEEDINGS = List.of(
            p -> p.ref() == null ? p : new Proceeding(p.type(), p.subject(), p.opened(), p.closed(), p.signsOfViolation(), null),
            p -> p.subject() == null ? p : new Proceeding(p.type(), null, p.opened(), p.closed(), p.signsOfViolation(), p.ref()),
            p -> p.signsOfViolation() == null ? p
                    : new Proceeding(p.type(), p.subject(), p.opened(), p.closed(), null, p.ref()),
            p -> p.closed() == null ? p : new Proceeding(p.type(), p.subject(), p.opened(), null, p.signsOfViolation(), p.ref()));
    private static final List<UnaryOperator<Sanction>> SANCTIONS = List.of(
            s -> s.ref() == null ? s : new Sanction(s.date(), s.form(), s.subject(), null),
            s -> s.form() == null ? s : new Sanction(s.date(), null, s.subject(), s.ref()),
            s -> s.subject() == null ? s : new Sanction(s.date(), s.form(), null, s.ref()));
    private static final List<UnaryOperator<Report>> REPORTS = List.of(
            r -> r.ref() == null ? r : new Report(r.code(), null, r.received()));

    private final Predicate<Dossier> holds;
    private final int maxChecks;
    private int checks;

    /** A shrinker keeping {@code holds} true, checking it at most {@code maxChecks} times. */
    public Shrinker(Predicate<Dossier> holds, int maxChecks) {
        if (maxChecks < 1) {
            throw new IllegalArgumentException("maxChecks must be at least 1");
        }
        this.holds = holds;
        this.maxChecks = maxChecks;
    }

    /**
     * The smallest dossier found from {@code start}, on which the property holds.
     *
     * @throws IllegalArgumentException when the property does not hold on {@code start}
     */
    public Shrunk shrink(Dossier start) {
        checks = 0;
        if (!check(start)) {
            throw new IllegalArgumentException("the property does not hold on dossier " + start.id());
        }
        Dossier d = start;
        boolean changed = true;
        while (changed && checks < maxChecks) {
            changed = false;
            for (Part<?> part : PARTS) {
                Dossier smaller = removeFrom(d, part);
                changed |= smaller != d;
                d = smaller;
            }
            for (UnaryOperator<Dossier> field : FIELDS) {
                Dossier simpler = field.apply(d);
                if (simpler != d && checks < maxChecks && check(simpler)) {
                    d = simpler;
                    changed = true;
                }
            }
            Dossier simpler = simplifyItems(d, EVIDENCE_ITEMS, EVIDENCE);
            simpler = simplifyItems(simpler, PROCEEDING_ITEMS, PROCEEDINGS);
            simpler = simplifyItems(simpler, SANCTION_ITEMS, SANCTIONS);
            simpler = simplifyItems(simpler, REPORT_ITEMS, REPORTS);
            changed |= simpler != d;
            d = simpler;
        }
        return new Shrunk(d, checks, !changed && checks < maxChecks);
    }

    /** Removes chunks of the list (half, quarter, … one) while the property holds; returns the same dossier when none goes. */
    private <T> Dossier removeFrom(Dossier d, Part<T> part) {
        Dossier current = d;
        int chunk = Math.max(1, part.get().apply(current).size() / 2);
        while (chunk >= 1 && !part.get().apply(current).isEmpty()) {
            List<T> items = part.get().apply(current);
            boolean removed = false;
            for (int from = 0; from < items.size() && checks < maxChecks; ) {
                List<T> rest = new ArrayList<>(items.subList(0, from));
                rest.addAll(items.subList(Math.min(items.size(), from + chunk), items.size()));
                Dossier candidate = part.set().apply(current, rest);
                if (check(candidate)) {
                    current = candidate;
                    items = rest;
                    removed = true;
                } else {
                    from += chunk;
                }
            }
            if (!removed || chunk == 1) {
                chunk = chunk / 2;
            }
        }
        return current;
    }

    private <T> Dossier simplifyItems(Dossier d, Part<T> part, List<UnaryOperator<T>> ways) {
        Dossier current = d;
        for (int i = 0; i < part.get().apply(current).size(); i++) {
            for (UnaryOperator<T> way : ways) {
                List<T> items = part.get().apply(current);
                T simpler = way.apply(items.get(i));
                if (simpler != items.get(i) && checks < maxChecks) {
                    List<T> changed = new ArrayList<>(items);
                    changed.set(i, simpler);
                    Dossier candidate = part.set().apply(current, changed);
                    if (check(candidate)) {
                        current = candidate;
                    }
                }
            }
        }
        return current;
    }

    private boolean check(Dossier d) {
        checks++;
        return holds.test(d);
    }

    /** 95/100 as 19/20: the same rate in smaller numbers. */
    private static Evidence lowestTerms(Evidence e) {
        if (e.done() == null || e.total() == null || e.done() <= 0 || e.total() <= 0) {
            return e;
        }
        long gcd = BigInteger.valueOf(e.done()).gcd(BigInteger.valueOf(e.total())).longValue();
        return gcd <= 1 ? e : new Evidence(e.criterion(), e.ref(), e.date(), e.content(), e.result(), e.done() / gcd,
                e.total() / gcd);
    }

    private static Dossier withSubmission(Dossier d, Submission s) {
        return new Dossier(d.id(), d.nominee(), d.evidence(), d.reports(), d.proceedings(), d.sanctions(), s, d.selfScore());
    }

    private static Dossier withNominee(Dossier d, Nominee n) {
        return new Dossier(d.id(), n, d.evidence(), d.reports(), d.proceedings(), d.sanctions(), d.submission(), d.selfScore());
    }
}
