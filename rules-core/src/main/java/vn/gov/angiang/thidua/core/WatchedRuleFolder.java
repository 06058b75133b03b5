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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An evaluator that follows a rule folder: when its files change (and then stay unchanged for a short
 * while), the folder is compiled and checked off the evaluation path, its {@link RuleSetGate} is asked
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
    private final WatchService watcher;
    private final Thread thread;

    private WatchedRuleFolder(Path dir, RuleFolderListener listener, RuleSetGate gate, DroolsEvaluator evaluator,
                              boolean follow) throws IOException {
        this.dir = dir;
        this.listener = listener;
        this.gate = gate;
        this.evaluator = evaluator;
        this.watcher = follow ? FileSystems.getDefault().newWatchService() : null;
        this.thread = follow ? new Thread(this::watchLoop, "thidua-rules-watch-" + dir.getFileName()) : null;
        if (follow) {
            register(dir);
            if (Files.isSymbolicLink(dir)) {
                // A folder published as a link to an immutable copy (the workbench) changes by the link being
                // replaced in one rename: that happens in the link's parent, so the parent is followed too.
                dir.toAbsolutePath().getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Compiles the folder and follows it. Throws {@link RuleSetException} if the folder, as it is now, does
     * not compile or fails its gate: there is no last good set to fall back on yet.
     */
    public static WatchedRuleFolder watch(Path dir, RuleFolderListener listener, RuleSetGate gate) {
        return open(dir, listener, gate, true);
    }

    /** As {@link #watch}; {@code follow} false reloads only on {@link #reloadNow()} (tests, hosts with their own trigger). */
    static WatchedRuleFolder open(Path dir, RuleFolderListener listener, RuleSetGate gate, boolean follow) {
        RuleSource source = RuleSource.fromDirectory(dir);
        CompiledRuleSet first = RuleSetCompiler.compile(source);
        List<String> failed = gate.failures(new DroolsEvaluator(first), source, dir);
        if (!failed.isEmpty()) {
            throw new RuleSetException("The rule folder " + dir + " fails its gate (kiểm tra không đạt):\n"
                    + String.join("\n", failed), List.of());
        }
        try {
            return new WatchedRuleFolder(dir, listener == null ? new RuleFolderListener() { } : listener, gate,
                    new DroolsEvaluator(first), follow);
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
            throw new RuleSetException("The rule folder " + dir + " was not put in use; "
                    + evaluator.ruleSet().id() + " " + evaluator.ruleSet().sha256() + " stays", problems);
        }
        return evaluator.ruleSet();
    }

    /** Keeps what {@link #reloadNow(RuleFolderListener)} refused, for {@link #reload()} to throw. */
    private static final class RejectionRecorder implements RuleFolderListener {
        List<RuleSetException.Problem> problems = List.of();
        List<String> failedScenarios = List.of();

        @Override
        public void rejected(RuleSetInfo stillInUse, List<RuleSetException.Problem> problems, List<String> failed) {
            this.problems = problems;
            this.failedScenarios = failed;
        }
    }

    /**
     * Reloads now, as a change of the folder would: true if the folder's rules are in use afterwards
     * (reloaded, or unchanged), false if they were rejected.
     */
    public boolean reloadNow() {
        return reloadNow(null);
    }

    /** As {@link #reloadNow()}; {@code caller}, when not null, hears of the outcome as the listener does. */
    private synchronized boolean reloadNow(RuleFolderListener caller) {
        RuleFolderListener listener = caller == null ? this.listener : both(this.listener, caller);
        RuleSetInfo before = evaluator.ruleSet();
        CompiledRuleSet candidate;
        RuleSource source;
        try {
            source = RuleSource.fromDirectory(dir);
            if (source.sha256().equals(before.sha256())) {
                return true;
            }
            candidate = RuleSetCompiler.compile(source);
        } catch (ThiDuaException | UncheckedIOException e) {
            List<RuleSetException.Problem> problems = e instanceof RuleSetException r && !r.problems().isEmpty()
                    ? r.problems() : List.of(new RuleSetException.Problem(dir.toString(), 0, 0, e.getMessage()));
            LOG.warn("Rule folder {} changed but does not compile; {} {} stays in use: {}", dir, before.id(),
                    before.sha256(), problems);
            listener.rejected(before, problems, List.of());
            return false;
        }
        List<String> failed = gate.failures(new DroolsEvaluator(candidate), source, dir);
        if (!failed.isEmpty()) {
            LOG.warn("Rule folder {} changed but fails {} of its scenario cases; {} {} stays in use: {}", dir,
                    failed.size(), before.id(), before.sha256(), failed);
            listener.rejected(before, List.of(), failed);
            return false;
        }
        evaluator.use(candidate);
        LOG.info("Rule folder {} reloaded: {} {} ({}) replaces {}", dir, candidate.info().id(),
                candidate.info().version(), candidate.info().sha256(), before.sha256());
        listener.reloaded(candidate.info(), before);
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
            public void rejected(RuleSetInfo stillInUse, List<RuleSetException.Problem> problems, List<String> failed) {
                first.rejected(stillInUse, problems, failed);
                second.rejected(stillInUse, problems, failed);
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
                try {
                    reloadNow();
                    if (Files.isSymbolicLink(dir)) {
                        register(dir); // the copy the link leads to now
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Reloading the rule folder {} failed", dir, e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
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
    }
}
