package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Message;
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
import vn.gov.angiang.thidua.vocabulary.Method;
import vn.gov.angiang.thidua.vocabulary.Score;
import vn.gov.angiang.thidua.vocabulary.Threshold;

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
 * a canonical order (table order for criteria and groups; category, code, reference and rule for reasons;
 * code, criterion and reference for warnings; the message's Vietnamese and English text last), each a
 * total order, so that the order of the dossier's items never changes the result.
 */
final class EvaluationAssembler {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    /** By value, then as written (2.5 before 2.50, which compareTo calls equal). */
    private static final Comparator<BigDecimal> NUMBERS_NULLS_FIRST = Comparator.nullsFirst(
            Comparator.<BigDecimal>naturalOrder().thenComparing(BigDecimal::toString));
    /** Table order, then the code as written (TableOrder ties TT1.02 with TT1.2). */
    private static final Comparator<String> CODES = Comparator.nullsFirst(TableOrder.INSTANCE.thenComparing(
            Comparator.naturalOrder()));
    /** A message by its Vietnamese, then its English text: the last keys, that tell apart two findings alike. */
    private static final Comparator<Message> MESSAGES = Comparator.nullsFirst(
            Comparator.comparing(Message::vi, NULLS_FIRST).thenComparing(Message::en, NULLS_FIRST));
    private static final Comparator<List<String>> STRING_LISTS = EvaluationAssembler::compareLists;

    static final Comparator<CriterionResult> CRITERIA = Comparator.comparing(CriterionResult::code, CODES)
            .thenComparing(CriterionResult::points, NUMBERS_NULLS_FIRST)
            .thenComparing(CriterionResult::max, NUMBERS_NULLS_FIRST)
            .thenComparing(CriterionResult::evidence, STRING_LISTS)
            .thenComparing(CriterionResult::rule, NULLS_FIRST);
    static final Comparator<GroupResult> GROUPS = Comparator.comparing(GroupResult::code, CODES)
            .thenComparing(GroupResult::points, NUMBERS_NULLS_FIRST)
            .thenComparing(GroupResult::max, NUMBERS_NULLS_FIRST);
    static final Comparator<Reason> REASONS = Comparator.comparing(Reason::category,
                    Comparator.nullsFirst(Comparator.<Category>naturalOrder()))
            .thenComparing(Reason::code, NULLS_FIRST)
            .thenComparing(Reason::ref, NULLS_FIRST)
            .thenComparing(Reason::rule, NULLS_FIRST)
            .thenComparing(Reason::message, MESSAGES);
    static final Comparator<Warning> WARNINGS = Comparator.comparing(Warning::code, NULLS_FIRST)
            .thenComparing(Warning::criterion, NULLS_FIRST)
            .thenComparing(Warning::ref, NULLS_FIRST)
            .thenComparing(Warning::message, MESSAGES);

    private EvaluationAssembler() {
    }

    /** Characters the reasons and warnings of one evaluation may hold together: far more than the plan's need. */
    static final long MAX_TEXT = 1_000_000;

    private static long length(String... texts) {
        long n = 0;
        for (String t : texts) {
            n += t == null ? 0 : t.length();
        }
        return n;
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
        List<AwardThreshold> thresholds = new ArrayList<>();
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
            } else if (f instanceof Threshold t) {
                thresholds.add(new AwardThreshold(t.award(), plain(t.from())));
            } else if (f instanceof Score s) {
                score = single(score, s, "Score");
            } else if (f instanceof AwardByScore a) {
                byScore = single(byScore, a.award(), "AwardByScore");
            } else if (f instanceof FinalAward a) {
                award = single(award, a.award(), "FinalAward");
            }
        }
        long written = 0;
        long largest = -1;
        Object widest = null;
        for (Object f : facts) {
            long n = f instanceof Reason r ? length(r.code(), r.ref(), r.message().vi(), r.message().en())
                    : f instanceof Warning w ? length(w.code(), w.ref(), w.criterion(), w.message().vi(), w.message().en())
                    : -1;
            written += Math.max(n, 0);
            if (n > largest) {
                largest = n;
                widest = f;
            }
        }
        if (written > MAX_TEXT) { // many facts may share one long text: cheap in the session, not once written out
            throw new RuleSetException("Rule set '" + ruleSet.id() + "' stopped on dossier '" + dossier.id() + "'"
                    + Failures.running(insertedBy.get(widest)) + ": its reasons and warnings have " + written
                    + " characters, more than the " + MAX_TEXT + " an evaluation may hold (lý do và cảnh báo quá dài)",
                    List.of());
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
                    p == null ? List.of() : p.evidence(), rule, c.method().name(),
                    c.method() == Method.PER_ITEM || c.method() == Method.FLAT ? plain(c.points()) : null,
                    bands(c)));
        }
        // Every order below is total: two items it calls equal are equal in every field written out, so the
        // order of the facts (which follows the order of the dossier's items) never shows in the result.
        criteria.sort(CRITERIA);
        groups.sort(GROUPS);
        reasons.sort(REASONS);
        warnings.sort(WARNINGS);
        thresholds.sort(Comparator.comparing(AwardThreshold::from).thenComparing(AwardThreshold::award));
        BigDecimal total = plain(score.score());
        BigDecimal gap = dossier.selfScore() == null ? null : plain(dossier.selfScore().subtract(total));
        return new Evaluation(dossier.id(), ruleSet, consideredOn, total, byScore, award, reasons, criteria, groups,
                plain(score.bonus()), plain(score.deductions()),
                warnings, gap, trace, thresholds);
    }

    private static List<CriterionResult.RateBand> bands(Criterion c) {
        if (c.bands().isEmpty()) {
            return List.of();
        }
        List<CriterionResult.RateBand> bands = new ArrayList<>(c.bands().size());
        for (var b : c.bands()) {
            bands.add(new CriterionResult.RateBand(plain(b.percent()), plain(b.points())));
        }
        return bands; // CriterionResult copies it
    }

    /** Element by element, a shorter list first when one begins the other. */
    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = NULLS_FIRST.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
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

    /**
     * Codes in the order of the table: TT1.2 before TT1.10, TT1 before TT2; runs of the digits 0-9 compare
     * as numbers. Only ASCII digits: with other digits (٣) a number would compare by its first character
     * against a letter and by its value against a number, and the order would not be transitive. TT1.02 and
     * TT1.2 tie: {@link #CODES} tells them apart.
     */
    enum TableOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (isDigit(x) && isDigit(y)) {
                    int ei = digitsEnd(a, i);
                    int ej = digitsEnd(b, j);
                    int c = compareNumbers(a, i, ei, b, j, ej);
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

        /** Two runs of digits by value, of any length: without leading zeros the longer is larger. */
        private static int compareNumbers(String a, int i, int ei, String b, int j, int ej) {
            while (i < ei - 1 && a.charAt(i) == '0') {
                i++;
            }
            while (j < ej - 1 && b.charAt(j) == '0') {
                j++;
            }
            if (ei - i != ej - j) {
                return Integer.compare(ei - i, ej - j);
            }
            for (; i < ei; i++, j++) {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
            }
            return 0;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static int digitsEnd(String s, int from) {
            int k = from;
            while (k < s.length() && isDigit(s.charAt(k))) {
                k++;
            }
            return k;
        }
    }
}
