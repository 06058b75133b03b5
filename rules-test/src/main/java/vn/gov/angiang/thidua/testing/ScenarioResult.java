package vn.gov.angiang.thidua.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario case: the file and the case's name, what differed from its expectation
 * (empty when it passed), and the names of the rules that fired while it was evaluated.
 */
public record ScenarioResult(Path file, String name, List<Mismatch> mismatches, Set<String> fired) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        fired = Set.copyOf(fired);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** "file › case name", as reports show it. */
    public String title() {
        return file.getFileName() + " › " + name;
    }

    /**
     * The mismatches as a table, expected and actual side by side, under the case's file and name:
     * <pre>
     * ✗ criteria-individual.scenario.json › Cá nhân đạt đủ mọi tiêu chí
     *     (rules-a/criteria-individual.scenario.json)
     *     what           expected   actual
     *     score          100        93
     *     criteria CN3.1 21         14
     * </pre>
     */
    public String describe() {
        StringBuilder out = new StringBuilder(passed() ? "✓ " : "✗ ").append(title()).append('\n');
        out.append("    (").append(file).append(")\n");
        if (passed()) {
            return out.toString();
        }
        int what = "điều kiện / what".length();
        int expected = "kỳ vọng / expected".length();
        for (Mismatch m : mismatches) {
            what = Math.max(what, m.what().length());
            expected = Math.max(expected, m.expected().length());
        }
        row(out, what, expected, "điều kiện / what", "kỳ vọng / expected", "thực tế / actual");
        for (Mismatch m : mismatches) {
            row(out, what, expected, m.what(), m.expected(), m.actual());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int what, int expected, String a, String b, String c) {
        out.append("    ").append(pad(a, what)).append("  ").append(pad(b, expected)).append("  ").append(c).append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
