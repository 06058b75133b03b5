package vn.gov.angiang.thidua.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.RuleSetException;

import java.time.Duration;
import java.util.List;

/**
 * A dossier's failure in words: what happened (a budget spent, or what the rules threw) and in which
 * rule or function, cut short before it is copied into the log line and the error (a rule may have made
 * the message of what it threw as long as it could).
 */
final class Failures {

    /** The evaluator's logger: hosts configure that one. */
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEvaluator.class);

    private Failures() {
    }

    static RuleSetException describe(CompiledRuleSet ruleSet, Dossier dossier, String firing, Throwable e,
                                     Duration timeLimit) {
        Budget.Exceeded exceeded = null;
        for (Throwable t = e; t != null && exceeded == null; t = t.getCause()) {
            if (t instanceof Budget.Exceeded x) {
                exceeded = x;
            }
        }
        String prefix = "Rule set '" + ruleSet.info().id() + "' stopped on dossier '" + dossier.id() + "'";
        if (exceeded != null) {
            String function = null;
            String rule = exceeded.kind == Budget.Exceeded.Kind.MATCHES ? exceeded.where.get(0) : null;
            for (String code : exceeded.where) {
                String owner = rule == null ? ruleSet.ruleOf(code) : null;
                if (owner != null && owner.startsWith(CompiledRuleSet.FUNCTION)) {
                    function = function == null ? owner : function;
                } else if (owner != null) {
                    rule = owner;
                }
            }
            rule = rule != null ? rule : firing;
            String where = (function == null ? "" : running(function) + (rule == null ? "" : ",")) + running(rule);
            LOG.warn("{}: {}{}", prefix, exceeded.getMessage(), where);
            return new RuleSetException(prefix + where + ": " + switch (exceeded.kind) {
                case TIME -> "the time limit of " + timeLimit.toMillis() + " ms was reached (quá thời hạn xét một hồ sơ)";
                case STEPS -> "the rules took more steps than a dossier can need (quy tắc chạy quá nhiều bước)";
                case MATCHES -> "the conditions matched more combinations of facts than a dossier can need"
                        + " (điều kiện ghép quá nhiều tổ hợp dữ kiện)";
                case MEMORY -> "the rules used more memory than a dossier can need (quy tắc dùng quá nhiều bộ nhớ)";
            }, List.of());
        }
        String what = e instanceof StackOverflowError ? "the rules nest calls too deeply (StackOverflowError)"
                : e instanceof OutOfMemoryError ? "the rules used more memory than a dossier can need"
                + " (quy tắc dùng quá nhiều bộ nhớ)"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Budget.capped(firstLine(e.getMessage())));
        LOG.warn("{}{}: {}", prefix, running(firing), what);
        LOG.debug("The failure of dossier {}", dossier.id(), e);
        return new RuleSetException(prefix + running(firing) + ": " + what + " (lỗi khi áp dụng quy tắc)", e);
    }

    /** " in rule \"NAME\"", " in function NAME", or nothing. */
    static String running(String rule) {
        return rule == null ? "" : rule.startsWith(CompiledRuleSet.FUNCTION) ? " in " + rule : " in rule \"" + rule + "\"";
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
