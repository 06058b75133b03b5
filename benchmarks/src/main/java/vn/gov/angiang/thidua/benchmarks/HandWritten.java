package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: plain Java doing work of the same kind and size as the rules' evidence and scoring
 * phases over the same evidence list: check each item (known code, reference, date, result, rate),
 * drop duplicates with a {@link HashSet}, add {@link BigDecimal} points per criterion, cap criteria,
 * groups, bonus and total. It is not the whole rule set (no scope, exclusions, reports, warnings or
 * explanation texts): read the ratio to it as "what the rule engine costs", not as a rival
 * implementation.
 */
public final class HandWritten {

    private enum Kind { PER_ITEM, FLAT, RATE, BONUS, DEDUCTION }

    private record Line(String group, Kind kind, BigDecimal points, BigDecimal max) {
    }

    private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal BONUS_MAX = new BigDecimal("5");
    private static final Map<String, Line> TABLE = new HashMap<>();
    private static final Map<String, BigDecimal> GROUP_MAX = new HashMap<>();

    static {
        group("TT1", "20"); line("TT1.1", "TT1", Kind.FLAT, "4", "4"); line("TT1.2", "TT1", Kind.PER_ITEM, "1", "4");
        line("TT1.3", "TT1", Kind.PER_ITEM, "2", "6"); line("TT1.4", "TT1", Kind.RATE, "6", "6");
        group("TT2", "25"); line("TT2.1", "TT2", Kind.FLAT, "5", "5"); line("TT2.2", "TT2", Kind.RATE, "5", "5");
        line("TT2.3", "TT2", Kind.FLAT, "5", "5"); line("TT2.4", "TT2", Kind.FLAT, "5", "5");
        line("TT2.5", "TT2", Kind.FLAT, "5", "5");
        group("TT3", "35"); line("TT3.1", "TT3", Kind.PER_ITEM, "5", "15"); line("TT3.2", "TT3", Kind.PER_ITEM, "4", "12");
        line("TT3.3", "TT3", Kind.RATE, "8", "8");
        group("TT4", "10"); line("TT4.1", "TT4", Kind.PER_ITEM, "2.5", "5"); line("TT4.2", "TT4", Kind.PER_ITEM, "2.5", "5");
        line("TT-B1", null, Kind.BONUS, "2", "99"); line("TT-B2", null, Kind.BONUS, "1", "99");
        line("TT-D2", null, Kind.DEDUCTION, "10", "99");
        group("CN1", "15"); line("CN1.1", "CN1", Kind.FLAT, "10", "10"); line("CN1.2", "CN1", Kind.FLAT, "5", "5");
        group("CN2", "30"); line("CN2.1", "CN2", Kind.PER_ITEM, "3", "15"); line("CN2.2", "CN2", Kind.RATE, "15", "15");
        group("CN3", "35"); line("CN3.1", "CN3", Kind.PER_ITEM, "7", "21"); line("CN3.2", "CN3", Kind.PER_ITEM, "7", "14");
        group("CN4", "10"); line("CN4.1", "CN4", Kind.FLAT, "6", "6"); line("CN4.2", "CN4", Kind.PER_ITEM, "1", "4");
        line("CN-B1", null, Kind.BONUS, "3", "99"); line("CN-B2", null, Kind.BONUS, "1", "99");
        line("CN-D1", null, Kind.DEDUCTION, "2", "99");
    }

    private HandWritten() {
    }

    /** The evidence score of {@code d} on {@code day}. */
    public static BigDecimal score(Dossier d, LocalDate day) {
        Set<String> seen = new HashSet<>();
        Map<String, BigDecimal> byCriterion = new HashMap<>();
        LocalDate received = d.submission() == null ? null : d.submission().received();
        for (Evidence e : d.evidence()) {
            String code = e.criterion() == null ? null : e.criterion().strip();
            Line line = code == null ? null : TABLE.get(code);
            if (line == null || e.ref() == null || e.ref().isBlank() || e.date() == null
                    || e.date().isBefore(PERIOD_START) || e.date().isAfter(PERIOD_END) || e.date().isAfter(day)
                    || (received != null && e.date().isAfter(received))) {
                continue;
            }
            BigDecimal points;
            if (line.kind() == Kind.RATE) {
                if (e.done() == null || e.total() == null || e.done() < 0 || e.done() > e.total()) {
                    continue;
                }
                BigDecimal percent = e.total() == 0 ? HUNDRED
                        : BigDecimal.valueOf(e.done() * 100).divide(BigDecimal.valueOf(e.total()), 2,
                        java.math.RoundingMode.HALF_UP);
                points = percent.compareTo(new BigDecimal("90")) >= 0 ? line.points() : BigDecimal.ZERO;
            } else {
                if (line.kind() != Kind.DEDUCTION && (e.result() == null || e.result().isBlank())) {
                    continue;
                }
                points = line.points();
            }
            String ref = Normalizer.normalize(e.ref().strip(), Normalizer.Form.NFC);
            if (!seen.add(code + '\u0000' + ref)) {
                continue; // the same criterion and reference counts once
            }
            if (line.kind() == Kind.RATE || line.kind() == Kind.FLAT) {
                byCriterion.put(code, points);
            } else {
                byCriterion.merge(code, points, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> byGroup = new HashMap<>();
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> c : byCriterion.entrySet()) {
            Line line = TABLE.get(c.getKey());
            BigDecimal capped = c.getValue().min(line.max());
            switch (line.kind()) {
                case BONUS -> bonus = bonus.add(capped);
                case DEDUCTION -> deductions = deductions.add(capped);
                default -> byGroup.merge(line.group(), capped, BigDecimal::add);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> g : byGroup.entrySet()) {
            total = total.add(g.getValue().min(GROUP_MAX.get(g.getKey())));
        }
        total = total.add(bonus.min(BONUS_MAX)).subtract(deductions);
        return total.max(BigDecimal.ZERO).min(HUNDRED);
    }

    private static void group(String code, String max) {
        GROUP_MAX.put(code, new BigDecimal(max));
    }

    private static void line(String code, String group, Kind kind, String points, String max) {
        TABLE.put(code, new Line(group, kind, new BigDecimal(points), new BigDecimal(max)));
    }
}
