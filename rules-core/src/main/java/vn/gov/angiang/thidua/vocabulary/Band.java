package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** One band of a RATE criterion: at least {@code percent} % earns {@code points}. */
public record Band(BigDecimal percent, BigDecimal points) {

    /** Exactly: done × 100 ≥ percent × total, never through a rounded percentage. */
    public boolean holds(long done, long total) {
        return BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(total))) >= 0;
    }
}
