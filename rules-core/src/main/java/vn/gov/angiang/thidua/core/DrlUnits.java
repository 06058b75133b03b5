package vn.gov.angiang.thidua.core;

/**
 * Counts the rules, queries and functions of a DRL text without parsing it: the words {@code rule},
 * {@code query} and {@code function} (not after {@code import}) outside comments and string literals. A cheap upper bound, read
 * before the parser sees the text, so that a file of thousands of rules is refused in milliseconds.
 */
final class DrlUnits {

    private DrlUnits() {
    }

    /**
     * The units of {@code text}, counted until there are more than {@code allowed}: {count, line of the
     * unit that went over the limit (or 0)}.
     */
    static int[] countUntil(String text, int allowed) {
        int count = 0;
        int line = 1;
        String previous = "";
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
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
                if (unit && ++count > allowed) {
                    return new int[]{count, line};
                }
                previous = word;
                i = end - 1;
            }
        }
        return new int[]{count, 0};
    }
}
