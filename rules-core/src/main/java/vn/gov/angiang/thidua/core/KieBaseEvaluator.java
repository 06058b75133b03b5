package vn.gov.angiang.thidua.core;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one public door that takes a Drools type: an evaluator over a knowledge base built some other way
 * (the classic MVEL build, a kjar loaded by Drools itself), so that the benchmarks measure every build mode
 * through the same evaluation code. Such a knowledge base has not been through the sandbox: never use it
 * for rule files from outside. Hosts use {@link RuleSets}.
 */
public final class KieBaseEvaluator {

    private KieBaseEvaluator() {
    }

    /**
     * An evaluator over {@code kieBase}, whose evaluations name {@code source} as their rule set.
     *
     * @param kieBase a knowledge base built from {@code source}, with the phases of the engine as its groups
     * @param source  the DRL it was built from
     * @return an evaluator over the knowledge base
     */
    public static InspectableEvaluator of(KieBase kieBase, RuleSource source) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        RuleSetInfo info = new RuleSetInfo(source.id(), source.version(), source.sha256());
        return new DroolsEvaluator(new CompiledRuleSet(info, kieBase, List.copyOf(names), Map.of()));
    }
}
