package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Explanation} of one evaluation. It scores nothing: points, maxima, the points of one more item,
 * the rate bands and the award thresholds are read from the evaluation; what it adds is arithmetic on them (the
 * points short of the next award, the room left under a maximum) and, from the dossier, the words of the evidence
 * items the evaluation names.
 */
final class Explainer {

    private Explainer() {
    }

    /** The explanation, with the plan clauses of the embedded rule set. */
    static Explanation explain(Evaluation e, Dossier dossier) {
        return explain(e, dossier, PlanClauses.embedded());
    }

    /** The explanation, with the plan clauses the rule set in use writes beside its reasons. */
    static Explanation explain(Evaluation e, Dossier dossier, PlanClauses clauses) {
        Map<String, CriterionResult> criteria = new LinkedHashMap<>();
        e.criteria().forEach(c -> criteria.put(c.code(), c));
        Map<String, List<Warning>> notCountedByCriterion = new LinkedHashMap<>();
        List<Explanation.NotCounted> others = new ArrayList<>();
        for (Warning w : e.warnings()) {
            Explanation.NotCounted item = new Explanation.NotCounted(w.code(), w.criterion(), w.ref(), w.message());
            if (w.criterion() != null && criteria.containsKey(w.criterion())) {
                notCountedByCriterion.computeIfAbsent(w.criterion(), k -> new ArrayList<>()).add(w);
            } else {
                others.add(item);
            }
        }
        List<Explanation.Group> groups = new ArrayList<>();
        Map<String, GroupResult> groupByCode = new LinkedHashMap<>();
        e.groups().forEach(g -> groupByCode.put(g.code(), g));
        for (GroupResult g : e.groups()) {
            List<Explanation.Line> lines = new ArrayList<>();
            for (CriterionResult c : e.criteria()) {
                if (groupOf(c.code()).equals(g.code())) {
                    lines.add(line(c, notCountedByCriterion.getOrDefault(c.code(), List.of()), dossier));
                }
            }
            groups.add(new Explanation.Group(g.code(), g.points(), g.max(), lines));
        }
        List<Explanation.Blocking> reasons = e.reasons().stream().map(r -> new Explanation.Blocking(r.code(),
                r.category(), clauses.of(r.code()), r.message(), r.ref())).toList();
        List<Explanation.Room> room = room(e, groupByCode);
        return new Explanation(e.dossierId(), dossier == null ? null : dossier.nominee().name(),
                dossier == null || dossier.nominee().kind() == null ? null : dossier.nominee().kind().name(),
                dossier == null ? null : dossier.nominee().unit(), e.ruleSet(), e.consideredOn(), e.score(),
                e.awardByScore(), e.award(), band(e), groups, reasons, nextAward(e, room), room,
                selfScore(e, dossier, notCountedByCriterion), others, e.bonus(), e.deductions(), e.trace());
    }

    /** The band the score falls in, from the evaluation's thresholds (none when the rule set did not record them). */
    private static Explanation.Band band(Evaluation e) {
        List<AwardThreshold> t = e.thresholds();
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal from = BigDecimal.ZERO;
        BigDecimal below = t.get(0).from();
        for (int i = 0; i < t.size(); i++) {
            if (e.score().compareTo(t.get(i).from()) >= 0) {
                from = t.get(i).from();
                below = i + 1 < t.size() ? t.get(i + 1).from() : null;
            }
        }
        return new Explanation.Band(e.awardByScore(), from, below);
    }

    private static Explanation.NextAward nextAward(Evaluation e, List<Explanation.Room> room) {
        BigDecimal available = room.stream().map(Explanation.Room::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return e.thresholds().stream().filter(t -> t.from().compareTo(e.score()) > 0).findFirst()
                .map(t -> new Explanation.NextAward(t.award(), t.from(), plain(t.from().subtract(e.score())),
                        plain(available)))
                .orElse(null);
    }

    private static Explanation.Line line(CriterionResult c, List<Warning> notCounted, Dossier dossier) {
        List<Explanation.Counted> counted = c.evidence().stream().map(ref -> counted(c.code(), ref, dossier)).toList();
        return new Explanation.Line(c.code(), title(c), c.points(), c.max(), counted, notCounted.stream()
                .map(w -> new Explanation.NotCounted(w.code(), w.criterion(), w.ref(), w.message())).toList());
    }

    /** The words of the dossier's item with this criterion and reference (compared as the rules do: trimmed, NFC). */
    private static Explanation.Counted counted(String code, String ref, Dossier dossier) {
        if (dossier != null) {
            for (Evidence item : dossier.evidence()) {
                if (item != null && code.equals(strip(item.criterion())) && nfc(ref).equals(nfc(item.ref()))) {
                    return new Explanation.Counted(ref, item.content(), item.result());
                }
            }
        }
        return new Explanation.Counted(ref, null, null);
    }

    /** Every criterion below its maximum, with the points its group still allows, the most first. */
    private static List<Explanation.Room> room(Evaluation e, Map<String, GroupResult> groups) {
        List<Explanation.Room> room = new ArrayList<>();
        for (CriterionResult c : e.criteria()) {
            if (c.max() == null || c.points().compareTo(c.max()) >= 0) {
                continue;
            }
            BigDecimal left = c.max().subtract(c.points());
            GroupResult g = groups.get(groupOf(c.code()));
            if (g != null && g.max() != null) {
                left = left.min(g.max().subtract(g.points()));
            }
            if (left.signum() <= 0) {
                continue;
            }
            boolean hasEvidence = !c.evidence().isEmpty();
            Integer items = null;
            if ("PER_ITEM".equals(c.method()) && c.perItem() != null && c.perItem().signum() > 0) {
                items = left.divide(c.perItem(), 0, RoundingMode.CEILING).intValueExact();
            }
            List<CriterionResult.RateBand> bands = c.bands().stream()
                    .filter(b -> b.points().compareTo(c.points()) > 0).toList();
            room.add(new Explanation.Room(c.code(), title(c), plain(left), c.method(), c.perItem(), items, bands,
                    hasEvidence, hasEvidence && "FLAT".equals(c.method()) ? c.rule() : null));
        }
        room.sort(Comparator.comparing(Explanation.Room::points).reversed());
        return room;
    }

    private static Explanation.SelfScore selfScore(Evaluation e, Dossier dossier,
                                                   Map<String, List<Warning>> notCounted) {
        if (e.selfScoreGap() == null || dossier == null || dossier.selfScore() == null) {
            return null;
        }
        List<Explanation.GapCause> causes = new ArrayList<>();
        if (e.selfScoreGap().signum() > 0) {
            for (CriterionResult c : e.criteria()) {
                int rejected = notCounted.getOrDefault(c.code(), List.of()).size();
                BigDecimal over = overCap(c);
                if (rejected > 0 || over.signum() > 0) {
                    causes.add(new Explanation.GapCause(c.code(), title(c), rejected, over));
                }
            }
        }
        return new Explanation.SelfScore(dossier.selfScore(), e.selfScoreGap(), causes);
    }

    /** PER_ITEM: the points of the valid items beyond the maximum, which a self-score may have added. */
    private static BigDecimal overCap(CriterionResult c) {
        if (!"PER_ITEM".equals(c.method()) || c.perItem() == null || c.max() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal claimed = c.perItem().multiply(BigDecimal.valueOf(c.evidence().size()));
        return plain(claimed.subtract(c.max()).max(BigDecimal.ZERO));
    }

    /** The criterion's title: the name of the rule that scored it, without the code it begins with. */
    private static String title(CriterionResult c) {
        String rule = c.rule();
        if (rule == null || !rule.startsWith(c.code())) {
            return null;
        }
        String t = rule.substring(c.code().length()).strip();
        return t.isEmpty() ? null : t;
    }

    /** TT3.1 → TT3; a criterion scored as a whole (TT5) is its own group. */
    private static String groupOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
