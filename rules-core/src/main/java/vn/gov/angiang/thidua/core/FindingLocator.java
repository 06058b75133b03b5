package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.List;
import java.util.Map;

/**
 * Maps a refusal of {@link CompiledRuleCheck}, found in a generated class, back to the rule file: the
 * rule, function or declared type the class was generated from, and the line where the refused name
 * is written in it (the rule's or function's first line when the text does not spell it plainly,
 * e.g. behind a unicode escape).
 */
final class FindingLocator {

    private final Map<String, String> texts;
    private final Map<String, PackageDescr> packages;
    private final Map<String, List<String>> constantsOfUsers;

    FindingLocator(Map<String, String> texts, Map<String, PackageDescr> packages,
                   Map<String, List<String>> constantsOfUsers) {
        this.texts = texts;
        this.packages = packages;
        this.constantsOfUsers = constantsOfUsers;
    }

    Problem locate(CompiledRuleCheck.Finding f) {
        String simpleClass = f.className().substring(f.className().lastIndexOf('/') + 1);
        for (Map.Entry<String, PackageDescr> p : packages.entrySet()) {
            for (FunctionDescr fn : p.getValue().getFunctions()) {
                if (fn.getName().equals(f.method()) && simpleClass.startsWith("Rules")) {
                    return at(p.getKey(), fn, "hàm \"" + fn.getName() + "\"", "function \"" + fn.getName() + "\"", f);
                }
            }
            for (TypeDeclarationDescr t : p.getValue().getTypeDeclarations()) {
                if (simpleClass.equals(t.getTypeName())) {
                    return at(p.getKey(), t, "kiểu \"" + t.getTypeName() + "\"", "type \"" + t.getTypeName() + "\"", f);
                }
            }
        }
        // Generated code shared by several rules names them all: the one whose text holds the token is meant.
        List<String> constants = constantsOf(f.className(), f.method(), constantsOfUsers);
        Problem first = null;
        for (Map.Entry<String, PackageDescr> p : packages.entrySet()) {
            for (RuleDescr r : p.getValue().getRules()) {
                if (constants.contains(r.getName())) {
                    Problem at = at(p.getKey(), r, "quy tắc \"" + r.getName() + "\"", "rule \"" + r.getName() + "\"", f);
                    if (at.line() != Math.max(r.getLine(), 0)) {
                        return at;
                    }
                    first = first == null ? at : first;
                }
            }
        }
        if (first != null) {
            return first;
        }
        // Not traced to one rule: the first place the name is written, or the rule set as a whole.
        for (Map.Entry<String, String> t : texts.entrySet()) {
            int[] at = find(t.getValue(), f.token(), 0, t.getValue().length());
            if (at != null) {
                return new Problem(t.getKey(), at[0], at[1], f.vi() + " / " + f.en());
            }
        }
        return new Problem(texts.isEmpty() ? "?" : texts.keySet().iterator().next(), 0, 0, f.vi() + " / " + f.en());
    }

    /**
     * The string constants that tell which rule generated code belongs to: those of the method itself; for
     * a lambda left inside a rule's method ("lambda$rule_X$0"), those of that method; for a class of its own
     * (a condition or consequence), those of the methods that use it.
     */
    static List<String> constantsOf(String cls, String method, Map<String, List<String>> constantsOfUsers) {
        List<String> constants = new java.util.ArrayList<>();
        if (method != null && method.startsWith("lambda$") && method.lastIndexOf('$') > "lambda$".length()) {
            constants.addAll(constantsOfUsers.getOrDefault(
                    cls + "." + method.substring("lambda$".length(), method.lastIndexOf('$')), List.of()));
        }
        constants.addAll(constantsOfUsers.getOrDefault(cls + "." + method, List.of()));
        if (!cls.substring(cls.lastIndexOf('/') + 1).startsWith("Rules")) {
            constants.addAll(constantsOfUsers.getOrDefault(cls, List.of()));
        }
        return constants;
    }

    private Problem at(String file, BaseDescr d, String viName, String enName, CompiledRuleCheck.Finding f) {
        String text = texts.getOrDefault(file, "");
        int start = Math.max(d.getStartCharacter(), 0);
        if (d instanceof RuleDescr r) { // not in the rule's name
            int name = text.indexOf("\"" + r.getName() + "\"", start);
            start = name < 0 ? start : name + r.getName().length() + 2;
        }
        int end = d.getEndCharacter() > start ? Math.min(d.getEndCharacter() + 1, text.length()) : text.length();
        int[] at = find(text, f.token(), start, end);
        int line = at != null ? at[0] : Math.max(d.getLine(), 0);
        int column = at != null ? at[1] : Math.max(d.getColumn(), 0) + 1;
        return new Problem(file, line, column, viName + ": " + f.vi() + " / " + enName + ": " + f.en());
    }

    /**
     * Line and column (from 1) of the first whole-word {@code token} in text[start, end), or null; a token
     * "a|b" stands for whichever of a and b comes first.
     */
    private static int[] find(String text, String token, int start, int end) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        int[] first = null;
        for (String t : token.split("\\|")) {
            int[] at = findOne(RuleFileCheck.blankComments(text), t, start, end);
            if (at != null && (first == null || at[0] < first[0] || (at[0] == first[0] && at[1] < first[1]))) {
                first = at;
            }
        }
        return first;
    }

    private static int[] findOne(String code, String token, int start, int end) {
        if (token.isEmpty()) {
            return null;
        }
        int from = start;
        while (true) {
            int i = code.indexOf(token, from);
            if (i < 0 || i + token.length() > end) {
                return null;
            }
            boolean wordStart = i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1));
            boolean wordEnd = i + token.length() >= code.length()
                    || !Character.isJavaIdentifierPart(code.charAt(i + token.length()))
                    || !Character.isJavaIdentifierPart(token.charAt(token.length() - 1));
            if (wordStart && wordEnd) {
                return position(code, i);
            }
            from = i + 1;
        }
    }

    /** Line and column (from 1) of a character of the text. */
    static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[]{line, offset - lineStart + 1};
    }
}
