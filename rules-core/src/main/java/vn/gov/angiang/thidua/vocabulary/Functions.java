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

    /** Digits a number written in a rule may have before its decimal point, and after it. */
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_SCALE = 6;
    /** Items a list built by {@link #concat} may hold: more than any dossier has. */
    public static final int MAX_LIST = 100_000;

    /** A day written yyyy-MM-dd. Read by hand: rules call it inside conditions, once per match. */
    public static LocalDate date(String yyyyMMdd) {
        if (yyyyMMdd.length() == 10 && yyyyMMdd.charAt(4) == '-' && yyyyMMdd.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(yyyyMMdd, 0, 4, 10), Integer.parseInt(yyyyMMdd, 5, 7, 10),
                        Integer.parseInt(yyyyMMdd, 8, 10, 10));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // fall through to the parser's own message
            }
        }
        return LocalDate.parse(yyyyMMdd);
    }

    /** A day as Vietnamese write it: dd/MM/yyyy. */
    public static String dmy(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /**
     * Points written as a decimal ("2.5"), of at most {@value #MAX_INTEGER_DIGITS} digits before the
     * point and {@value #MAX_SCALE} after: a typo such as "1e99999999" must fail, not make every sum
     * after it take hours.
     */
    public static BigDecimal points(String decimal) {
        if (decimal.length() > MAX_INTEGER_DIGITS + MAX_SCALE + 20) { // before parsing: parsing a long text is slow
            throw new IllegalArgumentException("the number \"" + decimal.substring(0, 20) + "…\" is too long"
                    + " (số quá dài)");
        }
        BigDecimal d = new BigDecimal(decimal);
        if (d.scale() > MAX_SCALE || d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("the number \"" + decimal + "\" is too large or has too many decimals"
                    + " (số quá lớn hoặc quá nhiều chữ số thập phân)");
        }
        return d;
    }

    /**
     * A number as a decimal for a comparison in a condition (the engine calls it for {@code score >= 80}):
     * decimals as they are, integers exactly, text as {@link #points} reads it.
     */
    public static BigDecimal toDecimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return points(value.toString());
    }

    /** A band of a RATE criterion: at least {@code percent} % earns {@code points}. */
    public static Band band(String percent, String points) {
        return new Band(points(percent), points(points));
    }

    /** Both lists, one after the other. */
    public static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
        if ((long) a.size() + b.size() > MAX_LIST) {
            throw new IllegalArgumentException("a list of more than " + MAX_LIST + " items (danh sách quá dài)");
        }
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
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
