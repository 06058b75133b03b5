package vn.gov.angiang.thidua.core;

/**
 * Counts the rules, queries and functions of a DRL text without parsing it: the words {@code rule},
 * {@code query} and {@code function} (not after {@code import}) outside comments and string literals. A cheap upper bound, read
 * before the parser sees the text, so that a file of thousands of rules is refused in milliseconds. Also finds
 * how deeply brackets nest: the model compiler's type resolution doubles its work with each level of nested
 * calls, so a short line of them can keep it busy for hours.
 */
final class DrlUnits {

    private DrlUnits() {
    }

    /**
     * The units of {@code text}, counted until there are more than {@code allowed}: {count, line of the
     * unit that went over the limit (or 0)}.
     */
    static int[] countUntil(String text, int allowed) {
        return scan(text, allowed, Integer.MAX_VALUE);
    }

    /** The line where brackets first nest deeper than {@code allowed} levels, or 0. */
    static int tooDeep(String text, int allowed) {
        return scan(text, Integer.MAX_VALUE, allowed)[2];
    }

    /** {count of units, line of the unit over {@code units}, line of the bracket deeper than {@code depth}}. */
    private static int[] scan(String text, int units, int depth) {
        int count = 0;
        int line = 1;
        int nesting = 0;
        String previous = "";
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++nesting > depth) {
                    return new int[]{count, 0, line};
                }
            } else if (c == ')' || c == ']' || c == '}') {
                nesting = Math.max(0, nesting - 1);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                for (i += 2; i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/'); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                i++;
            } else if (c == '"' || c == '\'') {
                for (i++; i < n && text.charAt(i) != c && text.charAt(i) != '\n'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
                if (i < n && text.charAt(i) == '\n') {
                    line++;
                }
            } else if (Character.isJavaIdentifierStart(c) && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean unit = word.equals("rule") || word.equals("query")
                        || word.equals("function") && !previous.equals("import"); // "import function" declares none
                if (unit && ++count > units) {
                    return new int[]{count, line, 0};
                }
                previous = word;
                i = end - 1;
            }
        }
        return new int[]{count, 0, 0};
    }
}
