package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/** Criterion codes in table order: runs of digits compare by value, however long, with leading zeros or not. */
class TableOrderTest {

    private static final EvaluationAssembler.TableOrder ORDER = EvaluationAssembler.TableOrder.INSTANCE;

    @Test
    void digitRunsCompareAsNumbers() {
        assertTrue(ORDER.compare("TT1.2", "TT1.10") < 0);
        assertTrue(ORDER.compare("TT2", "TT10") < 0);
        assertTrue(ORDER.compare("TT1.9", "TT1.009") == 0);
        assertTrue(ORDER.compare("TT1.0", "TT1") > 0);
        assertTrue(ORDER.compare("CN99999999999999999999999", "CN100000000000000000000000") < 0);
        assertTrue(ORDER.compare("TT-D1", "TT1") < 0);
    }

    /** The same order as reading each run of digits as a BigInteger, the definition. */
    @Test
    void agreesWithTheValueOfEveryRunOfDigits() {
        qt().withExamples(20_000).forAll(strings().betweenCodePoints('-', '9').ofLengthBetween(0, 12),
                        strings().betweenCodePoints('-', '9').ofLengthBetween(0, 12), integers().between(0, 3))
                .checkAssert((a, b, zeros) -> {
                    String b2 = zeros == 0 ? b : b.replaceFirst("(\\d)", "0".repeat(zeros) + "$1");
                    assertEquals(Integer.signum(reference(a, b2)), Integer.signum(ORDER.compare(a, b2)), a + " vs " + b2);
                    assertEquals(-Integer.signum(ORDER.compare(a, b2)), Integer.signum(ORDER.compare(b2, a)));
                });
    }

    private static int reference(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
