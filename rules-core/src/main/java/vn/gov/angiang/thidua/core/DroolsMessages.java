package vn.gov.angiang.thidua.core;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages of Drools' DRL compiler and of the Java compiler behind it, as policy staff read them:
 * plain Vietnamese first, with what to write instead where that is knowable, then English; the original
 * text follows on a second line, for IT. Only here are Drools' message texts matched, so that a Drools
 * upgrade that rewords one fails {@code DroolsMessagesTest}, which pins the texts of this version.
 */
final class DroolsMessages {

    // "Unknown field COLLECTIV on class vn.gov.angiang.thidua.api.NomineeKind": a misspelt enum value or field.
    static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on class ([\\w.$]+)");
    // The name an error of generated Java complains of: a type or variable, or a method.
    static final Pattern JAVA_NAME = Pattern.compile(
            "^(?:(\\w+) cannot be resolved(?: to a (?:type|variable))?|The (?:method|constructor) (\\w+)\\(.*|.*?(\\w+) cannot be resolved.*)");
    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class: (\\S+)");
    // "Unable to parse consequence caused by: (line 2,col 44) Parse error. Found \";\","
    private static final Pattern CONSEQUENCE_FOUND = Pattern.compile("Parse error\\. Found \"([^\"]*)\"");
    // "The method perItem(String, String, String) in the type Criterion is not applicable for the arguments (String, int, String)"
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The (?:method|constructor) (\\w+)\\(([^)]*)\\).* is not applicable for the arguments \\(([^)]*)\\)");
    private static final List<String> NUMBER_TYPES = List.of("int", "long", "double", "float", "short", "byte");

    private DroolsMessages() {
    }

    /** A message in its three parts: Vietnamese, English, and the compiler's own words on a line of their own. */
    static String of(String vi, String en, String original) {
        return vi + " / " + en + (original == null || original.isBlank() ? "" : "\n" + original.strip());
    }

    private static final Pattern NEAR = Pattern.compile("(?:input|token) '([^']*)'");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]*)\"");

    /** A message of the DRL parser: where, near what, and what is usually wrong there. */
    static String parser(String message) {
        if (message == null) {
            return of("lỗi cú pháp", "syntax error", null);
        }
        String m = message.strip();
        String technical = m.replaceFirst("^\\[ERR \\d+]\\s*(Line \\d+:\\d+\\s*)?", "");
        Matcher near = NEAR.matcher(m);
        Matcher rule = IN_RULE.matcher(m);
        String where = rule.find() ? " trong quy tắc \"" + rule.group(1) + "\"" : "";
        String whereEn = where.isEmpty() ? "" : " in rule \"" + rule.group(1) + "\"";
        if (near.find()) {
            String token = near.group(1).equals("<EOF>") ? "cuối tệp" : near.group(1);
            String tokenEn = near.group(1).equals("<EOF>") ? "the end of the file" : near.group(1);
            return of("lỗi cú pháp gần '" + token + "'" + where + ": thiếu hoặc thừa một từ khóa (when, then, end), dấu"
                    + " ngoặc, dấu phẩy hay dấu nháy?", "syntax error near '" + tokenEn + "'" + whereEn + ": a missing or"
                    + " extra keyword (when, then, end), bracket, comma or quote?", technical);
        }
        return of("lỗi cú pháp" + where, "syntax error" + whereEn, technical);
    }

    /** A message of Drools' DRL compiler (a condition, a consequence that does not parse, an unknown type). */
    static String drl(String text) {
        String t = text.replaceAll("expected one of .*", "").strip();
        Matcher m;
        if ((m = UNKNOWN_FIELD.matcher(t)).find()) {
            String type = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
            String values = enumValues(m.group(2));
            return values != null
                    ? of("'" + m.group(1) + "' không phải là một giá trị của " + type + " (các giá trị: " + values + ")",
                    "'" + m.group(1) + "' is not a value of " + type + " (its values: " + values + ")", t)
                    : of(type + " không có trường '" + m.group(1) + "'", type + " has no field '" + m.group(1) + "'", t);
        }
        if ((m = UNKNOWN_CLASS.matcher(t)).find()) {
            return of("không có kiểu dữ kiện '" + m.group(1) + "' trong từ vựng của bộ quy tắc: kiểm tra chính tả",
                    "there is no fact type '" + m.group(1) + "' in the rule vocabulary: check the spelling", t);
        }
        if (t.startsWith("Unable to parse left part of expression") || t.startsWith("Unable to Analyse Expression")) {
            return of("không hiểu điều kiện này: tên trường viết sai, hay thiếu dấu ngoặc?",
                    "this condition cannot be understood: a misspelt field, or a missing bracket?", t);
        }
        if (t.startsWith("Unable to parse consequence")) {
            Matcher found = CONSEQUENCE_FOUND.matcher(t);
            if (found.find() && (found.group(1).equals(";") || found.group(1).equals("end"))) {
                return of("phần 'then' chưa đóng đủ dấu ngoặc trước '" + found.group(1) + "': thiếu dấu ')'? Mỗi dấu '('"
                                + " cần một dấu ')'",
                        "the 'then' part has an unclosed bracket before '" + found.group(1) + "': a missing ')'? Every '('"
                                + " needs its ')'", t);
            }
            return of("phần 'then' viết sai" + (found.find(0) ? " tại '" + found.group(1) + "'" : "")
                            + ": so với các quy tắc mẫu, kiểm tra dấu ngoặc, dấu phẩy và dấu ';'",
                    "the 'then' part is not well formed" + (found.find(0) ? " at '" + found.group(1) + "'" : "")
                            + ": compare it with the other rules, check brackets, commas and ';'", t);
        }
        if (t.startsWith("[ERR") || t.contains("mismatched input") || t.contains("no viable alternative")
                || t.contains("missing")) {
            return of("quy tắc viết sai cú pháp ở đây: kiểm tra dấu ngoặc, dấu ngoặc kép và các từ when, then, end",
                    "the rule is not well formed here: check brackets, quotes and the words when, then, end", t);
        }
        return of("trình biên dịch quy tắc báo lỗi ở đây", "the rule compiler reports an error here", t);
    }

    /** A message of the Java compiler, about the Java Drools generates from a consequence or a function. */
    static String java(String message) {
        Matcher wrongArguments = NOT_APPLICABLE.matcher(message);
        if (wrongArguments.find()) {
            String function = wrongArguments.group(1);
            List<String> wanted = arguments(wrongArguments.group(2));
            List<String> given = arguments(wrongArguments.group(3));
            for (int i = 0; i < Math.min(wanted.size(), given.size()); i++) {
                if (wanted.get(i).equals("String") && NUMBER_TYPES.contains(given.get(i))) {
                    return of("số ở vị trí thứ " + (i + 1) + " của '" + function + "' phải viết trong dấu ngoặc kép,"
                                    + " ví dụ \"5\" thay cho 5",
                            "the number in place " + (i + 1) + " of '" + function + "' must be written in quotes,"
                                    + " e.g. \"5\" instead of 5", message);
                }
            }
            return of("'" + function + "' không nhận các giá trị này: cần " + wanted.size() + " giá trị ("
                            + String.join(", ", wanted) + ")",
                    "'" + function + "' does not take these values: it needs " + wanted.size() + " ("
                            + String.join(", ", wanted) + ")", message);
        }
        Matcher m = JAVA_NAME.matcher(message);
        if (m.find() && m.group(2) != null) {
            return of("không có hàm '" + m.group(2) + "' với các giá trị này", "there is no function '" + m.group(2)
                    + "' taking these values", message);
        }
        if (m.find(0) && (m.group(1) != null || m.group(3) != null)) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            return of("không có '" + name + "' trong từ vựng của bộ quy tắc: kiểm tra chính tả, chữ hoa chữ thường",
                    "'" + name + "' is not in the rule vocabulary: check the spelling and the case", message);
        }
        return of("phần 'then' viết sai: so với các quy tắc mẫu", "the 'then' part is wrong: compare it with the"
                + " other rules", message);
    }

    /** The name an error of generated Java complains of, or null. */
    static String javaName(String message) {
        Matcher m = JAVA_NAME.matcher(message);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    private static List<String> arguments(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    /** The constants of the vocabulary enum {@code className}, comma-separated, or null if it is none. */
    private static String enumValues(String className) {
        if (!className.startsWith("vn.gov.angiang.thidua.")) {
            return null;
        }
        try {
            Class<?> c = Class.forName(className, false, DroolsMessages.class.getClassLoader());
            return c.isEnum() ? Arrays.stream(c.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
