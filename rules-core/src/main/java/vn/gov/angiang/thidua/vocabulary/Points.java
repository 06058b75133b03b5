package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The points a line of the table earned (điểm), already capped at its maximum, with the evidence
 * references that counted. {@code max} is null for bonus and deduction lines; {@code adjusted} is true
 * once an adjustment rule has set the points.
 */
public record Points(String code, String group, Line line, BigDecimal points, BigDecimal max, List<String> evidence,
                     boolean adjusted) {

    public Points {
        evidence = evidence == null ? List.of() : evidence.stream().sorted().distinct().toList();
    }

    /** Points for {@code criterion}: {@code earned} capped at its maximum (the cap is {@code max} when given). */
    public static Points of(Criterion criterion, BigDecimal earned, BigDecimal max, Collection<?> evidence) {
        BigDecimal capped = max == null ? earned : Functions.atMost(earned, max);
        return new Points(criterion.code(), criterion.group(), criterion.line(), capped, max,
                evidence == null ? List.of() : evidence.stream().filter(java.util.Objects::nonNull)
                        .map(String::valueOf).toList(), false);
    }

    public static Points of(Criterion criterion, BigDecimal earned, Collection<?> evidence) {
        return of(criterion, earned, criterion.max(), evidence);
    }

    /** The same line with other points, as an adjustment rule sets them; marked adjusted so that no rule adjusts it twice. */
    public Points adjustedTo(String newPoints) {
        return adjustedTo(Functions.points(newPoints));
    }

    /** The same line with other points, as an adjustment rule sets them from its criterion ({@code $c.latePoints()}). */
    public Points adjustedTo(BigDecimal newPoints) {
        return new Points(code, group, line, newPoints, max, evidence, true);
    }
}
