package vn.gov.angiang.thidua.testing;

/**
 * One thing a scenario case expected and the evaluation did not show: what was compared
 * ({@code "score"}, {@code "criteria CN3.1"}, {@code "fired"}), the expected value and the actual one,
 * as text. A case that could not be run at all (a file that does not parse, a dossier that cannot be
 * read) has one mismatch whose {@code actual} says why.
 */
public record Mismatch(String what, String expected, String actual) {

    /** {@code "score: expected 90, got 85"}, as one line. */
    @Override
    public String toString() {
        return what + ": expected " + expected + ", got " + actual;
    }
}
