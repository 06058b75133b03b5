package vn.gov.angiang.thidua.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a host may tune when it makes an evaluator with {@link RuleSets}, given explicitly: nothing is
 * read from system properties or the environment (the command line tool maps its flags and variables
 * onto this value). Immutable; each {@code with…} returns a copy.
 * <pre>
 * RuleSetOptions options = RuleSetOptions.defaults().withTimeLimit(Duration.ofSeconds(10))
 *         .withCacheFolder(Path.of("/var/cache/thidua"));
 * ReloadableEvaluator rules = RuleSets.fromDirectory(Path.of("rules"), options);
 * </pre>
 *
 * @param timeLimit         how long one evaluation may run before it fails alone with a time-limit
 *                          error (default 5 s: far above what a dossier needs, milliseconds)
 * @param evaluationThreads how many threads a host's batch should evaluate on, for
 *                          {@code new ParallelBatch(batch, options.evaluationThreads())} (default: the
 *                          processors the JVM sees)
 * @param cacheFolder       where compiled rule folders are kept, keyed by the sha256 of their DRL and of
 *                          the compiler, so that an unchanged folder is never compiled twice, at start,
 *                          on reload or when watched (default: null, no cache on disk)
 * @param loadLimits        how much a rule folder may hold and how long compiling it may take (default
 *                          {@link LoadLimits#defaults()})
 */
public record RuleSetOptions(Duration timeLimit, int evaluationThreads, Path cacheFolder, LoadLimits loadLimits) {

    /** The time limit of one evaluation unless a host gives another. */
    public static final Duration DEFAULT_TIME_LIMIT = DroolsEvaluator.DEFAULT_TIME_LIMIT;

    /**
     * Checks the options.
     *
     * @param timeLimit         positive
     * @param evaluationThreads at least 1
     * @param cacheFolder       a folder, or null for no cache
     * @param loadLimits        not null
     */
    public RuleSetOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(loadLimits, "loadLimits");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
        if (evaluationThreads < 1) {
            throw new IllegalArgumentException("at least one evaluation thread: " + evaluationThreads);
        }
    }

    /**
     * The options every method of {@link RuleSets} without options uses.
     *
     * @return a 5 s time limit, one evaluation thread per processor, no cache folder, the default load limits
     */
    public static RuleSetOptions defaults() {
        return new RuleSetOptions(DEFAULT_TIME_LIMIT, Runtime.getRuntime().availableProcessors(), null,
                LoadLimits.defaults());
    }

    /**
     * @param limit how long one evaluation may run; positive
     * @return these options with that time limit
     */
    public RuleSetOptions withTimeLimit(Duration limit) {
        return new RuleSetOptions(limit, evaluationThreads, cacheFolder, loadLimits);
    }

    /**
     * @param threads how many threads a batch should evaluate on; at least 1
     * @return these options with that number of threads
     */
    public RuleSetOptions withEvaluationThreads(int threads) {
        return new RuleSetOptions(timeLimit, threads, cacheFolder, loadLimits);
    }

    /**
     * @param folder where compiled rule folders are kept (created if missing); null for no cache
     * @return these options with that cache folder
     */
    public RuleSetOptions withCacheFolder(Path folder) {
        return new RuleSetOptions(timeLimit, evaluationThreads, folder, loadLimits);
    }

    /**
     * @param limits how much a rule folder may hold and how long compiling it may take
     * @return these options with those limits
     */
    public RuleSetOptions withLoadLimits(LoadLimits limits) {
        return new RuleSetOptions(timeLimit, evaluationThreads, cacheFolder, limits);
    }

    /** How a folder's rules are compiled under these options: through the cache when there is one. */
    java.util.function.Function<RuleSource, CompiledRuleSet> compiler() {
        return cacheFolder == null ? source -> RuleSetCompiler.compile(source, loadLimits)
                : source -> CompiledCache.load(source, cacheFolder);
    }
}
