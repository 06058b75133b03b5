package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks made on DRL text before Drools compiles it: syntax (with line and column, which the
 * compiler often loses), the package, imports limited to the vocabulary, every rule in a known phase,
 * no rule that joins independent lists of facts (a cartesian product no time limit can stop), and a
 * scan for words that reach outside the rules. The scan only gives friendlier messages earlier: the
 * boundary is {@link CompiledRuleCheck}, on the code the rules compile to.
 */
final class RuleFileCheck {

    private static final String API = "vn.gov.angiang.thidua.api.";
    private static final String VOCABULARY = "vn.gov.angiang.thidua.vocabulary.";
    private static final String FUNCTIONS = VOCABULARY + "Functions.";
    private static final Set<String> JAVA_TYPES = Set.of("java.math.BigDecimal", "java.time.LocalDate",
            "java.util.List", "java.util.Set", "java.util.Collection", "java.util.Map");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|Thread|ThreadLocal|ProcessBuilder"
            + "|ProcessHandle|ClassLoader|getClassLoader|getClass|forName|Files|Paths|File|Socket|URL|Executors"
            + "|ForkJoinPool|CompletableFuture|MethodHandles|Unsafe|while|for|do|synchronized|wait|notify|notifyAll"
            + "|exit|halt|getKieRuntime|getKnowledgeRuntime|getWorkingMemory|getKieBase|getEntryPoint|getChannels"
            + "|setGlobal|getGlobal)\\b");
    // Classes generated from a rule file live in its package: no rule file may speak for these.
    private static final Pattern RESERVED_PACKAGES = Pattern.compile(
            "(java|javax|jdk|sun|com\\.sun|org\\.drools|org\\.kie|org\\.objectweb|vn\\.gov\\.angiang)(\\.|$)");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net|io)\\.[A-Za-z_][\\w.]*");

    private RuleFileCheck() {
    }

    /** The problems found, and the parsed files (those that parse) for locating later problems. */
    record Checked(List<Problem> problems, Map<String, PackageDescr> packages) {
    }

    /** Checks every file; {@code scanWords} runs the friendly word scan (tests turn it off to reach the boundary). */
    static Checked check(RuleSource source, boolean scanWords) {
        List<Problem> problems = new ArrayList<>();
        Map<String, PackageDescr> packages = new java.util.LinkedHashMap<>();
        if (source.files().isEmpty()) {
            problems.add(new Problem(source.origin(), 0, 0, "no rule files (không có tệp quy tắc nào)"));
        }
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            PackageDescr pkg = check(f.getKey(), f.getValue(), problems, scanWords);
            if (pkg != null) {
                packages.put(f.getKey(), pkg);
            }
        }
        return new Checked(problems, packages);
    }

    private static PackageDescr check(String file, String text, List<Problem> problems, boolean scanWords) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new Problem(file, e.getLineNumber(), e.getColumn() + 1, e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            problems.add(new Problem(file, 0, 0, "the file nests brackets or expressions too deeply to be read"
                    + " (lồng nhau quá sâu)"));
            return null;
        } catch (RuntimeException e) {
            problems.add(new Problem(file, 0, 0, "the file cannot be parsed (không phân tích được): " + e));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                if (e instanceof ParserError pe) {
                    problems.add(new Problem(file, pe.getRow(), pe.getCol() + 1, DroolsMessages.parser(pe.getMessage())));
                } else {
                    problems.add(new Problem(file, firstLine(e.getLines()), 0, DroolsMessages.parser(e.getMessage())));
                }
            }
            return null;
        }
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (RESERVED_PACKAGES.matcher(name).lookingAt()) {
            problems.add(new Problem(file, Math.max(pkg.getLine(), 1), 1, "gói \"" + name + "\" dành cho thư viện,"
                    + " hãy đặt tên khác (ví dụ: package thidua;) / the package \"" + name + "\" belongs to a"
                    + " library: choose another name (e.g. package thidua;)"));
        }
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (!(target.startsWith(API) || target.startsWith(VOCABULARY) || JAVA_TYPES.contains(target))) {
                problems.add(new Problem(file, i.getLine(), i.getColumn() + 1, "import " + target
                        + " is outside the rule vocabulary (chỉ được dùng từ vựng của bộ quy tắc: "
                        + API + "*, " + VOCABULARY + "*)"));
            }
        }
        for (FunctionImportDescr i : pkg.getFunctionImports()) {
            if (!i.getTarget().startsWith(FUNCTIONS)) {
                problems.add(new Problem(file, i.getLine(), i.getColumn() + 1, "import function " + i.getTarget()
                        + " is not one of " + FUNCTIONS + "* (hàm không thuộc từ vựng)"));
            }
        }
        String packagePhase = phase(pkg.getAttribute("ruleflow-group"), pkg.getAttribute("agenda-group"));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            checkAttribute(file, null, attribute, problems);
        }
        for (RuleDescr r : pkg.getRules()) {
            Map<String, AttributeDescr> a = r.getAttributes();
            for (AttributeDescr attribute : a.values()) {
                checkAttribute(file, r, attribute, problems);
            }
            String phase = phase(a.get("ruleflow-group"), a.get("agenda-group"));
            phase = phase != null ? phase : packagePhase;
            if (phase == null || !Phases.ORDER.contains(phase)) {
                problems.add(new Problem(file, r.getLine(), r.getColumn() + 1, "rule \"" + r.getName() + "\" "
                        + (phase == null ? "belongs to no phase" : "is in the unknown phase \"" + phase + "\"")
                        + ": give it a ruleflow-group among " + Phases.ORDER + " (quy tắc không thuộc bước nào)"));
            }
        }
        for (org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr t : concat(pkg.getTypeDeclarations(),
                pkg.getEnumDeclarations())) {
            problems.add(new Problem(file, t.getLine(), t.getColumn() + 1, "không khai báo kiểu dữ kiện mới (declare "
                    + t.getTypeName() + "): quy tắc chỉ dùng các kiểu của từ vựng / rule files may not declare types"
                    + " (declare " + t.getTypeName() + "): rules use the types of the vocabulary"));
        }
        for (org.drools.drl.ast.descr.GlobalDescr g : pkg.getGlobals()) {
            problems.add(new Problem(file, g.getLine(), g.getColumn() + 1, "không dùng biến toàn cục (global): quy tắc"
                    + " chỉ được suy ra dữ kiện mới / globals are not supported: rules may only derive facts"));
        }
        for (RuleDescr r : pkg.getRules()) {
            CartesianJoins.check(file, r, problems);
        }
        if (scanWords) {
            scanCode(file, text, problems);
        }
        return pkg;
    }

    private static List<org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr> concat(
            java.util.Collection<? extends org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr> a,
            java.util.Collection<? extends org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr> b) {
        List<org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Rule attributes whose value is a name or a written number: none depends on the clock or on a fact. */
    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("ruleflow-group", "agenda-group",
            "activation-group", "salience", "no-loop", "lock-on-active", "auto-focus", "enabled", "dialect");
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("\"?[\\p{L}\\p{N}_.\\- ]*\"?|-?\\d+");

    /**
     * Refuses the attributes that make an evaluation depend on the clock (timer, calendars, duration,
     * date-effective, date-expires: the same dossier would get another answer at another time) and values
     * computed from facts ({@code salience ($x.size())}, {@code enabled (…)}): only names and written numbers.
     */
    private static void checkAttribute(String file, RuleDescr rule, AttributeDescr a, List<Problem> problems) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        String where = rule == null ? "" : "quy tắc \"" + rule.getName() + "\": ";
        String whereEn = rule == null ? "" : "rule \"" + rule.getName() + "\": ";
        int line = a.getLine() > 0 ? a.getLine() : rule != null ? rule.getLine() : 1;
        int column = a.getLine() > 0 ? a.getColumn() + 1 : rule != null ? rule.getColumn() + 1 : 1;
        if (!ATTRIBUTES.contains(name)) {
            problems.add(new Problem(file, line, column, where + "không được dùng thuộc tính " + name + " (hẹn giờ, lịch,"
                    + " ngày hiệu lực làm kết quả phụ thuộc lúc chạy) / " + whereEn + "the attribute " + name + " is not"
                    + " allowed (timers, calendars and effective dates make the result depend on when it runs)"));
        } else if (!WRITTEN.matcher(value).matches() && !value.equals("true") && !value.equals("false")) {
            problems.add(new Problem(file, line, column, where + "giá trị của " + name + " phải viết sẵn (một tên hoặc một"
                    + " số), không tính từ dữ kiện / " + whereEn + "the value of " + name + " must be written (a name or"
                    + " a number), not computed from facts"));
        }
    }

    private static String phase(AttributeDescr ruleflow, AttributeDescr agenda) {
        AttributeDescr a = ruleflow != null ? ruleflow : agenda;
        return a == null ? null : a.getValue().replace("\"", "").strip();
    }

    /** Looks for forbidden words in the code, comments and texts left out. */
    private static void scanCode(String file, String text, List<Problem> problems) {
        String code = blankCommentsAndStrings(text);
        Matcher m = FORBIDDEN.matcher(code);
        while (m.find()) {
            problems.add(at(file, code, m.start(), "không được dùng '" + m.group(1) + "' trong tệp quy tắc: quy tắc"
                    + " không được lặp, đọc ghi tệp, dùng mạng, luồng, lớp hay bộ máy quy tắc / '" + m.group(1)
                    + "' is not allowed in rule files: rules may not loop, touch files, the network, threads, the class"
                    + " path or the engine"));
        }
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String name = q.group().replaceAll("\\.$", "");
            boolean allowed = JAVA_TYPES.stream().anyMatch(t -> name.equals(t) || name.startsWith(t + "."));
            if (!allowed && !isImportLine(code, q.start())) {
                problems.add(at(file, code, q.start(), "'" + name + "' nằm ngoài từ vựng của bộ quy tắc / '" + name
                        + "' is outside the rule vocabulary"));
            }
        }
    }

    private static boolean isImportLine(String code, int offset) {
        int start = code.lastIndexOf('\n', offset) + 1;
        return code.substring(start, offset).strip().startsWith("import");
    }

    private static Problem at(String file, String code, int offset, String message) {
        int[] at = FindingLocator.position(code, offset);
        return new Problem(file, at[0], at[1], message);
    }

    /** The text with comments replaced by spaces, lines and columns kept. */
    static String blankComments(String text) {
        return blank(text, false);
    }

    /** The text with comments and string literals replaced by spaces, lines and columns kept. */
    static String blankCommentsAndStrings(String text) {
        return blank(text, true);
    }

    private static String blank(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"') {
                out.append('"');
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        out.append(strings ? ' ' : text.charAt(i));
                        i++;
                    }
                    out.append(strings ? ' ' : text.charAt(i));
                    i++;
                }
                if (i < text.length()) {
                    out.append(text.charAt(i));
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
