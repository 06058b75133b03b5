package vn.gov.angiang.thidua.core;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.Employment;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.UnitType;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;
import vn.gov.angiang.thidua.vocabulary.ConsideredOn;
import vn.gov.angiang.thidua.vocabulary.Criterion;
import vn.gov.angiang.thidua.vocabulary.Group;
import vn.gov.angiang.thidua.vocabulary.Line;
import vn.gov.angiang.thidua.vocabulary.Threshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a rule set that compiles is still a scoring table, checked on what its first phase
 * (bang-tieu-chi) derives for each kind of nominee: a table for every kind the scope admits; every
 * criterion declared by exactly one rule, named with its code; every criterion in a declared group and
 * every group with criteria; each group's criteria adding up to the group's maximum and the groups to the
 * maximum score ({@code maxScore()} of the rule files); the award thresholds ordered inside 0..maximum; and
 * every rule named with a code of its own. Each problem is placed at the rule that declares the line at fault.
 */
final class Coherence {

    /** A rule's code: the first word of its name, e.g. TT3.1, CN-B1, EVIDENCE_NO_REF. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)*");

    private final Map<String, String[]> where = new HashMap<>(); // rule name → {file, line}
    private final Map<String, Integer> order = new HashMap<>();  // rule name → its place in the rule set
    private final List<Problem> problems = new ArrayList<>();
    /** The maximum score, as parameters.drl writes it; null when no rule file writes one. */
    private final BigDecimal maxScore;
    private final CriteriaTable model;
    private final Map<String, PackageDescr> packages;

    private Coherence(Map<String, PackageDescr> packages, Map<String, String> files) {
        this.packages = packages;
        this.model = CriteriaTable.read(files);
        this.maxScore = model.parameter("maxScore").map(v -> {
            try {
                return v.decimal();
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        packages.forEach((file, pkg) -> {
            for (RuleDescr r : pkg.getRules()) {
                where.putIfAbsent(r.getName(), new String[]{file, Integer.toString(r.getLine())});
                order.putIfAbsent(r.getName(), order.size());
            }
        });
    }

    /** Of two facts, the one declared by the rule that comes first in the rule files. */
    private <T> T earlier(T a, T b, Map<Object, String> declaredBy) {
        return order.getOrDefault(declaredBy.get(a), Integer.MAX_VALUE)
                <= order.getOrDefault(declaredBy.get(b), Integer.MAX_VALUE) ? a : b;
    }

    /** The problems of naming: every rule carries a code, and no two rules the same one. */
    static List<Problem> names(Map<String, PackageDescr> packages) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        packages.forEach((file, pkg) -> {
            for (RuleDescr r : pkg.getRules()) {
                String code = r.getName().strip().split("\\s+", 2)[0];
                String at = file + ":" + r.getLine();
                if (!CODE.matcher(code).matches()) {
                    problems.add(new Problem(file, r.getLine(), r.getColumn() + 1, "tên quy tắc \"" + r.getName()
                            + "\" phải bắt đầu bằng một mã viết hoa, ví dụ \"TT3.1 …\" / the rule's name must start with"
                            + " a code in capitals, e.g. \"TT3.1 …\""));
                } else if (codes.putIfAbsent(code, at) != null) {
                    problems.add(new Problem(file, r.getLine(), r.getColumn() + 1, "mã quy tắc " + code
                            + " đã dùng ở " + codes.get(code) + " / the rule code " + code + " is already used at "
                            + codes.get(code)));
                }
            }
        });
        return problems;
    }

    /** The problems of the tables the compiled rule set declares ({@code files}: its DRL, for the parameters). */
    static List<Problem> tables(KieBase kieBase, Map<String, PackageDescr> packages, Map<String, String> files) {
        Coherence c = new Coherence(packages, files);
        for (NomineeKind kind : NomineeKind.values()) {
            c.checkTable(kind, kieBase);
        }
        return c.problems;
    }

    /**
     * Whether the scope admits some nominee of {@code kind}: one of the Board's agency, of some unit type or
     * employment, against whom the rules of the conditions phase give no SCOPE reason.
     */
    private boolean admitted(NomineeKind kind, KieBase kieBase, LocalDate day) {
        String agency = model.parameter("boardAgency").map(CriteriaTable.Value::text).orElse("");
        List<Nominee> candidates = new ArrayList<>();
        if (kind == NomineeKind.COLLECTIVE) {
            for (UnitType t : UnitType.values()) {
                candidates.add(new Nominee(kind, "?", agency, "?", t, null));
            }
        } else {
            for (Employment e : Employment.values()) {
                candidates.add(new Nominee(kind, "?", agency, "?", null, e));
            }
        }
        for (Nominee n : candidates) {
            KieSession session = kieBase.newKieSession();
            try (Budget.Scope budget = Budget.open(DroolsEvaluator.DEFAULT_TIME_LIMIT.toNanos(), 1_000_000, 100_000)) {
                session.insert(new ConsideredOn(day));
                session.insert(n);
                session.getAgenda().getAgendaGroup(Phases.ORDER.get(1)).setFocus();
                session.getAgenda().getAgendaGroup(Phases.ORDER.get(0)).setFocus();
                session.fireAllRules(10_000);
                if (session.getObjects(o -> o instanceof Reason r && r.category() == Category.SCOPE).isEmpty()) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true; // what fails here fails again, placed, in the checks that follow
            } finally {
                session.dispose();
            }
        }
        return false;
    }

    /** The rule file without a rule (an emptied criteria file), if there is just one; else "?". */
    private String emptyFile() {
        List<String> empty = packages.entrySet().stream().filter(e -> e.getValue().getRules().isEmpty())
                .map(Map.Entry::getKey).toList();
        return empty.size() == 1 ? empty.get(0) : "?";
    }

    private void checkTable(NomineeKind kind, KieBase kieBase) {
        // The table phase looks at the nominee's kind only; any day of the period will do.
        LocalDate day = model.parameter("periodEnd").map(v -> {
            try {
                return v.date();
            } catch (RuntimeException e) {
                return null;
            }
        }).orElse(LocalDate.EPOCH);
        Map<Object, String> declaredBy = new IdentityHashMap<>();
        List<Object> facts = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try (Budget.Scope budget = Budget.open(DroolsEvaluator.DEFAULT_TIME_LIMIT.toNanos(), 1_000_000, 100_000)) {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        declaredBy.put(event.getObject(), event.getRule().getName());
                    }
                }
            });
            session.insert(new ConsideredOn(day));
            session.insert(new Nominee(kind, "", "", null, null, null));
            session.getAgenda().getAgendaGroup(Phases.ORDER.get(0)).setFocus();
            session.fireAllRules(10_000);
            facts.addAll(session.getObjects());
        } catch (RuntimeException e) {
            problems.add(new Problem("?", 0, 0, "bảng tiêu chí không tính được / the criteria table cannot be derived: "
                    + e.getMessage()));
            return;
        } finally {
            session.dispose();
        }
        String table = kind == NomineeKind.COLLECTIVE ? "bảng tập thể / collective table"
                : "bảng cá nhân / individual table";
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Award, BigDecimal> thresholds = new LinkedHashMap<>();
        for (Object f : facts) {
            String code = f instanceof Criterion c ? c.code() : f instanceof Group g ? g.code() : null;
            String rule = declaredBy.get(f);
            if (code != null && rule != null && !rule.strip().split("\\s+", 2)[0].equals(code)) {
                at(rule, "quy tắc \"" + rule + "\" khai báo " + (f instanceof Group ? "nhóm " : "tiêu chí ") + code
                        + ": mã đầu tên quy tắc phải là mã đó / the rule declares " + (f instanceof Group ? "group "
                        : "criterion ") + code + ": its name must start with that code");
            }
            if (f instanceof Criterion c) {
                Criterion other = criteria.get(c.code());
                if (other != null) {
                    Criterion first = earlier(other, c, declaredBy);
                    Criterion second = first == c ? other : c;
                    criteria.put(c.code(), first);
                    at(declaredBy.get(second), table + ": tiêu chí " + c.code() + " được chấm bởi hai quy tắc (\""
                            + declaredBy.get(first) + "\" và quy tắc này) / criterion " + c.code()
                            + " is scored by two rules (\"" + declaredBy.get(first) + "\" and this one)");
                } else {
                    criteria.put(c.code(), c);
                }
            } else if (f instanceof Group g) {
                if (groups.putIfAbsent(g.code(), g) != null) {
                    at(declaredBy.get(f), table + ": nhóm " + g.code() + " được khai báo hai lần / group " + g.code()
                            + " is declared twice");
                }
            } else if (f instanceof Threshold t && thresholds.put(t.award(), t.from()) != null) {
                at(declaredBy.get(f), "ngưỡng " + t.award() + " được khai báo hai lần / the threshold of "
                        + t.award() + " is declared twice");
            }
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Criterion c : criteria.values()) {
            if (c.line() != Line.CRITERION) {
                continue;
            }
            Group g = groups.get(c.group());
            if (g == null) {
                at(declaredBy.get(c), table + ": tiêu chí " + c.code() + " thuộc nhóm " + c.group()
                        + " nhưng không có quy tắc nào khai báo nhóm đó / criterion " + c.code() + " is in group "
                        + c.group() + ", which no rule declares");
                continue;
            }
            BigDecimal max = c.max() != null ? c.max() : g.max(); // the reports line stands for its whole group
            sums.merge(g.code(), max, BigDecimal::add);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Group g : groups.values()) {
            BigDecimal sum = sums.get(g.code());
            total = total.add(g.max());
            if (sum == null) {
                at(declaredBy.get(g), table + ": nhóm " + g.code() + " không có tiêu chí nào / group " + g.code()
                        + " has no criterion");
            } else if (sum.compareTo(g.max()) != 0) {
                at(declaredBy.get(g), table + ": điểm tối đa các tiêu chí của nhóm " + g.code() + " cộng lại là "
                        + sum.toPlainString() + ", khác điểm tối đa của nhóm " + g.max().toPlainString() + " / the maxima"
                        + " of group " + g.code() + "'s criteria add up to " + sum.toPlainString() + ", not to the group's "
                        + g.max().toPlainString());
            }
        }
        // A scoring rule set (one with a table, or a maximum score) must score every kind its scope admits.
        boolean scoring = !model.kinds().isEmpty() || maxScore != null;
        if (scoring && groups.isEmpty() && criteria.values().stream().noneMatch(c -> c.line() == Line.CRITERION)
                && admitted(kind, kieBase, day)) {
            String who = kind == NomineeKind.COLLECTIVE ? "tập thể" : "cá nhân";
            problems.add(new Problem(emptyFile(), 1, 1, table + ": phạm vi cho phép xét " + who + " nhưng không có"
                    + " bảng tiêu chí nào cho " + who + " / the scope admits " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " nominees but no criteria table is declared for them"));
        }
        if (!groups.isEmpty() && maxScore == null) {
            at(declaredBy.get(groups.values().iterator().next()), "không có hàm maxScore() ghi điểm tối đa của tổng"
                    + " điểm (parameters.drl) / no function maxScore() writes the maximum score (parameters.drl)");
        } else if (!groups.isEmpty() && total.compareTo(maxScore) != 0) {
            at(declaredBy.get(groups.values().iterator().next()), table + ": điểm tối đa các nhóm cộng lại là "
                    + total.toPlainString() + ", không phải " + maxScore.toPlainString() + " / the groups' maxima add up"
                    + " to " + total.toPlainString() + ", not " + maxScore.toPlainString());
        }
        checkThresholds(thresholds, facts, declaredBy);
    }

    private void checkThresholds(Map<Award, BigDecimal> thresholds, List<Object> facts, Map<Object, String> declaredBy) {
        String rule = facts.stream().filter(f -> f instanceof Threshold).map(declaredBy::get).findFirst().orElse(null);
        BigDecimal giayKhen = thresholds.get(Award.GIAY_KHEN);
        BigDecimal bangKhen = thresholds.get(Award.BANG_KHEN);
        if (giayKhen == null || bangKhen == null) {
            return; // a rule set may state its thresholds otherwise; nothing to compare
        }
        String max = maxScore == null ? "?" : maxScore.toPlainString();
        if (giayKhen.signum() <= 0 || maxScore != null && bangKhen.compareTo(maxScore) > 0
                || giayKhen.compareTo(bangKhen) >= 0) {
            at(rule, "ngưỡng khen thưởng phải theo thứ tự 0 < Giấy khen (" + giayKhen.toPlainString() + ") < Bằng khen ("
                    + bangKhen.toPlainString() + ") ≤ " + max + " / the award thresholds must be ordered 0 < Giấy khen"
                    + " < Bằng khen ≤ " + max);
        }
    }

    private void at(String rule, String message) {
        String[] at = rule == null ? null : where.get(rule);
        Problem p = at == null ? new Problem("?", 0, 0, message) : new Problem(at[0], Integer.parseInt(at[1]), 1, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }
}
