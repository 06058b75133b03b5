package vn.gov.angiang.thidua.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a folder, file by file, as written ({@code rule "TT3.1 …"}), and how a scenario names
 * one: by its code, the first word of its name, or by its whole name.
 */
public final class RuleNames {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    private RuleNames() {
    }

    /** File name → the names of its rules, in the order written; files in name order. */
    static Map<String, List<String>> byFile(Map<String, String> files) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().forEach(f -> {
            List<String> names = new ArrayList<>();
            Matcher m = RULE.matcher(withoutComments(files.get(f)));
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
            out.put(f, names);
        });
        return out;
    }

    /** A rule's code: the first word of its name ({@code "TT3.1"} of {@code "TT3.1 Vụ việc … được phát hiện"}). */
    public static String codeOf(String ruleName) {
        return ruleName.strip().split("\\s+", 2)[0];
    }

    /** Whether an entry of a scenario ({@code fired}, {@code notFired}) names this rule: its code, or its whole name. */
    static boolean names(String entry, String ruleName) {
        String e = entry.strip();
        return e.equals(codeOf(ruleName)) || e.equals(ruleName.strip());
    }

    /** The text with comments blanked (line breaks kept), strings untouched. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (inString) {
                inString = c != '"';
                i += c == '\\' ? 2 : 1;
            } else if (c == '"') {
                inString = true;
                i++;
            } else if (text.startsWith("/*", i) || text.startsWith("//", i)) {
                int end = text.startsWith("/*", i) ? text.indexOf("*/", i + 2) : text.indexOf('\n', i);
                end = end < 0 ? text.length() : text.startsWith("/*", i) ? end + 2 : end;
                for (int j = i; j < end; j++) {
                    if (out.charAt(j) != '\n') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
