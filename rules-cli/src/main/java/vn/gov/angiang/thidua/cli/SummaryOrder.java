package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Award;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of the Office's summary: Bằng khen first, then Giấy khen, no award, and the dossiers that could not
 * be evaluated last; within an award the higher score first; then the nominee's name in Vietnamese collation
 * ({@link Collator} for {@code vi}: A Ă Â B C D Đ E Ê …, tones after the letter, NFC and NFD alike), then the
 * dossier id and the position in the batch, so that the order is total.
 */
final class SummaryOrder {

    private static final List<String> AWARDS = List.of(Award.BANG_KHEN.name(), Award.GIAY_KHEN.name(),
            Award.NONE.name(), OfficeSummary.ERROR);

    /** A collator per thread: a Collator is not thread-safe. */
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(SummaryOrder::collator);

    /** Vietnamese names, in the order of the Vietnamese alphabet. */
    static final Comparator<String> NAMES = (a, b) -> COLLATOR.get().compare(a, b);

    static final Comparator<String> AWARD_KEYS = Comparator.comparingInt(SummaryOrder::rank)
            .thenComparing(Comparator.naturalOrder());

    static final Comparator<OfficeSummary.Row> ROWS = Comparator
            .comparing((OfficeSummary.Row r) -> r.award() == null ? OfficeSummary.ERROR : r.award().name(), AWARD_KEYS)
            .thenComparing(OfficeSummary.Row::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SummaryOrder::name, NAMES)
            .thenComparing(r -> r.dossierId() == null ? "" : r.dossierId(), NAMES)
            .thenComparingLong(OfficeSummary.Row::index);

    private SummaryOrder() {
    }

    static Collator collator() {
        Collator c = Collator.getInstance(Locale.forLanguageTag("vi"));
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    }

    private static String name(OfficeSummary.Row r) {
        return r.nominee() == null ? "" : r.nominee().strip();
    }

    private static int rank(String award) {
        int i = AWARDS.indexOf(award);
        return i < 0 ? AWARDS.size() : i;
    }
}
