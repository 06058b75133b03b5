package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Warning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The functions a rule file may call ({@code import function vn.gov.angiang.thidua.vocabulary.Functions.*;}).
 * Points are exact decimals written as text ("2.5"), never floating point.
 */
public final class Functions {

    private Functions() {
    }

    // Rules call date("2026-11-20") inside constraints, once per match: parse each text once.
    private static final java.util.Map<String, LocalDate> DAYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A day written yyyy-MM-dd. */
    public static LocalDate date(String yyyyMMdd) {
        LocalDate day = DAYS.get(yyyyMMdd);
        if (day == null) {
            day = LocalDate.parse(yyyyMMdd);
            if (DAYS.size() < 10_000) {
                DAYS.put(yyyyMMdd, day);
            }
        }
        return day;
    }

    /** A day as Vietnamese write it: dd/MM/yyyy. */
    public static String dmy(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Points written as a decimal ("2.5"). */
    public static BigDecimal points(String decimal) {
        return new BigDecimal(decimal);
    }

    /** A band of a RATE criterion: at least {@code percent} % earns {@code points}. */
    public static Band band(String percent, String points) {
        return new Band(points(percent), points(points));
    }

    /** Both lists, one after the other. */
    public static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** True when the text is absent or only white space. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** {@code per} × the number of {@code items}. */
    public static BigDecimal times(BigDecimal per, Collection<?> items) {
        return per.multiply(BigDecimal.valueOf(items.size()));
    }

    /** The smaller of the two. */
    public static BigDecimal atMost(BigDecimal value, BigDecimal cap) {
        return value.compareTo(cap) > 0 ? cap : value;
    }

    /** The value held inside [low, high]. */
    public static BigDecimal within(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) < 0 ? low : atMost(value, high);
    }

    /** An exact decimal from an accumulate result (a sum of points). */
    public static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }

    /**
     * The rate item that counts among several: the latest-dated; on a tie the lowest rate, where
     * {@code total = 0} ranks as 100 %; then the first reference in alphabetical order.
     */
    public static ValidEvidence rateItemThatCounts(Collection<ValidEvidence> items) {
        Comparator<ValidEvidence> order = Comparator.comparing(ValidEvidence::date).reversed()
                .thenComparing((a, b) -> compareRates(a, b))
                .thenComparing(ValidEvidence::ref) // not the position: reordering the file must change nothing
                .thenComparingInt(ValidEvidence::index);
        return items.stream().min(order).orElseThrow();
    }

    /** Orders two rates exactly, by cross-multiplying; {@code total = 0} counts as 1/1. */
    private static int compareRates(ValidEvidence a, ValidEvidence b) {
        long ad = a.total() == 0 ? 1 : a.done();
        long at = a.total() == 0 ? 1 : a.total();
        long bd = b.total() == 0 ? 1 : b.done();
        long bt = b.total() == 0 ? 1 : b.total();
        return BigDecimal.valueOf(ad).multiply(BigDecimal.valueOf(bt))
                .compareTo(BigDecimal.valueOf(bd).multiply(BigDecimal.valueOf(at)));
    }

    /** A reason that blocks the award. */
    public static Reason reason(Category category, String code, String ref, String vi, String en) {
        return new Reason(code, category, new Message(vi, en), ref, null);
    }

    /** A warning that blocks nothing. */
    public static Warning warning(String code, String ref, String criterion, String vi, String en) {
        return new Warning(code, ref, criterion, new Message(vi, en));
    }

    /** The rate points of a RATE criterion: of the item that counts, or 0 without a valid item. */
    public static Points ratePoints(Criterion rate, Collection<ValidEvidence> items) {
        if (items.isEmpty()) {
            return Points.of(rate, BigDecimal.ZERO, List.of());
        }
        ValidEvidence counted = rateItemThatCounts(items);
        return Points.of(rate, rate.ratePoints(counted.done(), counted.total()), List.of(counted.ref()));
    }

    /**
     * Counted sanctions, each decision once: listings with the same reference are one decision,
     * listings without a reference each count.
     */
    public static List<String> distinctDecisions(Collection<CountedSanction> sanctions) {
        return sanctions.stream().map(s -> s.ref() == null ? "#" + s.index() : "=" + s.ref()).distinct().sorted().toList();
    }

    /** The references of the decisions among these sanctions. */
    public static List<String> sanctionRefs(Collection<CountedSanction> sanctions) {
        return sanctions.stream().map(CountedSanction::ref).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The references of received reports. */
    public static List<String> reportRefs(Collection<ReceivedReport> reports) {
        return reports.stream().map(ReceivedReport::ref).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
