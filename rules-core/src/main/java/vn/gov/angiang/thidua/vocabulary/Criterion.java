package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a criteria table (tiêu chí), bonus or deduction line included, as a criteria file
 * declares it; its title is the name of the rule that declares it. {@code points} is the points per item
 * (PER_ITEM, BONUS, DEDUCTION, PER_SANCTION) or the flat points (FLAT); {@code max} is the cap, derived
 * from the method where the table gives none; {@code group} is the code before the dot (TT3.1 → TT3), or
 * the code itself for a group scored as a whole (TT5), or null for bonus and deduction lines.
 * {@code evidenceFrom} is the first day evidence may be dated, when it is not the first day of the period.
 * A line may carry its own exceptions, so that every number of the line is written in it: {@code lateAfter}
 * and {@code latePoints} (the line earns only {@code latePoints} when its earliest valid item is dated after
 * {@code lateAfter}), and {@code sanctionedPoints} (the line earns only these when the dossier lists a
 * counted sanction). The adjustment rules of methods.drl apply them.
 */
public record Criterion(String code, String group, Method method, BigDecimal points, BigDecimal max,
                        List<Band> bands, LocalDate evidenceFrom, LocalDate lateAfter, BigDecimal latePoints,
                        BigDecimal sanctionedPoints) {

    public Criterion {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** A line without exceptions. */
    public Criterion(String code, String group, Method method, BigDecimal points, BigDecimal max, List<Band> bands,
                     LocalDate evidenceFrom) {
        this(code, group, method, points, max, bands, evidenceFrom, null, null, null);
    }

    public static Criterion perItem(String code, String points, String cap) {
        return new Criterion(code, groupOf(code), Method.PER_ITEM, Functions.points(points),
                Functions.points(cap), null, null);
    }

    public static Criterion flat(String code, String points) {
        BigDecimal p = Functions.points(points);
        return new Criterion(code, groupOf(code), Method.FLAT, p, p, null, null);
    }

    /** Bands from the highest down; the first that holds gives the points, none gives 0. */
    public static Criterion rate(String code, Band... bands) {
        List<Band> sorted = Arrays.stream(bands).sorted(Comparator.comparing(Band::percent).reversed()).toList();
        BigDecimal max = sorted.stream().map(Band::points).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        return new Criterion(code, groupOf(code), Method.RATE, null, max, sorted, null);
    }

    /** The periodic reports; the maximum is that of the group the criterion stands for. */
    public static Criterion reports(String code) {
        return new Criterion(code, code, Method.REPORTS, null, null, null, null);
    }

    public static Criterion bonus(String code, String points) {
        return new Criterion(code, null, Method.BONUS, Functions.points(points), null, null, null);
    }

    public static Criterion deduction(String code, String points) {
        return new Criterion(code, null, Method.DEDUCTION, Functions.points(points), null, null, null);
    }

    public static Criterion perSanction(String code, String points) {
        return new Criterion(code, null, Method.PER_SANCTION, Functions.points(points), null, null, null);
    }

    /** The same line, whose evidence may be dated from {@code day} (yyyy-MM-dd) instead of the period's start. */
    public Criterion evidenceFrom(String day) {
        return new Criterion(code, group, method, points, max, bands, Functions.date(day), lateAfter, latePoints,
                sanctionedPoints);
    }

    /**
     * The same line, which earns only {@code points} when its earliest valid item is dated after {@code day}
     * (yyyy-MM-dd): TT1.1, a plan issued late.
     */
    public Criterion lateAfter(String day, String points) {
        return new Criterion(code, group, method, this.points, max, bands, evidenceFrom, Functions.date(day),
                Functions.points(points), sanctionedPoints);
    }

    /** The same line, which earns only {@code points} when the dossier lists a counted sanction: CN1.1. */
    public Criterion ifSanctioned(String points) {
        return new Criterion(code, group, method, this.points, max, bands, evidenceFrom, lateAfter, latePoints,
                Functions.points(points));
    }

    /** Whether evidence items earn this line's points (every method but the reports and the sanctions). */
    public boolean earnedByEvidence() {
        return method != Method.REPORTS && method != Method.PER_SANCTION;
    }

    /** Whether an evidence item of this line must state a result (every line earned by evidence but rates and deductions). */
    public boolean needsResult() {
        return earnedByEvidence() && method != Method.RATE && method != Method.DEDUCTION;
    }

    public Line line() {
        return method.line();
    }

    /** RATE: the points of the first band that holds; {@code total = 0} (nothing arose) earns the maximum. */
    public BigDecimal ratePoints(long done, long total) {
        if (total == 0) {
            return max;
        }
        return bands.stream().filter(b -> b.holds(done, total)).map(Band::points).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String groupOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
