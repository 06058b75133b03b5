package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.ReportCode;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.api.json.DossierValidator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole of criteria-2026.md in plain Java: scope, exclusions, dossier, evidence, every method, the
 * adjustments, bonus, deductions, score and award, giving the same {@link Evaluation} as the DRL evaluator
 * field for field (texts and rule names included, lists in rules-core's canonical order). It is the
 * compute floor the benchmarks measure the rule engine against, and is checked against the DRL in
 * {@code FullHandWrittenTest}. The table and constants are {@link HandTable}; a change of the DRL's numbers
 * needs the same change there.
 */
public final class FullHandWritten implements Evaluator {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Message> MESSAGES = Comparator.nullsFirst(
            Comparator.comparing(Message::vi, NULLS_FIRST).thenComparing(Message::en, NULLS_FIRST));
    /** rules-core's EvaluationAssembler orders: category, code, reference, rule, message. */
    private static final Comparator<Reason> REASONS = Comparator.comparing(Reason::category)
            .thenComparing(Reason::code).thenComparing(Reason::ref, NULLS_FIRST)
            .thenComparing(Reason::rule, NULLS_FIRST).thenComparing(Reason::message, MESSAGES);
    /** Code, criterion, reference, message. */
    private static final Comparator<Warning> WARNINGS = Comparator.comparing(Warning::code)
            .thenComparing(Warning::criterion, NULLS_FIRST).thenComparing(Warning::ref, NULLS_FIRST)
            .thenComparing(Warning::message, MESSAGES);
    private static final List<AwardThreshold> THRESHOLDS = List.of(
            new AwardThreshold(Award.GIAY_KHEN, HandTable.GIAY_KHEN_FROM),
            new AwardThreshold(Award.BANG_KHEN, HandTable.BANG_KHEN_FROM));

    /**
     * The latest-dated rate; on a tie the lowest (total 0 as 100 %, compared by cross-multiplying); then
     * the reference and the position, as rules-core's Functions.rateItemThatCounts decides.
     */
    private static final Comparator<HandEvidence.Valid> RATE_ITEM_THAT_COUNTS = Comparator
            .comparing(HandEvidence.Valid::date).reversed()
            .thenComparing(FullHandWritten::compareRates)
            .thenComparing(HandEvidence.Valid::ref)
            .thenComparingInt(HandEvidence.Valid::index);

    /** What one line earned: capped points, the references that counted, the rule that set them. */
    private record Earned(BigDecimal points, List<String> evidence, String rule) {
    }

    /** A sanction that counts, with its position in the dossier. */
    private record Counted(int index, Sanction sanction) {
    }

    private final RuleSetInfo ruleSet;

    /** @param ruleSet the identity to report: that of the DRL rule set this evaluator stands for */
    public FullHandWritten(RuleSetInfo ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(consideredOn, "consideredOn");
        DossierValidator.check(dossier); // the DRL evaluator validates too: the same work on the way in
        HandTable.Table table = HandTable.of(dossier.nominee().kind());
        LocalDate received = dossier.submission() == null ? null : dossier.submission().received();

        List<Reason> reasons = new ArrayList<>();
        HandReasons.collect(dossier, consideredOn, reasons);
        HandEvidence.Checked checked = HandEvidence.check(dossier.evidence(), table, received, consideredOn);
        Map<String, List<HandEvidence.Valid>> valid = new HashMap<>();
        for (HandEvidence.Valid v : checked.valid()) {
            valid.computeIfAbsent(v.criterion(), k -> new ArrayList<>()).add(v);
        }
        List<Counted> counted = countedSanctions(dossier.sanctions(), consideredOn);

        Map<String, BigDecimal> groupMax = new HashMap<>();
        table.groups().forEach(g -> groupMax.put(g.code(), g.max()));
        Map<String, BigDecimal> groupSum = new HashMap<>();
        List<CriterionResult> criteria = new ArrayList<>();
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (HandTable.Line line : table.lines()) {
            List<HandEvidence.Valid> items = valid.getOrDefault(line.code(), List.of());
            BigDecimal max = line.method() == HandTable.Method.REPORTS ? groupMax.get(line.group()) : line.max();
            Earned earned = adjusted(line, earn(line, items, max, dossier, counted, consideredOn), items, counted);
            switch (line.method()) {
                case BONUS -> bonus = bonus.add(earned.points());
                case DEDUCTION, PER_SANCTION -> deductions = deductions.add(earned.points());
                default -> {
                    groupSum.merge(line.group(), earned.points(), BigDecimal::add);
                    criteria.add(new CriterionResult(line.code(), plain(earned.points()), plain(max),
                            earned.evidence(), earned.rule(), line.method().name(),
                            line.method() == HandTable.Method.PER_ITEM || line.method() == HandTable.Method.FLAT
                                    ? plain(line.points()) : null,
                            line.bands().stream().map(b -> new CriterionResult.RateBand(plain(b.percent()),
                                    plain(b.points()))).toList()));
                }
            }
        }
        List<GroupResult> groups = new ArrayList<>();
        BigDecimal criteriaTotal = BigDecimal.ZERO;
        for (HandTable.Group g : table.groups()) {
            BigDecimal points = groupSum.getOrDefault(g.code(), BigDecimal.ZERO).min(g.max());
            criteriaTotal = criteriaTotal.add(points);
            groups.add(new GroupResult(g.code(), plain(points), plain(g.max())));
        }
        bonus = bonus.min(HandTable.BONUS_CAP);
        BigDecimal score = plain(criteriaTotal.add(bonus).subtract(deductions).max(BigDecimal.ZERO)
                .min(HandTable.MAX_SCORE));
        Award byScore = score.compareTo(HandTable.BANG_KHEN_FROM) >= 0 ? Award.BANG_KHEN
                : score.compareTo(HandTable.GIAY_KHEN_FROM) >= 0 ? Award.GIAY_KHEN : Award.NONE;
        reasons.sort(REASONS);
        List<Warning> warnings = new ArrayList<>(checked.warnings());
        warnings.sort(WARNINGS);
        BigDecimal gap = dossier.selfScore() == null ? null : plain(dossier.selfScore().subtract(score));
        return new Evaluation(dossier.id(), ruleSet, consideredOn, score, byScore,
                reasons.isEmpty() ? byScore : Award.NONE, reasons, criteria, groups, plain(bonus), plain(deductions),
                warnings, gap, null, THRESHOLDS);
    }

    /**
     * Not offered: the trace is the order in which the engine fired its rules, which plain Java has no
     * equivalent of.
     */
    @Override
    public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
        throw new UnsupportedOperationException("the hand-written evaluator has no rule trace");
    }

    @Override
    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** The line's points by its method, capped at {@code max} (none for bonus and deductions). */
    private static Earned earn(HandTable.Line line, List<HandEvidence.Valid> items, BigDecimal max, Dossier dossier,
                               List<Counted> counted, LocalDate day) {
        Earned uncapped = switch (line.method()) {
            case PER_ITEM, BONUS, DEDUCTION -> {
                Set<String> refs = refs(items);
                yield new Earned(line.points().multiply(BigDecimal.valueOf(refs.size())), List.copyOf(refs), line.rule());
            }
            case FLAT -> {
                Set<String> refs = refs(items);
                yield new Earned(refs.isEmpty() ? BigDecimal.ZERO : line.points(), List.copyOf(refs), line.rule());
            }
            case RATE -> {
                HandEvidence.Valid v = items.stream().min(RATE_ITEM_THAT_COUNTS).orElse(null);
                yield v == null ? new Earned(BigDecimal.ZERO, List.of(), line.rule())
                        : new Earned(line.ratePoints(v.done(), v.total()), List.of(v.ref()), line.rule());
            }
            case REPORTS -> {
                Set<String> refs = new TreeSet<>();
                BigDecimal points = reportPoints(dossier.reports(), day, refs);
                yield new Earned(points, List.copyOf(refs), line.rule());
            }
            case PER_SANCTION -> {
                Set<String> decisions = new HashSet<>();
                Set<String> refs = new TreeSet<>();
                for (Counted c : counted) {
                    if (HandReasons.aboutTheFour(c.sanction().subject())) {
                        String ref = HandEvidence.normalised(c.sanction().ref());
                        // listings with the same reference are one decision; those without one each count
                        decisions.add(ref == null ? "#" + c.index() : "=" + ref);
                        if (ref != null) {
                            refs.add(ref);
                        }
                    }
                }
                yield new Earned(line.points().multiply(BigDecimal.valueOf(decisions.size())), List.copyOf(refs),
                        line.rule());
            }
        };
        return max == null ? uncapped : new Earned(uncapped.points().min(max), uncapped.evidence(), uncapped.rule());
    }

    /** The exceptions a line states: TT1.1's late plan, CN1.1's sanction. */
    private static Earned adjusted(HandTable.Line line, Earned earned, List<HandEvidence.Valid> items,
                                   List<Counted> counted) {
        if (line.lateAfter() != null && !items.isEmpty()
                && items.stream().noneMatch(v -> !v.date().isAfter(line.lateAfter()))) {
            return new Earned(line.latePoints(), earned.evidence(), HandTable.LATE_RULE);
        }
        if (line.sanctionedPoints() != null && !counted.isEmpty()) {
            return new Earned(line.sanctionedPoints(), earned.evidence(), HandTable.SANCTIONED_RULE);
        }
        return earned;
    }

    private static int compareRates(HandEvidence.Valid a, HandEvidence.Valid b) {
        long ad = a.total() == 0 ? 1 : a.done();
        long at = a.total() == 0 ? 1 : a.total();
        long bd = b.total() == 0 ? 1 : b.done();
        long bt = b.total() == 0 ? 1 : b.total();
        return BigDecimal.valueOf(ad).multiply(BigDecimal.valueOf(bt))
                .compareTo(BigDecimal.valueOf(bd).multiply(BigDecimal.valueOf(at)));
    }

    private static Set<String> refs(List<HandEvidence.Valid> items) {
        Set<String> refs = new TreeSet<>();
        items.forEach(v -> refs.add(v.ref()));
        return refs;
    }

    /**
     * Each required report by its earliest receipt inside the period and not after the day: on time or
     * late; the references of those receipts go into {@code refs}.
     */
    private static BigDecimal reportPoints(List<Report> reports, LocalDate day, Set<String> refs) {
        Map<ReportCode, Report> earliest = new HashMap<>();
        for (Report r : reports) {
            if (inPeriod(r.received()) && !r.received().isAfter(day)) {
                // the first listed wins a tie, as the DRL's index order does
                earliest.merge(r.code(), r, (a, b) -> b.received().isBefore(a.received()) ? b : a);
            }
        }
        BigDecimal points = BigDecimal.ZERO;
        for (Map.Entry<ReportCode, Report> e : earliest.entrySet()) {
            boolean onTime = !e.getValue().received().isAfter(HandTable.REPORT_DUE.get(e.getKey()));
            points = points.add(onTime ? HandTable.ON_TIME_REPORT : HandTable.LATE_REPORT);
            String ref = HandEvidence.normalised(e.getValue().ref());
            if (ref != null) {
                refs.add(ref);
            }
        }
        return points;
    }

    /** Sanctions dated inside the period and not after the day considered. */
    private static List<Counted> countedSanctions(List<Sanction> sanctions, LocalDate day) {
        List<Counted> counted = new ArrayList<>();
        for (int i = 0; i < sanctions.size(); i++) {
            Sanction s = sanctions.get(i);
            if (inPeriod(s.date()) && !s.date().isAfter(day)) {
                counted.add(new Counted(i, s));
            }
        }
        return counted;
    }

    private static boolean inPeriod(LocalDate d) {
        return d != null && !d.isBefore(HandTable.PERIOD_START) && !d.isAfter(HandTable.PERIOD_END);
    }

    /** 5.0 → 5, 2.50 → 2.5, as rules-core writes every number of an evaluation. */
    private static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
