package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.PackageDescr;
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
    // "Java source of src/main/java/thidua/P22/Lambda….java in error:\n<the source>"
    private static final Pattern JAVA_SOURCE = Pattern.compile("(?s)^Java source of (\\S+\\.java) in error:\\s*\\n(.*)$");
    // "src/main/java/thidua/P22/Lambda….java:24:0: …": the file and line of an error of generated Java.
    private static final Pattern JAVA_POSITION = Pattern.compile("(\\S+\\.java):(\\d+):\\d+:");
    // The piece of DRL a message quotes: "Unable to find class: Groupp", "…expression: scor < 80".
    private static final Pattern SNIPPET = Pattern.compile(
            "(?:Unable to find class|expression|Unable to Analyse Expression|Unknown property)[^:]*:\\s*([^\\n]+)");

    /** Builds of one validation: each finds the errors of the rules left after the earlier ones. */
    private static final int MAX_BUILDS = 8;
    private static final long LOAD_STEPS = 1_000_000;

    private RuleSetCompiler() {
    }

    /** How many times Drools has built a rule set in this JVM (tests see that a cache spared a compile). */
    static long builds() {
        return BUILDS.get();
    }

    /** Rule code that ran away while the rule set was loaded; {@code where} as in {@link Budget.Exceeded}. */
    private static final class RanAway extends RuntimeException {
        final List<String> where;

        RanAway(List<String> where) {
            super("rule code ran away while the rule set was loaded", null, false, false);
            this.where = where;
        }
    }

    static CompiledRuleSet compile(RuleSource source) {
        return compile(source, LoadLimits.defaults());
    }

    /** Compiles {@code source} if it is within {@code limits}, in at most their compile time. */
    static CompiledRuleSet compile(RuleSource source, LoadLimits limits) {
        return compile(source, limits, true);
    }

    /**
     * As {@link #compile(RuleSource, LoadLimits)}; {@code scanWords} false skips the friendly word scan of the
     * text, leaving the compiled-code check alone (for the tests of that check).
     */
    static CompiledRuleSet compile(RuleSource source, LoadLimits limits, boolean scanWords) {
        return withinLimits(source, limits, () -> {
            long started = System.nanoTime();
            return loadChecked(source, deepOrNot(source, () -> checkAndBuild(source, scanWords)), started);
        });
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private record Compiling(Thread thread, long cpuAtStart) {
    }

    /** The processor time a thread has used, or -1 where the JVM does not tell (then only the clock limits). */
    private static long cpuTime(Thread t) {
        try {
            return CPU.isThreadCpuTimeSupported() && CPU.isThreadCpuTimeEnabled() ? CPU.getThreadCpuTime(t.getId()) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The processor time used between two readings, 0 when either is unknown. */
    private static long used(long from, long to) {
        return from < 0 || to < 0 ? 0 : Math.max(0, to - from);
    }

    /** Compiles on daemon threads, so that a compile over its time can be left behind (see {@link #withinLimits}). */
    private static final java.util.concurrent.ExecutorService COMPILING = java.util.concurrent.Executors.newCachedThreadPool(
            task -> {
                Thread t = new Thread(task, "thidua-compile");
                t.setDaemon(true);
                return t;
            });

    /**
     * Does {@code work} if the source is within the limits' files, bytes, rules and nesting, and waits for it
     * while it has used less processor time than their compile time. Drools cannot be stopped midway: a
     * compile over its time is interrupted and left to end on its own thread (the other limits keep that
     * short: they cut off the inputs known to take the compiler long), and its caller is told.
     */
    private static <T> T withinLimits(RuleSource source, LoadLimits limits, java.util.concurrent.Callable<T> work) {
        List<RuleSetException.Problem> over = limits.check(source.files());
        if (!over.isEmpty()) {
            throw new RuleSetException("Rule set '" + source.id() + "' is over a load limit (vượt giới hạn nạp)", over);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        // The compiling thread and its processor time when it started, published together (pool threads are reused).
        java.util.concurrent.atomic.AtomicReference<Compiling> started = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong cpuUsed = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.Future<T> compiling = COMPILING.submit(() -> {
            Compiling c = new Compiling(Thread.currentThread(), cpuTime(Thread.currentThread()));
            started.set(c);
            Thread.currentThread().setContextClassLoader(loader);
            T result = work.call();
            cpuUsed.set(used(c.cpuAtStart(), cpuTime(c.thread())));
            return result;
        });
        // The limit is the compile's own processor time, so that a busy machine does not refuse a sound folder;
        // and six times as long by the clock at most, so that an answer comes however busy it is.
        long cpuLimit = limits.compileTime().toNanos();
        long wallEnd = System.nanoTime() + 6 * cpuLimit;
        try {
            while (true) {
                T result;
                try {
                    result = compiling.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillCompiling) {
                    Compiling c = started.get();
                    long cpu = c == null ? 0 : used(c.cpuAtStart(), cpuTime(c.thread()));
                    if (cpu > cpuLimit || System.nanoTime() - wallEnd > 0) {
                        throw stillCompiling;
                    }
                    continue;
                }
                if (cpuUsed.get() > cpuLimit) { // finished, but over its time: the same answer whatever the timing
                    throw new java.util.concurrent.TimeoutException("finished over its time");
                }
                return result;
            }
        } catch (java.util.concurrent.TimeoutException e) {
            compiling.cancel(true);
            // the file that declares the most is the likeliest cause
            String file = source.files().entrySet().stream()
                    .max(java.util.Comparator.comparingInt(f -> DrlUnits.countUntil(f.getValue(), Integer.MAX_VALUE)[0]))
                    .map(Map.Entry::getKey).orElse("?");
            throw new RuleSetException("Rule set '" + source.id() + "' took too long to compile (biên dịch quá lâu)",
                    List.of(limits.compiledTooLong(file)));
        } catch (InterruptedException e) {
            compiling.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleSetException("Compiling rule set '" + source.id() + "' was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new RuleSetException("Rule set '" + source.id() + "' cannot be compiled: " + e.getCause(), e.getCause());
        }
    }

    /** A rule set so deeply nested (or chained) that checking it overflows the stack is a problem, not a crash. */
    private static <T> T deepOrNot(RuleSource source, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new RuleSetException("Rule set '" + source.id() + "' nests or chains too deeply to be checked"
                    + " (lồng nhau hoặc nối tiếp nhau quá sâu)", List.of(new RuleSetException.Problem(
                    source.files().isEmpty() ? "?" : source.files().keySet().iterator().next(), 0, 0,
                    "bộ quy tắc lồng nhau hoặc gọi nối tiếp nhau quá sâu để kiểm tra / the rules nest or call each"
                            + " other too deeply to be checked")));
        }
    }

    /** Loads a freshly built rule set, whose problems (at load, and of its tables) are placed in its DRL. */
    private static CompiledRuleSet loadChecked(RuleSource source, Precompiled p, long started) {
        try {
            CompiledRuleSet compiled = load(source, p.kjar(), started);
            List<RuleSetException.Problem> incoherent = Coherence.tables(compiled.kieBase(), p.packages(), source.files());
            if (!incoherent.isEmpty()) {
                throw new RuleSetException("Rule set '" + source.id() + "' is not a coherent scoring table"
                        + " (bảng tiêu chí không nhất quán)", sorted(incoherent));
            }
            return compiled;
        } catch (RanAway e) {
            // The outermost generated frame is the rule being built; its from is what ran away.
            List<RuleSetException.Problem> problems = List.of();
            if (!e.where.isEmpty()) {
                String where = e.where.get(e.where.size() - 1);
                int dot = where.lastIndexOf('.');
                String function = e.where.get(0).substring(e.where.get(0).lastIndexOf('.') + 1);
                problems = List.of(new FindingLocator(source.files(), p.packages(), p.constantsOfUsers()).locate(
                        new CompiledRuleCheck.Finding(where.substring(0, dot).replace('.', '/'), where.substring(dot + 1),
                                "from", "chạy mãi không xong ngay khi nạp bộ quy tắc (from trên hàm " + function
                                + " không phụ thuộc dữ kiện nào: hàm chạy một lần khi nạp, không có giới hạn)",
                                "runs without end when the rule set is loaded (a from over the function " + function
                                + ", which depends on no fact: it runs once, at load, outside any evaluation)")));
            }
            throw new RuleSetException("Rule set '" + source.id() + "' does not finish loading (không nạp xong)", problems);
        }
    }

    /**
     * The rule set compiled ahead of time: the bytes of an executable-model kjar (rules, generated classes,
     * model index), checked by the sandbox and counted by the budget, which {@link #fromKjar} loads without
     * parsing DRL or compiling Java.
     */
    static byte[] precompile(RuleSource source) {
        return withinLimits(source, LoadLimits.defaults(), () -> {
            Precompiled p = deepOrNot(source, () -> checkAndBuild(source, true));
            loadChecked(source, p, System.nanoTime()); // every check a folder gets, before the kjar is shipped
            return p.kjar();
        });
    }

    /** A checked and counted kjar, with what locates a later problem in the DRL. */
    private record Precompiled(byte[] kjar, Map<String, PackageDescr> packages, Map<String, List<String>> constantsOfUsers) {
    }

    /**
     * Every problem of the rule set, or its kjar: the checks of the text, then Drools' build — again and
     * again, each time without the rules and functions it found errors in, so that all of them are
     * reported and not only the first — then the check of the compiled code.
     */
    private static Precompiled checkAndBuild(RuleSource source, boolean scanWords) {
        RuleFileCheck.Checked checked = RuleFileCheck.check(source, scanWords);
        List<RuleSetException.Problem> problems = new ArrayList<>(checked.problems());
        problems.addAll(Coherence.names(checked.packages()));
        problems.addAll(NumberTexts.check(source.files()));
        if (checked.packages().size() < source.files().size()) { // a file that does not parse cannot be built
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", sorted(problems));
        }
        Map<String, String> files = new java.util.LinkedHashMap<>(source.files());
        byte[] bytes = null;
        for (int round = 0; round < MAX_BUILDS && bytes == null; round++) {
            List<RuleSetException.Problem> found = new ArrayList<>();
            bytes = build(source, files, found);
            problems.addAll(found);
            if (bytes == null && !Blanking.blankWhereFound(files, found, checked.packages())) {
                break;
            }
        }
        if (!problems.isEmpty() || bytes == null) {
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", sorted(problems));
        }
        long checking = System.nanoTime();
        Kjar kjar = Kjar.read(bytes);
        CompiledRuleCheck.Result result = CompiledRuleCheck.check(kjar.classes());
        if (!result.findings().isEmpty()) {
            FindingLocator locator = new FindingLocator(source.files(), checked.packages(), result.constantsOfUsers());
            throw new RuleSetException("Rule set '" + source.id() + "' uses code that rules may not use"
                    + " (bộ quy tắc dùng mã không được phép)",
                    sorted(result.findings().stream().map(locator::locate).distinct().toList()));
        }
        byte[] counted = kjar.withTicks();
        LOG.debug("Sandbox check and step counters of {}: {} classes in {} ms", source.id(), kjar.classes().size(),
                (System.nanoTime() - checking) / 1_000_000);
        return new Precompiled(counted, checked.packages(), result.constantsOfUsers());
    }

    private static List<RuleSetException.Problem> sorted(List<RuleSetException.Problem> problems) {
        return problems.stream().distinct().sorted(java.util.Comparator.comparing(RuleSetException.Problem::file)
                .thenComparingInt(RuleSetException.Problem::line)
                .thenComparingInt(RuleSetException.Problem::column)).toList();
    }

    /** A rule set from the kjar {@link #precompile} made of the same source; checked again before it is loaded. */
    static CompiledRuleSet fromKjar(RuleSource source, byte[] kjar) {
        return load(source, kjar, System.nanoTime());
    }

    private static CompiledRuleSet load(RuleSource source, byte[] bytes, long started) {
        long checking = System.nanoTime();
        Kjar kjar = Kjar.read(bytes);
        CompiledRuleCheck.Result result = CompiledRuleCheck.check(kjar.classes());
        LOG.debug("Sandbox check of the compiled {}: {} ms", source.id(), (System.nanoTime() - checking) / 1_000_000);
        if (!result.findings().isEmpty() || !kjar.counted()) {
            throw new RuleSetException("The compiled rule set '" + source.id() + "' was not made by this compiler"
                    + " (bộ quy tắc đã biên dịch không hợp lệ)", List.of());
        }
        return load(kjar, source, started, result.constantsOfUsers());
    }

    /** The kjar Drools builds of these files, or null with the build's errors added to {@code problems}. */
    private static byte[] build(RuleSource source, Map<String, String> files, List<RuleSetException.Problem> problems) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP, safe(source.id()), "1." + BUILDS.incrementAndGet());
        try {
            KieFileSystem kfs = ks.newKieFileSystem();
            kfs.generateAndWritePomXML(releaseId);
            // An explicit (default) kmodule.xml, so that the kjar bytes of a precompiled set can be read back.
            kfs.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>");
            for (Map.Entry<String, String> f : files.entrySet()) {
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
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            Map<String, String> generated = new java.util.HashMap<>(); // the generated Java in error, by file
            for (Message m : errors) {
                Matcher java = JAVA_SOURCE.matcher(m.getText());
                if (java.find()) {
                    generated.put(java.group(1).replaceFirst("^.*?/thidua/", "thidua/"), java.group(2));
                }
            }
            for (Message m : errors) {
                if (!m.getText().startsWith("Java source of")) { // the generated Java, in full: its errors follow
                    problems.add(problem(m, source, generated));
                }
            }
            return errors.isEmpty() ? ((InternalKieModule) builder.getKieModule()).getBytes() : null;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static CompiledRuleSet load(Kjar kjar, RuleSource source, long started,
                                        Map<String, List<String>> constantsOfUsers) {
        KieBase kieBase;
        // Loading runs rule code too (a from over a constant is read once, here): it gets a budget of its own.
        try (Budget.Scope budget = Budget.open(DroolsEvaluator.DEFAULT_TIME_LIMIT.toNanos(), LOAD_STEPS, Long.MAX_VALUE)) {
            kieBase = KjarKieBase.of(kjar, source.id());
        } catch (RuleSetException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Budget.Exceeded x) {
                    throw new RanAway(x.where);
                }
            }
            if (e instanceof VirtualMachineError) {
                throw new RanAway(List.of());
            }
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
        LOG.debug("Rule set {} {} ({} rules) ready in {} ms", source.id(), source.version(), names.size(),
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
    private static RuleSetException.Problem problem(Message m, RuleSource source, Map<String, String> generated) {
        String file = m.getPath() == null ? "?" : m.getPath().replaceFirst("^.*thidua/", "");
        String text = m.getText().strip();
        int cut = text.indexOf("Problem stacktrace");
        if (cut >= 0) {
            text = text.substring(0, cut).strip();
        }
        if (file.endsWith(".java")) {
            return javaProblem(text, m.getPath() + ":" + m.getLine() + ":0: " + text, source, generated);
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
        Matcher field = DroolsMessages.UNKNOWN_FIELD.matcher(text);
        if (line == 0 && field.find()) {
            String type = field.group(2).substring(field.group(2).lastIndexOf('.') + 1);
            int[] at = find(drl, type + "." + field.group(1));
            at = at[0] > 0 ? at : find(drl, field.group(1));
            line = at[0];
            column = at[1];
        }
        if (line == 0) {
            Matcher snippet = SNIPPET.matcher(text);
            if (snippet.find()) {
                int[] at = quoted(drl, snippet.group(1).strip());
                line = at[0];
                column = at[1];
            }
        }
        return new RuleSetException.Problem(file, line, column, DroolsMessages.drl(text));
    }

    /**
     * An error of the Java that Drools generated from a rule's consequence or a function: placed where the
     * name it complains of is written in the rule files, in plain words.
     */
    private static RuleSetException.Problem javaProblem(String text, String located, RuleSource source,
                                                        Map<String, String> generated) {
        String message = text.replaceFirst("(?s)^.*?\\.java:\\d+:\\d+:\\s*", "").strip();
        // The generated line in error, as the rule file has it (the consequence is copied nearly word for word).
        Matcher position = JAVA_POSITION.matcher(located);
        if (position.find()) {
            String java = generated.get(position.group(1).replaceFirst("^.*?/?thidua/", "thidua/"));
            String[] lines = java == null ? new String[0] : java.split("\n", -1);
            int l = Integer.parseInt(position.group(2));
            String code = l >= 1 && l <= lines.length ? lines[l - 1].strip().replace("drools.", "") : "";
            for (Map.Entry<String, String> f : source.files().entrySet()) {
                int[] at = code.length() < 6 ? null : quotedOrNull(f.getValue(), code);
                if (at != null) {
                    return new RuleSetException.Problem(f.getKey(), at[0], at[1], DroolsMessages.java(message));
                }
            }
        }
        String name = DroolsMessages.javaName(message);
        String words = DroolsMessages.java(message);
        if (name != null) {
            for (Map.Entry<String, String> f : source.files().entrySet()) {
                int[] at = wordAt(RuleFileCheck.blankCommentsAndStrings(f.getValue()), name);
                if (at != null) {
                    return new RuleSetException.Problem(f.getKey(), at[0], at[1], words);
                }
            }
        }
        return new RuleSetException.Problem(source.files().isEmpty() ? "?" : source.files().keySet().iterator().next(),
                0, 0, words);
    }

    /** As {@link #quoted}, but null where the whole text is not found. */
    private static int[] quotedOrNull(String drl, String what) {
        String code = RuleFileCheck.blankComments(drl);
        StringBuilder regex = new StringBuilder();
        for (String w : what.split("\\s+")) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(code);
        return m.find() ? FindingLocator.position(code, m.start()) : null;
    }

    /** Line and column of the first whole-word {@code word} in the text, or null. */
    private static int[] wordAt(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(text);
        return m.find() ? FindingLocator.position(text, m.start()) : null;
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

    /**
     * Where the code a message quotes is written, outside comments, blanks between its words as they come;
     * failing that, where its first word is; else 0, 0.
     */
    private static int[] quoted(String drl, String what) {
        String code = RuleFileCheck.blankComments(drl);
        String[] words = what.split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(code);
        if (m.find()) {
            return FindingLocator.position(code, m.start());
        }
        return words.length > 1 ? quoted(drl, words[0]) : find(code, what);
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
