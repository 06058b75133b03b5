package vn.gov.angiang.thidua.testing.mutation;

import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.RuleNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every single-token mutant of the DRL files of a rule set, outside comments, in file and text order
 * (operators in {@link MutationOperator}). Rule names are left alone; a number or a day inside a string
 * literal ({@code "15"}, {@code "2.5"}, {@code "2026-04-15"}) is mutated as one. An enum constant
 * {@code Type.CONSTANT} is recognised by reflection among the enums of the dossier and the vocabulary
 * ({@code vn.gov.angiang.thidua.api}, {@code vn.gov.angiang.thidua.vocabulary}); it is swapped for each
 * other constant of an enum of at most {@value #ALL_OTHERS_UP_TO} constants, else for its two neighbours in
 * declaration order. A comparison with {@code true}, {@code false} or a constant of a two-valued enum is not
 * also flipped ({@code ==} ↔ {@code !=}): that would be the same rules as the swapped value, compiled twice.
 */
public final class MutantFinder {

    static final int ALL_OTHERS_UP_TO = 4;
    private static final List<String> ENUM_PACKAGES = List.of("vn.gov.angiang.thidua.api.",
            "vn.gov.angiang.thidua.vocabulary.");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FUNCTION = Pattern.compile("\\Gfunction\\s+[\\w.$<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
    private static final Pattern VALUE_AFTER = Pattern.compile("\\s*(?:(?:true|false)\\b|(\\w+)\\.\\w+)");
    private static final Pattern WORD_AFTER = Pattern.compile("\\G\\s*(\\w+)");

    private final Map<String, Optional<List<String>>> enums = new HashMap<>();

    /** The mutants of every DRL file of {@code source}. */
    public List<Mutant> find(RuleSource source) {
        List<Mutant> out = new ArrayList<>();
        source.files().forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                out.addAll(find(name, text));
            }
        });
        return out;
    }

    /** The mutants of one DRL text. */
    List<Mutant> find(String file, String text) {
        return new Scan(file, text).run();
    }

    /** The constants of the enum of that simple name in the vocabulary's packages, if it is one. */
    private Optional<List<String>> constantsOf(String simpleName) {
        return enums.computeIfAbsent(simpleName, n -> {
            for (String pkg : ENUM_PACKAGES) {
                try {
                    Class<?> c = Class.forName(pkg + n, false, MutantFinder.class.getClassLoader());
                    if (c.isEnum()) {
                        List<String> names = new ArrayList<>();
                        for (Object constant : c.getEnumConstants()) {
                            names.add(((Enum<?>) constant).name());
                        }
                        return Optional.of(names);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not a class of this package: try the next
                }
            }
            return Optional.empty();
        });
    }

    /** One pass over one file: comments skipped (and blanked in {@link #code}, for the context of each mutant). */
    private final class Scan {
        private final String file;
        private final String text;
        private final StringBuilder code;
        private final List<Pending> found = new ArrayList<>();
        private String where = "-";
        private String previousWord = "";

        Scan(String file, String text) {
            this.file = file;
            this.text = text;
            this.code = new StringBuilder(text);
        }

        private record Pending(String where, int offset, String original, String replacement, MutationOperator op) {
        }

        List<Mutant> run() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (text.startsWith("//", i) || text.startsWith("/*", i)) {
                    i = skipComment(i);
                } else if (c == '"' || c == '\'') {
                    i = string(i, c);
                } else if (Character.isJavaIdentifierStart(c)) {
                    i = word(i);
                } else if (Character.isDigit(c)) {
                    i = number(i);
                } else {
                    i = operator(i);
                }
            }
            List<Mutant> out = new ArrayList<>();
            for (Pending p : found) {
                out.add(mutant(p));
            }
            return out;
        }

        private int skipComment(int i) {
            boolean block = text.startsWith("/*", i);
            int end = block ? text.indexOf("*/", i + 2) : text.indexOf('\n', i);
            end = end < 0 ? text.length() : block ? end + 2 : end;
            for (int j = i; j < end; j++) {
                if (code.charAt(j) != '\n') {
                    code.setCharAt(j, ' ');
                }
            }
            return end;
        }

        private int string(int i, char quote) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
                j += text.charAt(j) == '\\' ? 2 : 1;
            }
            j = Math.min(j, text.length());
            String content = text.substring(i + 1, j);
            if (!previousWord.equals("rule") && quote == '"') {
                if (NUMBER.matcher(content).matches()) {
                    numberMutants(i + 1, content);
                } else if (DAY.matcher(content).matches()) {
                    dayMutants(i + 1, content);
                }
            }
            if (previousWord.equals("rule")) {
                where = RuleNames.codeOf(content);
            }
            previousWord = "";
            return j + 1;
        }

        private int word(int i) {
            int j = i;
            while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
                j++;
            }
            String w = text.substring(i, j);
            if (w.equals("function")) {
                Matcher m = FUNCTION.matcher(text).region(i, text.length());
                if (m.find()) {
                    where = "function " + m.group(1);
                }
            }
            switch (w) {
                case "true" -> add(i, w, "false", MutationOperator.BOOLEAN);
                case "false" -> add(i, w, "true", MutationOperator.BOOLEAN);
                case "not" -> {
                    add(i, w, "", MutationOperator.NEGATION);
                    Matcher next = WORD_AFTER.matcher(text).region(j, text.length());
                    if (!(next.find() && next.group(1).equals("in"))) {
                        add(i, w, "exists", MutationOperator.EXISTS_NOT);
                    }
                }
                case "exists" -> add(i, w, "not", MutationOperator.EXISTS_NOT);
                default -> {
                    if (j < text.length() && text.charAt(j) == '.' && (i == 0 || text.charAt(i - 1) != '.')) {
                        j = enumConstant(w, j + 1);
                    }
                }
            }
            previousWord = w;
            return j;
        }

        /** {@code Type.CONSTANT} with {@code start} just after the dot: the constant swapped, if Type is an enum. */
        private int enumConstant(String type, int start) {
            int k = start;
            while (k < text.length() && Character.isJavaIdentifierPart(text.charAt(k))) {
                k++;
            }
            String constant = text.substring(start, k);
            Optional<List<String>> constants = constantsOf(type);
            if (constants.isEmpty() || !constants.get().contains(constant)) {
                return start;
            }
            List<String> all = constants.get();
            MutationOperator op = type.equals("Category") ? MutationOperator.REASON_CATEGORY : MutationOperator.ENUM_CONSTANT;
            int at = all.indexOf(constant);
            List<String> others = new ArrayList<>();
            if (all.size() <= ALL_OTHERS_UP_TO) {
                all.stream().filter(c -> !c.equals(constant)).forEach(others::add);
            } else {
                others.add(all.get((at + all.size() - 1) % all.size()));
                String next = all.get((at + 1) % all.size());
                if (!others.contains(next)) {
                    others.add(next);
                }
            }
            others.forEach(o -> add(start, constant, o, op));
            return k;
        }

        private int number(int i) {
            Matcher m = NUMBER.matcher(text).region(i, text.length());
            m.lookingAt();
            int j = m.end();
            if (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) { // 1L, 2f: not a plain number
                while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                return j;
            }
            numberMutants(i, m.group());
            previousWord = "";
            return j;
        }

        private int operator(int i) {
            String two = text.substring(i, Math.min(i + 2, text.length()));
            switch (two) {
                case "<=" -> add(i, two, "<", MutationOperator.COMPARISON);
                case ">=" -> add(i, two, ">", MutationOperator.COMPARISON);
                case "==", "!=" -> {
                    if (!twoValuedAfter(i + 2)) {
                        add(i, two, two.equals("==") ? "!=" : "==", MutationOperator.COMPARISON);
                    }
                }
                case "&&" -> add(i, two, "||", MutationOperator.BOOLEAN);
                case "||" -> add(i, two, "&&", MutationOperator.BOOLEAN);
                default -> {
                    char c = text.charAt(i);
                    boolean arrow = i > 0 && text.charAt(i - 1) == '-';
                    if (c == '<' && !two.equals("<<")) {
                        add(i, "<", "<=", MutationOperator.COMPARISON);
                    } else if (c == '>' && !arrow && !two.equals(">>")) {
                        add(i, ">", ">=", MutationOperator.COMPARISON);
                    } else if (c == '!') {
                        add(i, "!", "", MutationOperator.NEGATION);
                    }
                    if (!Character.isWhitespace(c)) {
                        previousWord = "";
                    }
                    return i + 1;
                }
            }
            previousWord = "";
            return i + 2;
        }

        /**
         * Whether a comparison is with {@code true}, {@code false} or a constant of a two-valued enum: then
         * {@code ==} ↔ {@code !=} makes the same rules as swapping the value, which is a mutant already.
         */
        private boolean twoValuedAfter(int from) {
            Matcher m = VALUE_AFTER.matcher(text).region(from, text.length());
            if (!m.lookingAt()) {
                return false;
            }
            return m.group(1) == null || constantsOf(m.group(1)).map(List::size).orElse(0) == 2;
        }

        private void numberMutants(int offset, String number) {
            BigDecimal value = new BigDecimal(number);
            add(offset, number, value.subtract(BigDecimal.ONE).toPlainString(), MutationOperator.NUMBER);
            add(offset, number, value.add(BigDecimal.ONE).toPlainString(), MutationOperator.NUMBER);
        }

        private void dayMutants(int offset, String day) {
            try {
                LocalDate d = LocalDate.parse(day);
                add(offset, day, d.minusDays(1).toString(), MutationOperator.DATE);
                add(offset, day, d.plusDays(1).toString(), MutationOperator.DATE);
            } catch (DateTimeParseException e) {
                // "2026-13-40" is not a day: nothing to move by one
            }
        }

        private void add(int offset, String original, String replacement, MutationOperator op) {
            found.add(new Pending(where, offset, original, replacement, op));
        }

        private Mutant mutant(Pending p) {
            int lineStart = text.lastIndexOf('\n', p.offset() - 1) + 1;
            int lineEnd = text.indexOf('\n', p.offset());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int line = 1;
            for (int k = 0; k < lineStart; k++) {
                line += text.charAt(k) == '\n' ? 1 : 0;
            }
            String before = collapse(code.substring(lineStart, p.offset())).stripLeading();
            String after = collapse(code.substring(p.offset() + p.original().length(), lineEnd)).stripTrailing();
            String context = before + "⟦" + p.original() + " → " + p.replacement() + "⟧" + after;
            return new Mutant(file, p.where(), line, p.offset() - lineStart + 1, p.offset(), p.original(),
                    p.replacement(), p.op(), context);
        }
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
