package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses a rule that matches two lists of a dossier's facts independently of each other: the engine
 * would build every pair (2,000 evidence items make 4 million, three lists billions) inside its own
 * matching code, where no rule code runs and so no budget can stop it. A pattern is connected when a
 * constraint names a variable bound by an earlier pattern. Patterns over facts a dossier has once
 * (the day considered, the nominee, the submission, the score) and over the criteria tables are small
 * and may stand alone. A {@code from} over something that names an earlier variable runs rule code
 * for each match, which the budget counts; a {@code from} over a fixed list does not (the engine
 * reads the list once), so it stands alone like a list of facts.
 */
final class CartesianJoins {

    /** Fact types of which an evaluation holds one, or as many as the rule set's tables have lines. */
    private static final Set<String> SMALL = Set.of("ConsideredOn", "Nominee", "Submission", "Score", "FinalAward",
            "AwardByScore", "BonusTotal", "DeductionTotal", "Criterion", "Group", "GroupPoints", "ReportDue", "Band",
            "Threshold");

    private CartesianJoins() {
    }

    static void check(String file, RuleDescr rule, List<Problem> problems) {
        group(file, rule, rule.getLhs().getDescrs(), new HashSet<>(), problems);
    }

    /**
     * One group of patterns matched together — the rule's conditions, or those inside a {@code not},
     * {@code exists}, {@code and}, {@code or}, {@code forall} or an accumulate's source, which are joined the
     * same way — with the variables bound outside it, which connect as well as those bound inside.
     */
    private static void group(String file, RuleDescr rule, List<? extends BaseDescr> descrs, Set<String> outer,
                              List<Problem> problems) {
        Set<String> bound = new HashSet<>(outer);
        PatternDescr firstAlone = null;
        for (BaseDescr d : descrs) {
            if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce && !(d instanceof PatternDescr)) {
                group(file, rule, ce.getDescrs(), bound, problems); // not, exists, and, or, forall
                continue;
            }
            if (!(d instanceof PatternDescr p)) {
                continue;
            }
            if (p.getSource() instanceof org.drools.drl.ast.descr.AccumulateDescr acc && acc.getInput() != null) {
                group(file, rule, List.of(acc.getInput()), bound, problems);
            } else if (p.getSource() instanceof org.drools.drl.ast.descr.CollectDescr collect) {
                group(file, rule, List.of(collect.getInputPattern()), bound, problems);
            }
            String type = p.getObjectType() == null ? "" : p.getObjectType().substring(p.getObjectType().lastIndexOf('.') + 1);
            if (p.getSource() instanceof FromDescr from && !mentions(from.getExpression(), bound)) {
                // Read once, when the rule set is loaded, and shared by every evaluation: neither bounded nor private.
                problems.add(new Problem(file, p.getLine(), p.getColumn() + 1, "quy tắc \"" + rule.getName()
                        + "\": 'from' phải lấy dữ liệu từ một biến của mẫu trước (ví dụ from $d.refs()); một nguồn cố"
                        + " định được tính một lần khi nạp bộ quy tắc và dùng chung cho mọi hồ sơ / rule \""
                        + rule.getName() + "\": 'from' must draw on a variable of an earlier pattern; a fixed source is"
                        + " read once when the rule set is loaded and shared by every dossier"));
                continue;
            }
            boolean alone = p.getSource() == null && !SMALL.contains(type) && !connected(p, bound);
            if (alone && firstAlone != null) {
                problems.add(new Problem(file, p.getLine(), p.getColumn() + 1, "quy tắc \"" + rule.getName()
                        + "\": mẫu " + type + " không nối với mẫu " + firstAlone.getObjectType() + " ở dòng "
                        + firstAlone.getLine() + " — quy tắc sẽ ghép mọi cặp dữ kiện (tích Descartes) và có thể chạy"
                        + " rất lâu; hãy thêm một ràng buộc với biến của mẫu trước, ví dụ criterion == $c.code"
                        + " / rule \"" + rule.getName() + "\": the pattern " + type + " is not joined to the pattern "
                        + firstAlone.getObjectType() + " on line " + firstAlone.getLine() + " — the rule would pair"
                        + " every fact with every other (a cartesian product) and could run for hours; constrain it"
                        + " on a variable of the earlier pattern, e.g. criterion == $c.code"));
            } else if (alone) {
                firstAlone = p;
            }
            if (p.getIdentifier() != null) {
                bound.add(p.getIdentifier());
            }
            bound.addAll(p.getAllBoundIdentifiers());
        }
    }

    private static boolean connected(PatternDescr p, Set<String> bound) {
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e && mentions(e.getExpression(), bound)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String expression, Set<String> variables) {
        for (String variable : variables) {
            if (expression != null
                    && Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])").matcher(expression).find()) {
                return true;
            }
        }
        return false;
    }
}
