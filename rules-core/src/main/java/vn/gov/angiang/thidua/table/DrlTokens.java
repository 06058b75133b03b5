package vn.gov.angiang.thidua.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a DRL file, comments and blanks skipped, each with its place: enough to find the calls that
 * declare the criteria table and the literal each value is written in, without Drools' parser (whose
 * descriptors keep no column for a literal inside a consequence).
 */
final class DrlTokens {

    enum Kind { STRING, WORD, NUMBER, SYMBOL }

    /** One token; for a string, {@code text} is its content and {@code start..end} spans the quotes. */
    record Token(Kind kind, String text, int start, int end, int line, int column) {

        boolean is(String word) {
            return kind != Kind.STRING && text.equals(word);
        }
    }

    private DrlTokens() {
    }

    static List<Token> of(String drl) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = drl.length();
        while (i < n) {
            char c = drl.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
                while (i < n && drl.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
                int close = drl.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (int k = i; k < stop; k++) {
                    if (drl.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = stop;
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    if (drl.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(drl.charAt(i++));
                }
                i = Math.min(n, i + 1);
                tokens.add(new Token(Kind.STRING, text.toString(), start, i, line, start - lineStart + 1));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && (Character.isJavaIdentifierPart(drl.charAt(i)) || drl.charAt(i) == '-'
                        && i + 1 < n && Character.isJavaIdentifierStart(drl.charAt(i + 1)) && isAttribute(drl, start, i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, drl.substring(start, i), start, i, line, start - lineStart + 1));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(drl.charAt(i)) || drl.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, drl.substring(start, i), start, i, line, start - lineStart + 1));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1, line, i - lineStart + 1));
                i++;
            }
        }
        return tokens;
    }

    /** {@code ruleflow-group}, {@code agenda-group}: the attribute words with a dash. */
    private static boolean isAttribute(String drl, int start, int dash) {
        String word = drl.substring(start, dash);
        return word.equals("ruleflow") || word.equals("agenda") || word.equals("no") || word.equals("lock")
                || word.equals("activation") || word.equals("date") || word.equals("auto");
    }
}
