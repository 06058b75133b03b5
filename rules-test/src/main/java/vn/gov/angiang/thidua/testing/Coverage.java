package vn.gov.angiang.thidua.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules the scenarios made fire: per rule file, the rules that no case fired. A rule counts as
 * covered when it fired in at least one case.
 */
public record Coverage(Map<String, List<String>> rulesByFile, Set<String> fired) {

    public Coverage {
        rulesByFile = Map.copyOf(rulesByFile);
        fired = Set.copyOf(fired);
    }

    public int total() {
        return rulesByFile.values().stream().mapToInt(List::size).sum();
    }

    public int covered() {
        return (int) rulesByFile.values().stream().flatMap(List::stream).filter(fired::contains).count();
    }

    /** Covered as a percentage of all rules, rounded down to one decimal (100 only when every rule fired). */
    public BigDecimal percent() {
        return total() == 0 ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(covered() * 100L).divide(BigDecimal.valueOf(total()), 1, RoundingMode.DOWN);
    }

    /** Whether at least {@code minPercent} percent of the rules fired (compared exactly, never rounded up). */
    public boolean meets(BigDecimal minPercent) {
        return BigDecimal.valueOf(covered() * 100L).compareTo(minPercent.multiply(BigDecimal.valueOf(total()))) >= 0;
    }

    /** File → the rules that never fired, files in name order, only files with such rules. */
    public Map<String, List<String>> neverFired() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        rulesByFile.keySet().stream().sorted().forEach(f -> {
            List<String> missing = rulesByFile.get(f).stream().filter(r -> !fired.contains(r)).toList();
            if (!missing.isEmpty()) {
                out.put(f, missing);
            }
        });
        return out;
    }

    /** {@code "rules covered: 97/97"}. */
    public String summary() {
        return "rules covered: " + covered() + "/" + total();
    }

    /** Per file the rules no case fired, then the summary line, in Vietnamese and English. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        neverFired().forEach((file, rules) -> {
            out.append(file).append(": quy tắc chưa từng chạy / rules no scenario fired (").append(rules.size())
                    .append(")\n");
            rules.forEach(r -> out.append("  - ").append(r).append('\n'));
        });
        return out.append(summary()).append(" (").append(percent().toPlainString()).append("%)\n").toString();
    }
}
