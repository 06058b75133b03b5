package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where evaluators come from: the embedded default rule set, a folder of DRL files, or DRL text. Making
 * one loads or compiles a rule set (about a second from the precompiled embedded set, a few seconds from
 * DRL): make it once when the host starts and share it — every evaluator is thread-safe.
 * <pre>
 * Evaluator evaluator = RuleSets.defaults();                                 // the 2026 rule set
 * ReloadableEvaluator edited = RuleSets.fromDirectory(Path.of("rules-copy")); // a folder of edited DRL
 * edited.reload();                                                           // after the folder changed
 * </pre>
 * Every evaluator logs through SLF4J only: nothing at INFO per dossier, the rules that fire at DEBUG
 * (logger {@code vn.gov.angiang.thidua.core.DroolsEvaluator}), and the id of the dossier being evaluated
 * in the MDC under {@link #MDC_DOSSIER_ID}.
 */
public final class RuleSets {

    /** The classpath folder of the default rule set (shipped by {@code rules-drl}). */
    public static final String DEFAULT_FOLDER = "thidua/rules";

    /** The MDC key that holds the id of the dossier being evaluated, for the host's log pattern ({@code %X{dossierId}}). */
    public static final String MDC_DOSSIER_ID = "dossierId";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleSets.class);

    private RuleSets() {
    }

    /**
     * The default 2026 rule set of the Board, embedded in {@code rules-drl}: loaded from the kjar
     * precompiled at build time when it was made from exactly these DRL files, compiled now otherwise.
     *
     * @return an evaluator of the default rule set, to share
     * @throws RuleSetException when {@code rules-drl} is not on the classpath
     */
    public static Evaluator defaults() {
        RuleSource source = defaultSource();
        return precompiled(source, RuleSets.class.getClassLoader()).orElseGet(() -> new DroolsEvaluator(
                RuleSetCompiler.compile(source)));
    }

    /**
     * The default 2026 rule set, as {@link #defaults()}, evaluated under {@code options} (its time limit).
     *
     * @param options the time limit of each evaluation
     * @return an evaluator of the default rule set, to share
     * @throws RuleSetException when {@code rules-drl} is not on the classpath
     */
    public static Evaluator defaults(RuleSetOptions options) {
        return ((DroolsEvaluator) defaults()).withTimeLimit(options.timeLimit());
    }

    /**
     * The default rule set loaded from its precompiled kjar, if that kjar is there and made from the same DRL.
     *
     * @return the evaluator, or empty when the default rule set would have to be compiled
     */
    public static Optional<Evaluator> precompiledDefaults() {
        return precompiled(defaultSource(), RuleSets.class.getClassLoader()).map(e -> e);
    }

    /** The precompiled form of {@code source} on the classpath, if there is one made from the same text. */
    static Optional<DroolsEvaluator> precompiled(RuleSource source, ClassLoader loader) {
        String base = DEFAULT_FOLDER + "/";
        try (InputStream sha = loader.getResourceAsStream(base + Precompiler.SHA256);
             InputStream kjar = loader.getResourceAsStream(base + Precompiler.KJAR)) {
            if (sha == null || kjar == null) {
                return Optional.empty();
            }
            String madeFrom = new String(sha.readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!madeFrom.equals(source.sha256())) {
                LOG.warn("The precompiled rule set was made from other DRL text than the one on the classpath:"
                        + " compiling the DRL instead");
                return Optional.empty();
            }
            return Optional.of(new DroolsEvaluator(RuleSetCompiler.fromKjar(source, kjar.readAllBytes())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot load the precompiled rule set ({}): compiling the DRL instead", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The DRL text of the default rule set.
     *
     * @return the files of the default rule set, as on the classpath
     * @throws RuleSetException when {@code rules-drl} is not on the classpath
     */
    public static RuleSource defaultSource() {
        ClassLoader loader = RuleSets.class.getClassLoader();
        if (loader.getResource(DEFAULT_FOLDER + "/" + RuleSource.DESCRIPTOR) == null) {
            throw new RuleSetException("The default rule set is not on the classpath: add the rules-drl artifact",
                    List.of());
        }
        return RuleSource.fromClasspath(DEFAULT_FOLDER, loader);
    }

    /**
     * Writes the embedded default rule set into {@code dir} as a folder to edit: the rule files,
     * {@code ruleset.properties} and the scenario files beside them, ready for {@link #fromDirectory}.
     *
     * @param dir       the folder to write into; created if missing
     * @param overwrite whether a folder that is not empty may be written into
     * @return the files written
     * @throws RuleSetException when the folder is not empty and {@code overwrite} is false
     */
    public static List<Path> exportDefaults(Path dir, boolean overwrite) {
        return DefaultRuleFolder.export(dir, overwrite);
    }

    /**
     * The rule set in a folder of DRL files, as policy staff edit it, compiled now (a few seconds).
     * {@link ReloadableEvaluator#reload()} reads the folder again.
     *
     * @param dir a folder with {@code ruleset.properties} and the DRL files it lists
     * @return an evaluator of the folder's rules
     * @throws RuleSetException listing every problem of the folder, by file, line and column
     */
    public static ReloadableEvaluator fromDirectory(Path dir) {
        return fromDirectory(dir, RuleSetOptions.defaults());
    }

    /**
     * The rule set in a folder of DRL files, compiled now (or loaded from the options' cache folder),
     * evaluated under {@code options}. {@link ReloadableEvaluator#reload()} reads the folder again.
     *
     * @param dir     a folder with {@code ruleset.properties} and the DRL files it lists
     * @param options the time limit, cache folder and load limits
     * @return an evaluator of the folder's rules
     * @throws RuleSetException listing every problem of the folder, by file, line and column
     */
    public static ReloadableEvaluator fromDirectory(Path dir, RuleSetOptions options) {
        var compiler = options.compiler();
        return new DroolsEvaluator(compiler.apply(RuleSource.fromDirectory(dir, options.loadLimits())),
                () -> RuleSource.fromDirectory(dir, options.loadLimits()), compiler).withTimeLimit(options.timeLimit());
    }

    /**
     * The rule set in a folder, compiled once and kept in {@code cache}: an unchanged folder is loaded
     * from there in about a second, with every check of the sandbox made again on the compiled form.
     *
     * @param dir   a folder with {@code ruleset.properties} and the DRL files it lists
     * @param cache a folder for compiled rule sets, keyed by the sha256 of their DRL; created if missing
     * @return an evaluator of the folder's rules
     * @throws RuleSetException listing every problem of the folder, by file, line and column
     */
    public static ReloadableEvaluator fromDirectory(Path dir, Path cache) {
        return fromDirectory(dir, RuleSetOptions.defaults().withCacheFolder(cache));
    }

    /**
     * An evaluator that follows a rule folder: when its files change and then stay unchanged for 300 ms,
     * it compiles and checks them off the evaluation path and swaps the new rules in atomically only if
     * they compile and pass the sandbox; otherwise the last good set stays and {@code listener} hears why.
     * Close it to stop following.
     *
     * @param dir      a folder with {@code ruleset.properties} and the DRL files
     * @param listener told of every swap and every refusal; null to rely on the log alone
     * @return an evaluator of the folder's rules
     * @throws RuleSetException when the folder as it is now does not compile
     */
    public static ReloadableEvaluator watch(Path dir, RuleFolderListener listener) {
        return watch(dir, listener, RuleSetGate.NONE, RuleSetOptions.defaults());
    }

    /**
     * As {@link #watch(Path, RuleFolderListener)}, and new rules must also pass {@code gate}:
     * {@code Scenarios.gate()} of rules-test runs the folder's own scenario files against them.
     *
     * @param dir      a folder with {@code ruleset.properties}, the DRL files and their scenario files
     * @param listener told of every swap and every refusal; null to rely on the log alone
     * @param gate     what a candidate set must pass besides compiling
     * @return an evaluator of the folder's rules
     * @throws RuleSetException when the folder as it is now does not compile or fails the gate
     */
    public static ReloadableEvaluator watch(Path dir, RuleFolderListener listener, RuleSetGate gate) {
        return watch(dir, listener, gate, RuleSetOptions.defaults());
    }

    /**
     * As {@link #watch(Path, RuleFolderListener, RuleSetGate)}, under {@code options}: with a cache
     * folder, a set compiled before (at an earlier start, or before an edit was undone) is loaded from
     * there instead of compiled again.
     *
     * @param dir      a folder with {@code ruleset.properties}, the DRL files and their scenario files
     * @param listener told of every swap and every refusal; null to rely on the log alone
     * @param gate     what a candidate set must pass besides compiling
     * @param options  the time limit, cache folder and load limits
     * @return an evaluator of the folder's rules
     * @throws RuleSetException when the folder as it is now does not compile or fails the gate
     */
    public static ReloadableEvaluator watch(Path dir, RuleFolderListener listener, RuleSetGate gate,
                                            RuleSetOptions options) {
        return WatchedRuleFolder.watch(dir, listener, gate, options.compiler(), options.timeLimit());
    }

    /**
     * Compiles a rule source into an evaluator.
     *
     * @param source the DRL files, from a folder, the classpath or text
     * @return an evaluator of the source's rules
     * @throws RuleSetException listing every problem, by file, line and column
     */
    public static InspectableEvaluator load(RuleSource source) {
        return load(source, LoadLimits.defaults());
    }

    /**
     * Compiles a rule source into an evaluator, within {@code limits}.
     *
     * @param source the DRL files, from a folder, the classpath or text
     * @param limits how much the source may hold and how long compiling it may take
     * @return an evaluator of the source's rules
     * @throws RuleSetException listing every problem, by file, line and column
     */
    public static InspectableEvaluator load(RuleSource source, LoadLimits limits) {
        return new DroolsEvaluator(RuleSetCompiler.compile(source, limits));
    }

    /**
     * The view of an evaluator of this library that the tools of policy staff use (rule names, rule
     * coverage, time limit).
     *
     * @param evaluator an evaluator made by this class
     * @return the same evaluator, seen as inspectable
     * @throws IllegalArgumentException when {@code evaluator} was not made by this class
     */
    public static InspectableEvaluator inspect(Evaluator evaluator) {
        if (evaluator instanceof InspectableEvaluator inspectable) {
            return inspectable;
        }
        throw new IllegalArgumentException("not an evaluator made by RuleSets: " + evaluator.getClass().getName());
    }

    /**
     * Checks a rule source without keeping it.
     *
     * @param source the DRL files to check
     * @return the problems found, by file, line and column; empty when the source compiles
     */
    public static List<RuleSetException.Problem> validate(RuleSource source) {
        return validate(source, LoadLimits.defaults());
    }

    /**
     * Checks a rule source without keeping it, within {@code limits}: over a limit, the problem names
     * the limit and the file that crossed it, and nothing is compiled.
     *
     * @param source the DRL files to check
     * @param limits how much the source may hold and how long compiling it may take
     * @return the problems found, by file, line and column; empty when the source compiles
     */
    public static List<RuleSetException.Problem> validate(RuleSource source, LoadLimits limits) {
        try {
            RuleSetCompiler.compile(source, limits);
            return List.of();
        } catch (RuleSetException e) {
            return e.problems().isEmpty()
                    ? List.of(new RuleSetException.Problem(source.origin(), 0, 0, e.getMessage()))
                    : e.problems();
        }
    }
}
