package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.nio.file.Path;

/**
 * Builds the evaluator of a command: the embedded default rule set ({@code folder} null) or a folder
 * of DRL files. Compiling takes seconds, so tests inject a loader that shares one evaluator.
 */
@FunctionalInterface
public interface RuleLoader {

    /**
     * The embedded 2026 rule set, or the folder's, compiled once and kept in the cache folder
     * (the system property {@code thidua.cache} or the variable {@code THIDUA_CACHE}, else
     * {@code $XDG_CACHE_HOME/thidua}, else {@code ~/.cache/thidua}; {@code off} compiles every time).
     */
    RuleLoader STANDARD = folder -> RuleSets.inspect(folder == null ? RuleSets.defaults()
            : cacheFolder() == null ? RuleSets.fromDirectory(folder) : RuleSets.fromDirectory(folder, cacheFolder()));

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
