package vn.gov.angiang.thidua.core;

import org.kie.api.KieBase;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.List;

/** A rule set compiled into a Drools knowledge base, ready to evaluate; immutable and shared across threads. */
record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, List<String> ruleNames) {
}
