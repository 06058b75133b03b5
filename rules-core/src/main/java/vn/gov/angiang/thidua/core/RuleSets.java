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

    private RuleSets() {
    }

    /** The default 2026 rule set of the Board, embedded in {@code rules-drl}. */
    public static DroolsEvaluator defaults() {
        return load(defaultSource());
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

    /** The rule set in a folder of DRL files, as policy staff edit it. */
    public static DroolsEvaluator fromDirectory(Path dir) {
        return load(RuleSource.fromDirectory(dir));
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
