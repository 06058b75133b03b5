package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Award;

import java.math.BigDecimal;

/**
 * The score from which an award is given (ngưỡng khen thưởng): Giấy khen from 80, Bằng khen from 90.
 * A fact of the criteria tables' phase, so that the award rules and {@code validate} read the same number.
 */
public record Threshold(Award award, BigDecimal from) {

    public static Threshold of(Award award, String from) {
        return new Threshold(award, Functions.points(from));
    }

    /**
     * The score from which the award is given, as rule files name it ({@code Threshold(points <= $score)}):
     * {@code from} is a word of the DRL language ({@code X() from …}), which a rule file had better not
     * use for anything else.
     */
    public BigDecimal getPoints() {
        return from;
    }
}
