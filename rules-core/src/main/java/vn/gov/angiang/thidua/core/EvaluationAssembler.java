package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.vocabulary.AwardByScore;
import vn.gov.angiang.thidua.vocabulary.Criterion;
import vn.gov.angiang.thidua.vocabulary.FinalAward;
import vn.gov.angiang.thidua.vocabulary.GroupPoints;
import vn.gov.angiang.thidua.vocabulary.Line;
import vn.gov.angiang.thidua.vocabulary.Points;
import vn.gov.angiang.thidua.vocabulary.RejectedEvidence;
import vn.gov.angiang.thidua.vocabulary.Score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the facts the rules derived for one dossier back into one {@link Evaluation}. Lists are put in
 * a canonical order (table order for criteria; category, code and reference for reasons and
 * warnings), so that the order of the dossier's items never changes the result.
 */
final class EvaluationAssembler {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private EvaluationAssembler() {
    }

    /**
     * @param facts      every fact left in the session
     * @param insertedBy the name of the rule that inserted each derived fact (by identity)
     */
    static Evaluation assemble(Dossier dossier, LocalDate consideredOn, RuleSetInfo ruleSet, List<Object> facts,
                               Map<Object, String> insertedBy, List<String> trace) {
        List<Reason> reasons = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Map<String, Criterion> table = new HashMap<>();
        Map<String, Points> points = new HashMap<>();
        List<Points> lines = new ArrayList<>();
        List<GroupResult> groups = new ArrayList<>();
        Score score = null;
        Award byScore = null;
        Award award = null;
        for (Object f : facts) {
            if (f instanceof Reason r) {
                reasons.add(new Reason(r.code(), r.category(), r.message(), r.ref(), insertedBy.get(f)));
            } else if (f instanceof Warning w) {
                warnings.add(w);
            } else if (f instanceof RejectedEvidence r) {
                warnings.add(new Warning(r.code(), r.item().ref(), r.item().criterion(), r.message()));
            } else if (f instanceof Criterion c) {
                table.put(c.code(), c);
            } else if (f instanceof Points p) {
                lines.add(p);
                points.put(p.code(), p);
            } else if (f instanceof GroupPoints g) {
                groups.add(new GroupResult(g.code(), plain(g.points()), plain(g.max())));
            } else if (f instanceof Score s) {
                score = single(score, s, "Score");
            } else if (f instanceof AwardByScore a) {
                byScore = single(byScore, a.award(), "AwardByScore");
            } else if (f instanceof FinalAward a) {
                award = single(award, a.award(), "FinalAward");
            }
        }
        if (score == null || byScore == null || award == null) {
            throw new RuleSetException("Rule set '" + ruleSet.id() + "' gave dossier '" + dossier.id()
                    + "' no " + (score == null ? "Score" : byScore == null ? "AwardByScore" : "FinalAward")
                    + " (bộ quy tắc không cho kết quả)", List.of());
        }
        List<CriterionResult> criteria = new ArrayList<>();
        for (Criterion c : table.values()) {
            if (c.line() != Line.CRITERION) {
                continue;
            }
            Points p = points.get(c.code());
            String rule = p != null && p.adjusted() ? insertedBy.get(p) : insertedBy.get(c);
            criteria.add(new CriterionResult(c.code(), p == null ? BigDecimal.ZERO : plain(p.points()),
                    p == null || p.max() == null ? plain(c.max()) : plain(p.max()),
                    p == null ? List.of() : p.evidence(), rule));
        }
        criteria.sort(Comparator.comparing(CriterionResult::code, TableOrder.INSTANCE));
        groups.sort(Comparator.comparing(GroupResult::code, TableOrder.INSTANCE));
        reasons.sort(Comparator.comparing(Reason::category).thenComparing(Reason::code)
                .thenComparing(Reason::ref, NULLS_FIRST).thenComparing(Reason::rule, NULLS_FIRST));
        warnings.sort(Comparator.comparing(Warning::code).thenComparing(Warning::criterion, NULLS_FIRST)
                .thenComparing(Warning::ref, NULLS_FIRST));
        BigDecimal total = plain(score.score());
        BigDecimal gap = dossier.selfScore() == null ? null : plain(dossier.selfScore().subtract(total));
        return new Evaluation(dossier.id(), ruleSet, consideredOn, total, byScore, award, reasons, criteria, groups,
                plain(score.bonus()), plain(score.deductions()),
                warnings, gap, trace);
    }

    private static <T> T single(T existing, T found, String type) {
        if (existing != null && !Objects.equals(existing, found)) {
            throw new RuleSetException("The rules derived two different " + type + " facts: " + existing + " and "
                    + found + " (hai kết quả mâu thuẫn)", List.of());
        }
        return found;
    }

    /** 5.0 → 5, 2.50 → 2.5: the same number, written the shortest way. */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Codes in the order of the table: TT1.2 before TT1.10, TT1 before TT2; digits compare as numbers. */
    enum TableOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (Character.isDigit(x) && Character.isDigit(y)) {
                    int ei = digitsEnd(a, i);
                    int ej = digitsEnd(b, j);
                    int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                    if (c != 0) {
                        return c;
                    }
                    i = ei;
                    j = ej;
                } else {
                    if (x != y) {
                        return Character.compare(x, y);
                    }
                    i++;
                    j++;
                }
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }

        private static int digitsEnd(String s, int from) {
            int k = from;
            while (k < s.length() && Character.isDigit(s.charAt(k))) {
                k++;
            }
            return k;
        }
    }
}
