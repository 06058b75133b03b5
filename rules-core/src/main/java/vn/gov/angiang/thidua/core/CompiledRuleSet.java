package vn.gov.angiang.thidua.core;

import org.kie.api.KieBase;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.List;
import java.util.Map;

/**
 * A rule set compiled into a Drools knowledge base, ready to evaluate; immutable and shared across
 * threads. {@code ruleOfCode} names the rule each generated class was made for (see {@link #ruleOf}).
 */
record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, List<String> ruleNames, Map<String, String> ruleOfCode) {

    static final String FUNCTION = "hàm / function ";

    /** The rule or function that generated code at {@code where} ("pkg.Class.method") belongs to, or null. */
    String ruleOf(String where) {
        if (where == null) {
            return null;
        }
        int dot = where.lastIndexOf('.');
        String cls = where.substring(0, dot).replace('.', '/');
        String method = where.substring(dot + 1);
        String rule = ruleOfCode.get(cls + "." + method);
        if (rule == null && method.startsWith("lambda$") && method.lastIndexOf('$') > "lambda$".length()) {
            rule = ruleOfCode.get(cls + "." + method.substring("lambda$".length(), method.lastIndexOf('$')));
        }
        if (rule == null && !cls.substring(cls.lastIndexOf('/') + 1).startsWith("Rules")) {
            rule = ruleOfCode.get(cls);
        }
        if (rule == null && cls.substring(cls.lastIndexOf('/') + 1).startsWith("Rules") && !method.startsWith("rule_")) {
            return FUNCTION + method;
        }
        return rule;
    }
}
