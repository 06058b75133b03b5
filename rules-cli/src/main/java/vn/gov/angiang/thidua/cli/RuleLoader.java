package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import vn.gov.angiang.thidua.core.RuleSetOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Builds the evaluator of a command: the embedded default rule set ({@code folder} null) or a folder
 * of DRL files. Compiling takes seconds, so tests inject a loader that shares one evaluator.
 */
@FunctionalInterface
public interface RuleLoader {

    /**
     * The embedded 2026 rule set, or the folder's, under the {@link #options()} of the command line.
     */
    RuleLoader STANDARD = folder -> RuleSets.inspect(folder == null ? RuleSets.defaults(options())
            : RuleSets.fromDirectory(folder, options()));

    /**
     * The tool's options, from its environment: compiled folders kept in the {@link #cacheFolder()}; the
     * time limit of one evaluation from the variable {@code THIDUA_TIME_LIMIT} or the system property
     * {@code thidua.timeLimit} ({@code 10s}, {@code 1m}; default 5 s).
     */
    static RuleSetOptions options() {
        RuleSetOptions options = RuleSetOptions.defaults().withCacheFolder(cacheFolder());
        String limit = System.getProperty("thidua.timeLimit", System.getenv("THIDUA_TIME_LIMIT"));
        if (limit == null || limit.isBlank()) {
            return options;
        }
        try {
            return options.withTimeLimit(Duration.parse("PT" + limit.strip().toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CliException(ThiDuaCli.USAGE, "thời hạn xét không hợp lệ / not a time limit such as 5s or 1m: "
                    + limit);
        }
    }

    /** Where compiled rule folders are kept, or null when caching is off. */
    static Path cacheFolder() {
        String configured = System.getProperty("thidua.cache", System.getenv("THIDUA_CACHE"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? null : Path.of(configured.strip());
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "thidua");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "thidua");
    }

    /**
     * The evaluator of the rule folder, or of the default rule set when {@code folder} is null; throws
     * {@link vn.gov.angiang.thidua.api.RuleSetException} listing the problems when it does not compile.
     */
    InspectableEvaluator load(Path folder);
}
