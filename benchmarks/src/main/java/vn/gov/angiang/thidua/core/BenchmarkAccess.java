package vn.gov.angiang.thidua.core;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks only: wraps a knowledge base built some other way (classic MVEL build, precompiled kjar)
 * in the engine's own {@link DroolsEvaluator}, so that every build mode is measured through the same
 * evaluation code. It sits in the engine's package to reach its package-private constructor; the
 * engine itself knows nothing of it.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    public static DroolsEvaluator evaluator(KieBase kieBase, RuleSource source) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        RuleSetInfo info = new RuleSetInfo(source.id(), source.version(), source.sha256());
        return new DroolsEvaluator(new CompiledRuleSet(info, kieBase, List.copyOf(names), java.util.Map.of()));
    }
}
