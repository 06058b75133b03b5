package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.nio.file.Path;
import java.util.List;

/**
 * Where evaluators come from: the embedded default rule set, a folder of DRL files, or DRL text.
 * Each call compiles the rules (about a second or two); build one evaluator and share it.
 */
public final class RuleSets {

    /** The classpath folder of the default rule set (shipped by {@code rules-drl}). */
    public static final String DEFAULT_FOLDER = "thidua/rules";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleSets.class);

    private RuleSets() {
    }

    /**
     * The default 2026 rule set of the Board, embedded in {@code rules-drl}: loaded from the kjar
     * precompiled at build time when it was made from exactly these DRL files, compiled now otherwise.
     */
    public static DroolsEvaluator defaults() {
        RuleSource source = defaultSource();
        return precompiled(source, RuleSets.class.getClassLoader()).orElseGet(() -> load(source));
    }

    /** The default rule set loaded from its precompiled kjar, if that kjar is there and made from the same DRL. */
    public static java.util.Optional<DroolsEvaluator> precompiledDefaults() {
        return precompiled(defaultSource(), RuleSets.class.getClassLoader());
    }

    /** The precompiled form of {@code source} on the classpath, if there is one made from the same text. */
    static java.util.Optional<DroolsEvaluator> precompiled(RuleSource source, ClassLoader loader) {
        String base = DEFAULT_FOLDER + "/";
        try (java.io.InputStream sha = loader.getResourceAsStream(base + Precompiler.SHA256);
             java.io.InputStream kjar = loader.getResourceAsStream(base + Precompiler.KJAR)) {
            if (sha == null || kjar == null) {
                return java.util.Optional.empty();
            }
            String madeFrom = new String(sha.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (!madeFrom.equals(source.sha256())) {
                LOG.warn("The precompiled rule set was made from other DRL text than the one on the classpath:"
                        + " compiling the DRL instead");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new DroolsEvaluator(RuleSetCompiler.fromKjar(source, kjar.readAllBytes())));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Cannot load the precompiled rule set ({}): compiling the DRL instead", e.toString());
            return java.util.Optional.empty();
        }
    }

    /** The DRL text of the default rule set. */
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
     * Refuses a folder that is not empty unless {@code overwrite}; returns the files written.
     */
    public static List<Path> exportDefaults(Path dir, boolean overwrite) {
        return DefaultRuleFolder.export(dir, overwrite);
    }

    /** The rule set in a folder of DRL files, as policy staff edit it. */
    public static DroolsEvaluator fromDirectory(Path dir) {
        return load(RuleSource.fromDirectory(dir));
    }

    /**
     * The rule set in a folder, compiled once and kept in {@code cache} (a folder; created if missing): an
     * unchanged folder is loaded from there, with every check of the sandbox made again on the kjar.
     */
    public static DroolsEvaluator fromDirectory(Path dir, Path cache) {
        return new DroolsEvaluator(CompiledCache.load(RuleSource.fromDirectory(dir), cache));
    }

    /**
     * An evaluator that follows a rule folder and swaps in its rules whenever they change and compile
     * (see {@link WatchedRuleFolder}); close it to stop following.
     */
    public static WatchedRuleFolder watch(Path dir, WatchedRuleFolder.Listener listener) {
        return WatchedRuleFolder.watch(dir, listener, RuleSetGate.NONE);
    }

    /**
     * As {@link #watch(Path, WatchedRuleFolder.Listener)}, and new rules must also pass {@code gate}:
     * {@code Scenarios.gate()} of rules-test runs the folder's own scenario files.
     */
    public static WatchedRuleFolder watch(Path dir, WatchedRuleFolder.Listener listener, RuleSetGate gate) {
        return WatchedRuleFolder.watch(dir, listener, gate);
    }

    /** Compiles a rule source into an evaluator; throws {@link RuleSetException} listing every problem. */
    public static DroolsEvaluator load(RuleSource source) {
        return new DroolsEvaluator(RuleSetCompiler.compile(source));
    }

    /** Checks a rule source without keeping it: the problems found, empty when it compiles. */
    public static List<RuleSetException.Problem> validate(RuleSource source) {
        try {
            RuleSetCompiler.compile(source);
            return List.of();
        } catch (RuleSetException e) {
            return e.problems().isEmpty()
                    ? List.of(new RuleSetException.Problem(source.origin(), 0, 0, e.getMessage()))
                    : e.problems();
        }
    }
}
