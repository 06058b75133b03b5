package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.table.CriteriaTable;

import java.nio.file.Path;

/**
 * The clause of the plan that a blocking reason comes from, as the rule files write it beside the rule that
 * gives the reason ({@code @clause("IV.1")}); none for a reason whose rule writes none.
 */
final class PlanClauses {

    private static PlanClauses embedded;

    private final CriteriaTable table;

    private PlanClauses(CriteriaTable table) {
        this.table = table;
    }

    /** The clauses of the rule folder {@code dir}, or of the embedded rule set when it is null. */
    static PlanClauses of(Path dir) {
        if (dir == null) {
            return embedded();
        }
        return new PlanClauses(CriteriaTable.read(RuleSource.fromDirectory(dir).files()));
    }

    /** The clauses of the embedded rule set. */
    static synchronized PlanClauses embedded() {
        if (embedded == null) {
            embedded = new PlanClauses(CriteriaTable.read(RuleSets.defaultSource().files()));
        }
        return embedded;
    }

    String of(String code) {
        return code == null ? null : table.clauseOf(code).map(CriteriaTable.Value::text).orElse(null);
    }
}
