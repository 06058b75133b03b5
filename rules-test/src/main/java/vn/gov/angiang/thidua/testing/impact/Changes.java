package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between the outcomes of one dossier under two rule sets: the award, the award by score, the
 * score, bonus and deductions, each reason (by code, category and reference), each criterion's points,
 * maximum and counted evidence, each group's points and maximum, each warning (by code, reference and
 * criterion), and an evaluation that fails on one side only. Points are compared by value (2.5 = 2.50).
 * Texts of messages and names of rules are not compared: rewording a message or renaming a rule changes
 * no outcome.
 */
public final class Changes {

    private Changes() {
    }

    /** The changes from {@code base} to {@code head}, in the order of the evaluation's fields; empty when none. */
    public static List<Change> between(Outcome base, Outcome head) {
        if (base instanceof Evaluation b && head instanceof Evaluation h) {
            return between(b, h);
        }
        List<Change> out = new ArrayList<>();
        if (base instanceof ErrorRecord b && head instanceof ErrorRecord h) {
            if (!b.error().code().equals(h.error().code())) {
                out.add(new Change("error " + b.error().code() + " → " + h.error().code(),
                        "lỗi " + b.error().code() + " → " + h.error().code(), "error " + b.error().code() + " → "
                        + h.error().code()));
            }
        } else if (head instanceof ErrorRecord h) {
            out.add(new Change("evaluation failed in head", "bộ quy tắc mới không xét được: " + h.error().message(),
                    "the head rule set cannot evaluate it: " + h.error().message()));
        } else {
            ErrorRecord b = (ErrorRecord) base;
            out.add(new Change("evaluation failed in base", "bộ quy tắc cũ không xét được: " + b.error().message(),
                    "the base rule set cannot evaluate it: " + b.error().message()));
        }
        return out;
    }

    /** The changes from {@code base} to {@code head}; empty when the two agree on everything compared. */
    public static List<Change> between(Evaluation base, Evaluation head) {
        List<Change> out = new ArrayList<>();
        if (base.award() != head.award()) {
            out.add(new Change(base.award() + " → " + head.award(),
                    "khen thưởng: " + vi(base.award()) + " → " + vi(head.award()),
                    "award: " + base.award() + " → " + head.award()));
        }
        if (base.awardByScore() != head.awardByScore()) {
            out.add(new Change("awardByScore " + base.awardByScore() + " → " + head.awardByScore(),
                    "khen thưởng theo điểm: " + vi(base.awardByScore()) + " → " + vi(head.awardByScore()),
                    "award by score: " + base.awardByScore() + " → " + head.awardByScore()));
        }
        number(out, "score", "điểm", "score", base.score(), head.score());
        number(out, "bonus", "điểm thưởng", "bonus", base.bonus(), head.bonus());
        number(out, "deductions", "điểm trừ", "deductions", base.deductions(), head.deductions());
        reasons(out, base.reasons(), head.reasons());
        criteria(out, base.criteria(), head.criteria());
        groups(out, base.groups(), head.groups());
        warnings(out, base.warnings(), head.warnings());
        return out;
    }

    private static void reasons(List<Change> out, List<Reason> base, List<Reason> head) {
        List<Reason> removed = new ArrayList<>(base);
        List<Reason> added = new ArrayList<>();
        for (Reason h : head) {
            Reason same = removed.stream().filter(b -> b.code().equals(h.code()) && Objects.equals(b.ref(), h.ref()))
                    .findFirst().orElse(null);
            if (same == null) {
                added.add(h);
                continue;
            }
            removed.remove(same);
            if (same.category() != h.category()) {
                out.add(new Change("reason " + h.code() + " category", "lý do " + h.code() + ref(h.ref())
                        + ": nhóm " + same.category() + " → " + h.category(), "reason " + h.code() + ref(h.ref())
                        + ": category " + same.category() + " → " + h.category()));
            }
        }
        for (Reason r : removed) {
            out.add(new Change("reason removed " + r.code(), "bỏ lý do " + r.code() + ref(r.ref()),
                    "reason removed " + r.code() + ref(r.ref())));
        }
        for (Reason r : added) {
            out.add(new Change("reason added " + r.code(), "thêm lý do " + r.code() + ref(r.ref())
                    + (r.message() == null ? "" : ": " + r.message().vi()), "reason added " + r.code() + ref(r.ref())
                    + (r.message() == null ? "" : ": " + r.message().en())));
        }
    }

    private static void criteria(List<Change> out, List<CriterionResult> base, List<CriterionResult> head) {
        Map<String, CriterionResult> b = byCode(base, CriterionResult::code);
        Map<String, CriterionResult> h = byCode(head, CriterionResult::code);
        for (CriterionResult c : base) {
            CriterionResult now = h.get(c.code());
            if (now == null) {
                out.add(new Change("criterion " + c.code() + " removed", "bỏ tiêu chí " + c.code(),
                        "criterion " + c.code() + " removed"));
                continue;
            }
            if (c.points().compareTo(now.points()) != 0) {
                out.add(new Change("criterion " + c.code() + " points", "tiêu chí " + c.code() + ": "
                        + plain(c.points()) + " → " + plain(now.points()) + " điểm", "criterion " + c.code() + ": "
                        + plain(c.points()) + " → " + plain(now.points()) + " points"));
            }
            if (!sameNumber(c.max(), now.max())) {
                out.add(new Change("criterion " + c.code() + " max", "tiêu chí " + c.code() + ": tối đa "
                        + plain(c.max()) + " → " + plain(now.max()), "criterion " + c.code() + ": maximum "
                        + plain(c.max()) + " → " + plain(now.max())));
            }
            if (!new java.util.HashSet<>(c.evidence()).equals(new java.util.HashSet<>(now.evidence()))) {
                out.add(new Change("criterion " + c.code() + " evidence", "tiêu chí " + c.code()
                        + ": chứng cứ được tính " + c.evidence() + " → " + now.evidence(), "criterion " + c.code()
                        + ": evidence counted " + c.evidence() + " → " + now.evidence()));
            }
        }
        for (CriterionResult c : head) {
            if (!b.containsKey(c.code())) {
                out.add(new Change("criterion " + c.code() + " added", "thêm tiêu chí " + c.code() + ": "
                        + plain(c.points()) + " điểm", "criterion " + c.code() + " added: " + plain(c.points()) + " points"));
            }
        }
    }

    private static void groups(List<Change> out, List<GroupResult> base, List<GroupResult> head) {
        Map<String, GroupResult> b = byCode(base, GroupResult::code);
        Map<String, GroupResult> h = byCode(head, GroupResult::code);
        for (GroupResult g : base) {
            GroupResult now = h.get(g.code());
            if (now == null) {
                out.add(new Change("group " + g.code() + " removed", "bỏ nhóm " + g.code(), "group " + g.code() + " removed"));
                continue;
            }
            if (g.points().compareTo(now.points()) != 0) {
                out.add(new Change("group " + g.code() + " points", "nhóm " + g.code() + ": " + plain(g.points()) + " → "
                        + plain(now.points()) + " điểm", "group " + g.code() + ": " + plain(g.points()) + " → "
                        + plain(now.points()) + " points"));
            }
            if (!sameNumber(g.max(), now.max())) {
                out.add(new Change("group " + g.code() + " max", "nhóm " + g.code() + ": tối đa " + plain(g.max()) + " → "
                        + plain(now.max()), "group " + g.code() + ": maximum " + plain(g.max()) + " → " + plain(now.max())));
            }
        }
        for (GroupResult g : head) {
            if (!b.containsKey(g.code())) {
                out.add(new Change("group " + g.code() + " added", "thêm nhóm " + g.code(), "group " + g.code() + " added"));
            }
        }
    }

    private static void warnings(List<Change> out, List<Warning> base, List<Warning> head) {
        List<Warning> removed = new ArrayList<>(base);
        List<Warning> added = new ArrayList<>();
        for (Warning h : head) {
            Warning same = removed.stream().filter(b -> b.code().equals(h.code()) && Objects.equals(b.ref(), h.ref())
                    && Objects.equals(b.criterion(), h.criterion())).findFirst().orElse(null);
            if (same == null) {
                added.add(h);
            } else {
                removed.remove(same);
            }
        }
        for (Warning w : removed) {
            out.add(new Change("warning removed " + w.code(), "bỏ cảnh báo " + w.code() + about(w),
                    "warning removed " + w.code() + about(w)));
        }
        for (Warning w : added) {
            out.add(new Change("warning added " + w.code(), "thêm cảnh báo " + w.code() + about(w),
                    "warning added " + w.code() + about(w)));
        }
    }

    private static String about(Warning w) {
        return (w.criterion() == null ? "" : " " + w.criterion()) + ref(w.ref());
    }

    private static void number(List<Change> out, String kind, String vi, String en, BigDecimal base, BigDecimal head) {
        if (!sameNumber(base, head)) {
            out.add(new Change(kind, vi + ": " + plain(base) + " → " + plain(head), en + ": " + plain(base) + " → "
                    + plain(head)));
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    private static String ref(String ref) {
        return ref == null ? "" : " (" + ref + ")";
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(code.apply(i), i));
        return map;
    }

    private static String vi(Award award) {
        return switch (award) {
            case BANG_KHEN -> "Bằng khen";
            case GIAY_KHEN -> "Giấy khen";
            case NONE -> "không";
        };
    }
}
