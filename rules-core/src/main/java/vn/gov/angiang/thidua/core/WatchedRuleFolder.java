package vn.gov.angiang.thidua.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An evaluator that follows a rule folder: when its files change (and then stay unchanged for a short
 * while), one snapshot of the folder — its rule files and its scenario files, read together
 * ({@link RuleFolderSnapshot}) — is compiled (unless those rules were compiled already: the in-use set,
 * the last candidate, or the compiled-set cache) and checked off the evaluation path, on a thread of
 * its own; a change that settles meanwhile supersedes it. Its {@link RuleSetGate} is asked
 * (rules-test's {@code Scenarios.gate()} runs the folder's own scenario files), and only if everything
 * passes does it replace the rules in use — atomically: an
 * evaluation that started before finishes on the rule set it began with, and each evaluation names
 * the sha256 of the set that produced it. A folder that does not compile, or breaks its scenarios,
 * leaves the last good set in use; the host hears why through SLF4J and its {@link RuleFolderListener}.
 * <pre>
 * try (ReloadableEvaluator rules = RuleSets.watch(dir, listener, Scenarios.gate())) {
 *     Evaluation e = rules.evaluate(dossier, day);
 * }
 * </pre>
 */
final class WatchedRuleFolder implements ReloadableEvaluator, InspectableEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedRuleFolder.class);
    /** How long a folder must stay unchanged before it is reloaded: an editor saves several files in a row. */
    public static final Duration QUIET = Duration.ofMillis(300);

    private final Path dir;
    private final RuleFolderListener listener;
    private final RuleSetGate gate;
    private final DroolsEvaluator evaluator;
    /** Compiles a candidate's rules: through the compiled-set cache when the host gave a cache folder. */
    private final Function<RuleSource, CompiledRuleSet> compiler;
    private final WatchService watcher;
    private final Thread thread;
    /** Compiles and judges candidates, so that the watching thread sees newer changes meanwhile. */
    private final Thread worker;
    /** Counts the changes of the folder that settled; a candidate read before the latest one is superseded. */
    private final AtomicLong settled = new AtomicLong();
    /** The snapshot in use (for the rules' sha256), and the last compiled candidate, kept to be judged again. */
    private volatile RuleFolderSnapshot inUse;
    private CompiledRuleSet lastCompiled;

    private WatchedRuleFolder(RuleFolderSnapshot first, RuleFolderListener listener, RuleSetGate gate,
                              DroolsEvaluator evaluator, Function<RuleSource, CompiledRuleSet> compiler, boolean follow)
            throws IOException {
        this.dir = first.folder();
        this.inUse = first;
        this.listener = listener;
        this.gate = gate;
        this.evaluator = evaluator;
        this.compiler = compiler;
        this.watcher = follow ? FileSystems.getDefault().newWatchService() : null;
        this.thread = follow ? new Thread(this::watchLoop, "thidua-rules-watch-" + dir.getFileName()) : null;
        this.worker = follow ? new Thread(this::compileLoop, "thidua-rules-compile-" + dir.getFileName()) : null;
        if (follow) {
            register(dir);
            if (Files.isSymbolicLink(dir)) {
                // A folder published as a link to an immutable copy (the workbench) changes by the link being
                // replaced in one rename: that happens in the link's parent, so the parent is followed too.
                dir.toAbsolutePath().getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
            thread.setDaemon(true);
            worker.setDaemon(true);
            worker.start();
            thread.start();
        }
    }

    /**
     * Compiles the folder and follows it. Throws {@link RuleSetException} if the folder, as it is now, does
     * not compile or fails its gate: there is no last good set to fall back on yet.
     */
    static WatchedRuleFolder watch(Path dir, RuleFolderListener listener, RuleSetGate gate,
                                   Function<RuleSource, CompiledRuleSet> compiler, Duration timeLimit) {
        return open(dir, listener, gate, compiler, timeLimit, true);
    }

    /** As {@link #watch}; {@code follow} false reloads only on {@link #reloadNow()} (tests, hosts with their own trigger). */
    static WatchedRuleFolder open(Path dir, RuleFolderListener listener, RuleSetGate gate,
                                  Function<RuleSource, CompiledRuleSet> compiler, boolean follow) {
        return open(dir, listener, gate, compiler, RuleSetOptions.DEFAULT_TIME_LIMIT, follow);
    }

    private static WatchedRuleFolder open(Path dir, RuleFolderListener listener, RuleSetGate gate,
                                          Function<RuleSource, CompiledRuleSet> compiler, Duration timeLimit,
                                          boolean follow) {
        RuleFolderSnapshot snapshot = RuleFolderSnapshot.read(dir);
        CompiledRuleSet first = compiler.apply(snapshot.rules());
        List<String> failed = gate.failures(new DroolsEvaluator(first), snapshot);
        if (!failed.isEmpty()) {
            throw new RuleSetException("The rule folder " + dir + " fails its gate (kiểm tra không đạt): "
                    + snapshot.describe() + "\n" + String.join("\n", failed), List.of());
        }
        try {
            WatchedRuleFolder folder = new WatchedRuleFolder(snapshot, listener == null ? new RuleFolderListener() { }
                    : listener, gate, new DroolsEvaluator(first).withTimeLimit(timeLimit), compiler, follow);
            folder.lastCompiled = first;
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the rule folder " + dir, e);
        }
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn) {
        return evaluator.evaluate(dossier, consideredOn);
    }

    @Override
    public Evaluation explain(Dossier dossier, LocalDate consideredOn) {
        return evaluator.explain(dossier, consideredOn);
    }

    @Override
    public Evaluation evaluate(Dossier dossier, LocalDate consideredOn, Consumer<String> firedRules) {
        return evaluator.evaluate(dossier, consideredOn, firedRules);
    }

    @Override
    public RuleSetInfo ruleSet() {
        return evaluator.ruleSet();
    }

    @Override
    public List<String> ruleNames() {
        return evaluator.ruleNames();
    }

    /** Shares the rules, not the watch: the copy follows nothing, and the folder's reloads reach it. */
    @Override
    public InspectableEvaluator withTimeLimit(Duration limit) {
        return evaluator.withTimeLimit(limit);
    }

    @Override
    public Duration timeLimit() {
        return evaluator.timeLimit();
    }

    /** As a change of the folder would; a refusal is thrown with its problems, or its failing scenario cases. */
    @Override
    public RuleSetInfo reload() {
        RejectionRecorder recorder = new RejectionRecorder();
        if (!reloadNow(recorder)) {
            List<RuleSetException.Problem> problems = recorder.problems.isEmpty()
                    ? recorder.failedScenarios.stream().map(f -> new RuleSetException.Problem(dir.toString(), 0, 0, f))
                    .toList() : recorder.problems;
            throw new RuleSetException("The rule folder " + dir + " was not put in use (candidate "
                    + recorder.candidate.describe() + "); "
                    + evaluator.ruleSet().id() + " " + evaluator.ruleSet().sha256() + " stays", problems);
        }
        return evaluator.ruleSet();
    }

    /** Keeps what {@link #reloadNow(RuleFolderListener)} refused, for {@link #reload()} to throw. */
    private static final class RejectionRecorder implements RuleFolderListener {
        List<RuleSetException.Problem> problems = List.of();
        List<String> failedScenarios = List.of();
        RuleFolderSnapshot candidate;

        @Override
        public void rejected(RuleSetInfo stillInUse, RuleFolderSnapshot candidate, List<RuleSetException.Problem> problems,
                             List<String> failed) {
            this.candidate = candidate;
            this.problems = problems;
            this.failedScenarios = failed;
        }
    }

    /**
     * Reloads now, as a change of the folder would: true if the folder's rules are in use afterwards
     * (reloaded, or unchanged), false if they were rejected.
     */
    public boolean reloadNow() {
        return reloadNow(null, -1);
    }

    private boolean reloadNow(RuleFolderListener caller) {
        return reloadNow(caller, -1);
    }

    /**
     * Reads one snapshot of the folder and judges it. {@code change} is the number of the settled change
     * that asked for it (-1 when asked by hand): once a newer change has settled, the candidate is
     * superseded and dropped at the next step, so that the newest edit is compiled as soon as can be.
     */
    private synchronized boolean reloadNow(RuleFolderListener caller, long change) {
        RuleFolderListener listener = caller == null ? this.listener : both(this.listener, caller);
        RuleSetInfo before = evaluator.ruleSet();
        RuleFolderSnapshot snapshot = null;
        CompiledRuleSet candidate;
        try {
            snapshot = RuleFolderSnapshot.read(dir);
            if (snapshot.rulesSha256().equals(inUse.rulesSha256())) {
                inUse = snapshot;
                return true;
            }
            candidate = lastCompiled != null && sameRules(lastCompiled.info(), snapshot.rules()) ? lastCompiled
                    : compiler.apply(snapshot.rules());
            lastCompiled = candidate;
        } catch (ThiDuaException | UncheckedIOException e) {
            List<RuleSetException.Problem> problems = e instanceof RuleSetException r && !r.problems().isEmpty()
                    ? r.problems() : List.of(new RuleSetException.Problem(dir.toString(), 0, 0, e.getMessage()));
            if (superseded(change)) {
                return false;
            }
            String named = snapshot == null ? "(unreadable)" : snapshot.describe();
            LOG.warn("Rule folder {} changed but does not compile: candidate {}; {} {} stays in use: {}", dir, named,
                    before.id(), before.sha256(), problems);
            listener.rejected(before, snapshot, problems, List.of());
            return false;
        }
        if (superseded(change)) {
            return false;
        }
        List<String> failed = gate.failures(new DroolsEvaluator(candidate), snapshot);
        if (superseded(change)) {
            return false;
        }
        if (!failed.isEmpty()) {
            LOG.warn("Rule folder {} changed but fails {} of its scenario cases: candidate {}; {} {} stays in use: {}",
                    dir, failed.size(), snapshot.describe(), before.id(), before.sha256(), failed);
            listener.rejected(before, snapshot, List.of(), failed);
            return false;
        }
        evaluator.use(candidate);
        inUse = snapshot;
        LOG.info("Rule folder {} reloaded: {} replaces {}", dir, snapshot.describe(), before.sha256());
        listener.reloaded(candidate.info(), before);
        return true;
    }

    private static boolean sameRules(RuleSetInfo compiled, RuleSource source) {
        return compiled.sha256().equals(source.sha256()) && compiled.id().equals(source.id())
                && compiled.version().equals(source.version());
    }

    /** Whether a change newer than {@code change} has settled: its candidate is read and judged instead. */
    private boolean superseded(long change) {
        if (change < 0 || settled.get() == change) {
            return false;
        }
        LOG.debug("Rule folder {}: a newer change supersedes the candidate in progress", dir);
        return true;
    }

    private static RuleFolderListener both(RuleFolderListener first, RuleFolderListener second) {
        return new RuleFolderListener() {
            @Override
            public void reloaded(RuleSetInfo now, RuleSetInfo before) {
                first.reloaded(now, before);
                second.reloaded(now, before);
            }

            @Override
            public void rejected(RuleSetInfo stillInUse, RuleFolderSnapshot candidate,
                                 List<RuleSetException.Problem> problems, List<String> failed) {
                first.rejected(stillInUse, candidate, problems, failed);
                second.rejected(stillInUse, candidate, problems, failed);
            }
        };
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // Quiet period: wait until the folder stops changing.
                for (WatchKey next; (next = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    drain(next);
                }
                synchronized (settled) {
                    settled.incrementAndGet();
                    settled.notifyAll();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Judges the newest settled change, one at a time; changes that settle meanwhile are folded into the next. */
    private void compileLoop() {
        long done = 0;
        try {
            while (true) {
                long change;
                synchronized (settled) {
                    while (settled.get() == done) {
                        settled.wait();
                    }
                    change = settled.get();
                }
                done = change;
                try {
                    reloadNow(null, change);
                    if (Files.isSymbolicLink(dir)) {
                        register(dir); // the copy the link leads to now
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Reloading the rule folder {} failed", dir, e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p && key.watchable() instanceof Path parent
                    && Files.isDirectory(parent.resolve(p))) {
                try {
                    register(parent.resolve(p)); // a new subfolder (scenario bases) is followed too
                } catch (IOException e) {
                    LOG.debug("Cannot watch {}", parent.resolve(p), e);
                }
            }
        }
        key.reset();
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder, 4)) {
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                f.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Stops following the folder; the rules in use stay usable. */
    @Override
    public void close() {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch of {}", dir, e);
        }
        thread.interrupt();
        worker.interrupt();
    }
}
