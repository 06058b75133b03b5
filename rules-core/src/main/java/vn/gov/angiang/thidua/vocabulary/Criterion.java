package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a criteria table (tiêu chí), bonus or deduction line included, as a criteria file
 * declares it; its title is the name of the rule that declares it. {@code points} is the points per item (PER_ITEM, BONUS, DEDUCTION, PER_SANCTION) or
 * the flat points (FLAT); {@code max} is the cap, derived from the method where the table gives none;
 * {@code group} is the code before the dot (TT3.1 → TT3), or the code itself for a group scored as a
 * whole (TT5), or null for bonus and deduction lines. {@code evidenceFrom} is the first day evidence
 * may be dated, when it is not the first day of the period.
 */
public record Criterion(String code, String group, Method method, BigDecimal points, BigDecimal max,
                        List<Band> bands, LocalDate evidenceFrom) {

    public Criterion {
        bands = bands == null ? List.of() : List.copyOf(bands);
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
        return new Criterion(code, group, method, points, max, bands, Functions.date(day));
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
