package vn.gov.angiang.thidua.core;

import org.drools.model.codegen.ExecutableModelProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL text into a knowledge base with Drools' executable model, at run time, so that a
 * folder edited by policy staff is used as it stands. Every problem is reported with its file, line
 * and column.
 */
final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String RESOURCE_DIR = "src/main/resources/thidua/";
    private static final String GROUP = "vn.gov.angiang.thidua.generated";
    private static final AtomicLong BUILDS = new AtomicLong();
    // Drools puts the position inside the text: "[6,17]: …" or "Line 6:17 …".
    private static final Pattern POSITION = Pattern.compile("(?:\\[(\\d+),(\\d+)]|[Ll]ine (\\d+):(\\d+))");
    // "(line 2,col 44)": a position inside a rule's consequence.
    private static final Pattern CONSEQUENCE_POSITION = Pattern.compile("\\(line (\\d+),\\s*col (\\d+)\\)");
    // The piece of DRL a message quotes: "Unable to find class: Groupp", "…expression: scor < 80".
    private static final Pattern SNIPPET = Pattern.compile(
            "(?:Unable to find class|expression|Unable to Analyse Expression|Unknown property)[^:]*:\\s*([^\\n:]+)");

    private RuleSetCompiler() {
    }

    static CompiledRuleSet compile(RuleSource source) {
        return compile(source, true);
    }

    /** {@code scanWords} false skips the friendly word scan of the text, leaving the compiled-code check alone. */
    static CompiledRuleSet compile(RuleSource source, boolean scanWords) {
        long started = System.nanoTime();
        return load(source, precompile(source, scanWords), started);
    }

    /**
     * The rule set compiled ahead of time: the bytes of an executable-model kjar (rules, generated classes,
     * model index), checked by the sandbox and counted by the budget, which {@link #fromKjar} loads without
     * parsing DRL or compiling Java.
     */
    static byte[] precompile(RuleSource source) {
        return precompile(source, true);
    }

    static byte[] precompile(RuleSource source, boolean scanWords) {
        RuleFileCheck.Checked checked = RuleFileCheck.check(source, scanWords);
        if (!checked.problems().isEmpty()) {
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", checked.problems());
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP, safe(source.id()), "1." + BUILDS.incrementAndGet());
        byte[] bytes;
        try {
            bytes = ((InternalKieModule) build(ks, releaseId, source).getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        Kjar kjar = Kjar.read(bytes);
        CompiledRuleCheck.Result result = CompiledRuleCheck.check(kjar.classes());
        if (!result.findings().isEmpty()) {
            FindingLocator locator = new FindingLocator(source.files(), checked.packages(), result.constantsOfUsers());
            List<RuleSetException.Problem> problems = result.findings().stream().map(locator::locate).distinct()
                    .sorted(java.util.Comparator.comparing(RuleSetException.Problem::file)
                            .thenComparingInt(RuleSetException.Problem::line)
                            .thenComparingInt(RuleSetException.Problem::column))
                    .toList();
            throw new RuleSetException("Rule set '" + source.id() + "' uses code that rules may not use"
                    + " (bộ quy tắc dùng mã không được phép)", problems);
        }
        return kjar.withTicks();
    }

    /** A rule set from the kjar {@link #precompile} made of the same source; checked again before it is loaded. */
    static CompiledRuleSet fromKjar(RuleSource source, byte[] kjar) {
        return load(source, kjar, System.nanoTime());
    }

    private static CompiledRuleSet load(RuleSource source, byte[] bytes, long started) {
        Kjar kjar = Kjar.read(bytes);
        CompiledRuleCheck.Result result = CompiledRuleCheck.check(kjar.classes());
        if (!result.findings().isEmpty() || !kjar.counted()) {
            throw new RuleSetException("The compiled rule set '" + source.id() + "' was not made by this compiler"
                    + " (bộ quy tắc đã biên dịch không hợp lệ)", List.of());
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(bytes)).getReleaseId();
        try {
            return load(ks, releaseId, source, started, result.constantsOfUsers());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static KieBuilder build(KieServices ks, ReleaseId releaseId, RuleSource source) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // An explicit (default) kmodule.xml, so that the kjar bytes of a precompiled set can be read back.
        kfs.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>");
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            kfs.write(RESOURCE_DIR + f.getKey(), f.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (StackOverflowError e) {
            throw new RuleSetException("Rule set '" + source.id() + "' nests expressions too deeply to be compiled"
                    + " (lồng nhau quá sâu)", e);
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + source.id() + "' cannot be compiled (không biên dịch được): "
                    + e.getMessage(), e);
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(m, source));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", problems);
        }
        return builder;
    }

    private static CompiledRuleSet load(KieServices ks, ReleaseId releaseId, RuleSource source, long started,
                                        Map<String, List<String>> constantsOfUsers) {
        KieBase kieBase;
        try {
            kieBase = ks.newKieContainer(releaseId).getKieBase();
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + source.id() + "' cannot be loaded (không nạp được): "
                    + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        LOG.info("Rule set {} {} ({} rules) ready in {} ms", source.id(), source.version(), names.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new CompiledRuleSet(new RuleSetInfo(source.id(), source.version(), source.sha256()), kieBase,
                List.copyOf(names), ruleOfCode(constantsOfUsers, names));
    }

    /**
     * Which rule each generated class or function method was made for ("thidua/P22/LambdaPredicate…" or
     * "thidua/Rules….firstEvidenceDay" → the rule's name or "function firstEvidenceDay"), to name the rule
     * that was running when an evaluation stops.
     */
    private static Map<String, String> ruleOfCode(Map<String, List<String>> constantsOfUsers, List<String> ruleNames) {
        java.util.Set<String> names = new java.util.HashSet<>(ruleNames);
        Map<String, String> ruleOf = new java.util.HashMap<>();
        constantsOfUsers.forEach((code, constants) -> constants.stream().filter(names::contains).findFirst()
                .ifPresent(rule -> ruleOf.put(code, rule)));
        return Map.copyOf(ruleOf);
    }

    /**
     * One compiler message as file, line, column and plain words. The executable model often gives line 0
     * (an unknown class or property) or a position inside the rule's consequence; the position is then
     * found in the file's text.
     */
    private static RuleSetException.Problem problem(Message m, RuleSource source) {
        String file = m.getPath() == null ? "?" : m.getPath().replaceFirst("^.*thidua/", "");
        String text = m.getText().strip();
        int cut = text.indexOf("Problem stacktrace");
        if (cut >= 0) {
            text = text.substring(0, cut).strip();
        }
        String drl = source.files().getOrDefault(file, "");
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0);
        Matcher pos = POSITION.matcher(text);
        Matcher inConsequence = CONSEQUENCE_POSITION.matcher(text);
        if (inConsequence.find() && line > 0) {
            int then = lineOf(drl, "then", line);
            if (then > 0) {
                // The consequence's line 1 is the rest of the "then" line, usually empty.
                boolean codeOnThenLine = drl.split("\\n", -1)[then - 1].strip().length() > "then".length();
                line = then + Integer.parseInt(inConsequence.group(1)) - (codeOnThenLine ? 2 : 1);
                column = Integer.parseInt(inConsequence.group(2));
            }
        } else if (pos.find()) {
            int l = Integer.parseInt(pos.group(1) != null ? pos.group(1) : pos.group(3));
            int c = Integer.parseInt(pos.group(2) != null ? pos.group(2) : pos.group(4));
            if (line == 0) {
                line = l;
            }
            if (column == 0 && l == line) {
                column = c + 1; // Drools counts columns from 0
            }
        }
        if (line == 0) {
            Matcher snippet = SNIPPET.matcher(text);
            if (snippet.find()) {
                int[] at = find(drl, snippet.group(1).strip());
                line = at[0];
                column = at[1];
            }
        }
        return new RuleSetException.Problem(file, line, column, plainWords(text));
    }

    /** The compiler's words, led by a plain explanation for the mistakes policy staff make most. */
    static String plainWords(String text) {
        String t = text.replaceAll("expected one of .*", "").strip();
        Matcher m;
        if ((m = Pattern.compile("Unable to find class: (\\S+)").matcher(t)).find()) {
            return "không có kiểu dữ kiện '" + m.group(1) + "' trong từ vựng / there is no fact type '" + m.group(1)
                    + "' in the rule vocabulary (" + t + ")";
        }
        if (t.startsWith("Unable to parse left part of expression") || t.startsWith("Unable to Analyse Expression")) {
            return "không hiểu điều kiện này: tên trường viết sai? / this condition cannot be understood: a misspelt"
                    + " field? (" + t + ")";
        }
        if (t.startsWith("Unable to parse consequence")) {
            return "phần 'then' viết sai cú pháp Java / the 'then' part is not valid Java (" + t + ")";
        }
        return t;
    }

    /** The first line at or after {@code from} that starts with {@code word}, or 0. */
    private static int lineOf(String drl, String word, int from) {
        String[] lines = drl.split("\n", -1);
        for (int i = Math.max(from - 1, 0); i < lines.length; i++) {
            if (lines[i].strip().startsWith(word)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Line and column (from 1) of the first occurrence of {@code what} in the text, or 0, 0. */
    private static int[] find(String drl, String what) {
        int at = what.isEmpty() ? -1 : drl.indexOf(what);
        return at < 0 ? new int[]{0, 0} : FindingLocator.position(drl, at);
    }

    private static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_.-]", "-");
        return s.isEmpty() ? "rules" : s;
    }
}
