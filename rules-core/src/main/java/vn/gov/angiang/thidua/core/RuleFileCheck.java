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
 * compiler often loses), imports limited to the vocabulary, every rule in a known phase, and no code
 * that could reach outside the rules — files, the network, threads, reflection, loops that could
 * hang the host. Rule files are data written by policy staff; the host must stay safe whatever they say.
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
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net|io)\\.[A-Za-z_][\\w.]*");

    private RuleFileCheck() {
    }

    static List<Problem> check(RuleSource source) {
        List<Problem> problems = new ArrayList<>();
        if (source.files().isEmpty()) {
            problems.add(new Problem(source.origin(), 0, 0, "no rule files (không có tệp quy tắc nào)"));
        }
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            check(f.getKey(), f.getValue(), problems);
        }
        return problems;
    }

    private static void check(String file, String text, List<Problem> problems) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new Problem(file, e.getLineNumber(), e.getColumn() + 1, e.getMessage()));
            return;
        } catch (StackOverflowError e) {
            problems.add(new Problem(file, 0, 0, "the file nests brackets or expressions too deeply to be read"
                    + " (lồng nhau quá sâu)"));
            return;
        } catch (RuntimeException e) {
            problems.add(new Problem(file, 0, 0, "the file cannot be parsed (không phân tích được): " + e));
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                if (e instanceof ParserError pe) {
                    problems.add(new Problem(file, pe.getRow(), pe.getCol() + 1, plain(pe.getMessage())));
                } else {
                    problems.add(new Problem(file, firstLine(e.getLines()), 0, plain(e.getMessage())));
                }
            }
            return;
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
        for (RuleDescr r : pkg.getRules()) {
            Map<String, AttributeDescr> a = r.getAttributes();
            String phase = phase(a.get("ruleflow-group"), a.get("agenda-group"));
            phase = phase != null ? phase : packagePhase;
            if (phase == null || !Phases.ORDER.contains(phase)) {
                problems.add(new Problem(file, r.getLine(), r.getColumn() + 1, "rule \"" + r.getName() + "\" "
                        + (phase == null ? "belongs to no phase" : "is in the unknown phase \"" + phase + "\"")
                        + ": give it a ruleflow-group among " + Phases.ORDER + " (quy tắc không thuộc bước nào)"));
            }
        }
        scanCode(file, text, problems);
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
            problems.add(at(file, code, m.start(), "'" + m.group(1) + "' is not allowed in rule files: rules may not"
                    + " loop, touch files, the network, threads, the class path or the engine (không được dùng trong"
                    + " tệp quy tắc)"));
        }
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String name = q.group().replaceAll("\\.$", "");
            boolean allowed = JAVA_TYPES.stream().anyMatch(t -> name.equals(t) || name.startsWith(t + "."));
            if (!allowed && !isImportLine(code, q.start())) {
                problems.add(at(file, code, q.start(), "'" + name + "' is outside the rule vocabulary (ngoài từ vựng"
                        + " của bộ quy tắc)"));
            }
        }
    }

    private static boolean isImportLine(String code, int offset) {
        int start = code.lastIndexOf('\n', offset) + 1;
        return code.substring(start, offset).strip().startsWith("import");
    }

    private static Problem at(String file, String code, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(file, line, offset - lineStart + 1, message);
    }

    /** The text with comments and string literals replaced by spaces, lines and columns kept. */
    static String blankCommentsAndStrings(String text) {
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
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
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

    private static String plain(String message) {
        return message == null ? "syntax error" : message.strip();
    }
}
