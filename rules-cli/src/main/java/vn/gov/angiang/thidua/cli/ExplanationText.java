package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.ErrorRecord;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An {@link Explanation} in plain words, in Vietnamese (numbers written 89,5) or in English (89.5). */
final class ExplanationText {

    private static final String IN = "  ";
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Lang lang;
    private final StringBuilder out = new StringBuilder();

    private ExplanationText(Lang lang) {
        this.lang = lang;
    }

    static String of(Explanation x, Lang lang) {
        return new ExplanationText(lang).write(x).out.toString();
    }

    /** A dossier that could not be read or evaluated: what went wrong, and where. */
    static String ofError(ErrorRecord r, String source, Lang lang) {
        ErrorRecord.Error e = r.error();
        StringBuilder b = new StringBuilder();
        b.append(lang.pick("Hồ sơ ", "Dossier ")).append(r.dossierId() == null
                ? lang.pick("(không rõ mã)", "(no id)") : r.dossierId())
                .append(lang.pick(" — thứ ", " — record ")).append(r.index() + 1)
                .append(source == null ? "" : lang.pick(" trong ", " of ") + source).append('\n');
        b.append(IN).append(lang.pick("Không xét được: ", "Could not be evaluated: ")).append(e.code())
                .append(e.kind() == null ? "" : " " + e.kind()).append('\n');
        b.append(IN).append(e.field() == null ? "" : lang.pick("trường ", "field ") + e.field() + ": ")
                .append(e.message());
        if (e.line() != null) {
            b.append(lang.pick(" (dòng ", " (line ")).append(e.line())
                    .append(e.column() == null ? "" : lang.pick(", cột ", ", column ") + e.column()).append(')');
        }
        return b.append('\n').toString();
    }

    private ExplanationText write(Explanation x) {
        header(x);
        whyNotHigher(x);
        reasons(x);
        groups(x);
        selfScore(x);
        others(x);
        trace(x);
        return this;
    }

    private void header(Explanation x) {
        line(lang.pick("Hồ sơ ", "Dossier ") + x.dossierId() + (x.nominee() == null || x.nominee().isBlank() ? ""
                : " — " + x.nominee()) + kindAndUnit(x));
        line(lang.pick("Bộ quy tắc ", "Rule set ") + x.ruleSet().id() + " " + x.ruleSet().version()
                + lang.pick(", xét ngày " + x.consideredOn().format(VI_DATE), ", considered on " + x.consideredOn()));
        StringBuilder score = new StringBuilder(lang.pick("Điểm: ", "Score: ") + lang.number(x.score()) + "/100");
        if (x.band() != null) {
            score.append(lang.pick(" — thuộc mức ", " — in the band ")).append(lang.award(x.band().award()))
                    .append(" (").append(range(x.band())).append(')');
        }
        line(score.toString());
        line(lang.pick("Kết quả: ", "Award: ") + lang.pick(x.award().inWords())
                + (x.award() != x.awardByScore() ? lang.pick(" — điểm đạt mức " + lang.award(x.awardByScore())
                + " nhưng bị chặn bởi lý do dưới đây", " — the score earns " + lang.award(x.awardByScore())
                + ", but the reasons below block it") : ""));
    }

    /** A rule's name without its code: "DIEU_CHINH.KY_LUAT Có quyết định kỷ luật…" → "Có quyết định kỷ luật…". */
    private static String title(String rule) {
        int space = rule == null ? -1 : rule.indexOf(' ');
        return space < 0 ? rule : rule.substring(space + 1);
    }

    private String kindAndUnit(Explanation x) {
        String kind = x.kind() == null ? null : x.kind().equals("COLLECTIVE") ? lang.pick("tập thể", "collective")
                : lang.pick("cá nhân", "individual");
        String unit = x.unit() == null || x.unit().isBlank() ? null : UnitNames.of(x.unit());
        unit = unit != null && unit.equals(x.nominee()) ? null : unit; // a collective is its unit
        if (kind == null && unit == null) {
            return "";
        }
        return " (" + (kind == null ? unit : unit == null ? kind : kind + ", " + unit) + ")";
    }

    private String range(Explanation.Band b) {
        if (b.below() == null) {
            return lang.pick("từ " + lang.number(b.from()) + " điểm trở lên", lang.number(b.from()) + " points or more");
        }
        if (b.from().signum() == 0) {
            return lang.pick("dưới " + lang.number(b.below()) + " điểm", "under " + lang.number(b.below()) + " points");
        }
        return lang.pick("từ " + lang.number(b.from()) + " đến dưới " + lang.number(b.below()) + " điểm",
                lang.number(b.from()) + " to under " + lang.number(b.below()) + " points");
    }

    private void whyNotHigher(Explanation x) {
        blank();
        line(lang.pick("Vì sao chưa cao hơn", "Why not higher"));
        if (x.nextAward() == null) {
            // The award cannot be higher; the score can, while a criterion has room: say both without contradiction.
            line(IN + (x.room().isEmpty() ? lang.pick("Đã đạt mức khen cao nhất.", "The highest award is reached.")
                    : lang.pick("Đã đạt mức khen cao nhất; điểm chỉ còn có thể cao hơn ở các tiêu chí dưới đây.",
                    "The highest award is reached; the score can be higher only in the criteria below.")));
        } else {
            Explanation.NextAward next = x.nextAward();
            line(IN + lang.pick("Còn thiếu " + lang.number(next.pointsShort()) + " điểm để đạt " + lang.award(next.award())
                            + " (từ " + lang.number(next.from()) + " điểm).",
                    lang.number(next.pointsShort()) + (next.pointsShort().compareTo(BigDecimal.ONE) == 0 ? " point" : " points")
                            + " short of the " + lang.award(next.award()) + " (from " + lang.number(next.from()) + ")."));
            if (next.pointsAvailable().compareTo(next.pointsShort()) < 0) {
                line(IN + lang.pick("Các tiêu chí còn trống chỉ cho thêm được " + lang.number(next.pointsAvailable())
                                + " điểm: không đủ để lên mức này (điểm trừ, nếu có, cũng kéo điểm xuống).",
                        "The criteria with room can add only " + lang.number(next.pointsAvailable())
                                + " points: not enough for this band (deductions, if any, pull the score down too)."));
            }
        }
        if (!x.reasons().isEmpty() && x.award() != x.awardByScore()) {
            line(IN + lang.pick("Dù đủ điểm, hồ sơ không được khen khi còn lý do dưới đây.",
                    "Whatever the score, no award is given while the reasons below stand."));
        }
        if (x.room().isEmpty()) {
            line(IN + lang.pick("Không tiêu chí nào còn trống điểm.", "No criterion has room left."));
            return;
        }
        line(IN + lang.pick("Các tiêu chí còn có thể được thêm điểm:", "Criteria that still have room:"));
        for (Explanation.Room r : x.room()) {
            line(IN + "- " + r.code() + (r.title() == null ? "" : " " + r.title()) + ": "
                    + lang.pick("còn " + lang.number(r.points()) + " điểm", lang.number(r.points()) + " more points") + " — " + how(r));
        }
    }

    private String how(Explanation.Room r) {
        String method = r.method() == null ? "" : r.method();
        switch (method) {
            case "PER_ITEM":
                return lang.pick("mỗi chứng cứ hợp lệ (có số hiệu, ngày trong kỳ, kết quả đạt được) được "
                                + lang.number(r.perItem()) + " điểm" + (r.itemsNeeded() == null ? ""
                                : "; cần thêm " + r.itemsNeeded()),
                        "each valid item (with a reference, a date in the period and the result achieved) earns "
                                + lang.number(r.perItem()) + (r.itemsNeeded() == null ? ""
                                : "; " + r.itemsNeeded() + " more needed"));
            case "FLAT":
                if (r.hasEvidence()) {
                    return lang.pick("đã có chứng cứ, nhưng điểm bị hạ theo quy tắc «" + title(r.rule()) + "»",
                            "evidence counted, but the points were lowered by the rule «" + r.rule() + "»");
                }
                return lang.pick("một chứng cứ hợp lệ (có số hiệu, ngày trong kỳ, kết quả đạt được) được "
                                + lang.number(r.perItem()) + " điểm",
                        "one valid item (with a reference, a date in the period and the result achieved) earns "
                                + lang.number(r.perItem()));
            case "RATE":
                StringBuilder b = new StringBuilder(lang.pick("báo cáo tỷ lệ số việc đã hoàn thành trên tổng số việc đạt ",
                        "a report of the share of tasks done of "));
                List<CriterionResult.RateBand> bands = r.bands();
                for (int i = 0; i < bands.size(); i++) {
                    CriterionResult.RateBand band = bands.get(i);
                    b.append(i == 0 ? "" : lang.pick(", hoặc ", ", or "))
                            .append(lang.pick("từ " + lang.number(band.percent()) + "% được " + lang.number(band.points()) + " điểm",
                                    "at least " + lang.number(band.percent()) + "% earns " + lang.number(band.points())));
                }
                return b.toString();
            case "REPORTS":
                return lang.pick("gửi đủ các báo cáo định kỳ và đúng hạn (báo cáo trễ được ít điểm hơn)",
                        "send every periodic report, on time (a late report earns less)");
            default:
                return lang.pick("xem bảng tiêu chí", "see the criteria table");
        }
    }

    private void reasons(Explanation x) {
        if (x.reasons().isEmpty()) {
            return;
        }
        blank();
        line(lang.pick("Lý do không được xét khen thưởng", "Reasons that block the award"));
        for (Explanation.Blocking r : x.reasons()) {
            line(IN + "- " + (r.clause() == null ? "" : lang.pick("[Kế hoạch, mục " + r.clause() + "] ",
                    "[plan, clause " + r.clause() + "] ")) + lang.pick(r.message())
                    + (r.ref() == null || r.ref().isBlank() ? "" : lang.pick(" — văn bản: ", " — document: ") + r.ref())
                    + lang.pick("", " (" + r.code() + ")")); // codes only beside the English, and in JSON
        }
    }

    private void groups(Explanation x) {
        blank();
        line(lang.pick("Điểm từng nhóm và tiêu chí", "Points of each group and criterion"));
        for (Explanation.Group g : x.groups()) {
            line(IN + g.code() + "  " + lang.number(g.points()) + "/" + lang.number(g.max()));
            for (Explanation.Line c : g.criteria()) {
                if (!(g.criteria().size() == 1 && c.code().equals(g.code()))) {
                    line(IN + IN + c.code() + (c.title() == null ? "" : " " + c.title()) + "  " + lang.number(c.points()) + "/"
                            + lang.number(c.max()));
                }
                for (Explanation.Counted item : c.counted()) {
                    line(IN + IN + IN + lang.pick("được tính: ", "counted: ") + item.ref()
                            + (item.content() == null || item.content().isBlank() ? "" : " — " + item.content())
                            + (item.result() == null || item.result().isBlank() ? "" : "; " + item.result()));
                }
                for (Explanation.NotCounted item : c.notCounted()) {
                    line(IN + IN + IN + lang.pick("không được tính: ", "not counted: ")
                            + (item.ref() == null || item.ref().isBlank() ? lang.pick("(không số hiệu)", "(no reference)")
                            : item.ref()) + " — " + lang.pick(item.reason()));
                }
            }
        }
        line(IN + lang.pick("Điểm thưởng: +", "Bonus: +") + lang.number(x.bonus()) + lang.pick("; điểm trừ: −", "; deductions: −")
                + lang.number(x.deductions()));
    }

    private void selfScore(Explanation x) {
        Explanation.SelfScore s = x.selfScore();
        if (s == null) {
            return;
        }
        blank();
        int sign = s.gap().signum();
        line(lang.pick("Tự chấm: " + lang.number(s.selfScore()) + (sign == 0 ? " — đúng bằng kết quả xét."
                        : sign > 0 ? " — cao hơn kết quả xét " + lang.number(s.gap()) + " điểm."
                        : " — thấp hơn kết quả xét " + lang.number(s.gap().negate()) + " điểm."),
                "Self-score: " + lang.number(s.selfScore()) + (sign == 0 ? " — the same as the evaluation."
                        : sign > 0 ? " — " + lang.number(s.gap()) + " above the evaluation."
                        : " — " + lang.number(s.gap().negate()) + " below the evaluation.")));
        if (!s.causes().isEmpty()) {
            line(IN + lang.pick("Các tiêu chí giải thích chênh lệch:", "The criteria that explain the gap:"));
        }
        if (sign > 0 && s.causes().isEmpty()) {
            line(IN + lang.pick("Không tiêu chí nào có chứng cứ bị loại; đơn vị có thể đã chấm khác bảng tiêu chí.",
                    "No criterion lost evidence: the unit may have scored against another table."));
        }
        for (Explanation.GapCause c : s.causes()) {
            StringBuilder b = new StringBuilder(IN + "- " + c.code() + (c.title() == null ? "" : " " + c.title()) + ": ");
            if (c.notCounted() > 0) {
                b.append(lang.pick(c.notCounted() + " chứng cứ không được tính",
                        c.notCounted() + (c.notCounted() == 1 ? " item did not count" : " items did not count")));
            }
            if (c.overCap().signum() > 0) {
                b.append(c.notCounted() > 0 ? "; " : "").append(lang.pick(lang.number(c.overCap()) + " điểm vượt mức tối đa",
                        lang.number(c.overCap()) + " points beyond the maximum"));
            }
            line(b.toString());
        }
    }

    private void others(Explanation x) {
        if (x.otherItems().isEmpty()) {
            return;
        }
        blank();
        line(lang.pick("Mục khác cần lưu ý (điểm thưởng, điểm trừ, mã không thuộc bảng, …)",
                "Other items to note (bonus, deductions, codes outside the table, …)"));
        for (Explanation.NotCounted w : x.otherItems()) {
            line(IN + "- " + (w.criterion() == null ? "" : w.criterion() + " ")
                    + (w.ref() == null || w.ref().isBlank() ? "" : w.ref() + ": ") + lang.pick(w.reason())
                    + lang.pick("", " (" + w.code() + ")"));
        }
    }

    private void trace(Explanation x) {
        if (x.trace() == null) {
            return;
        }
        blank();
        line(lang.pick("Các quy tắc đã chạy, theo thứ tự", "The rules that fired, in order"));
        for (int i = 0; i < x.trace().size(); i++) {
            line(IN + (i + 1) + ". " + x.trace().get(i));
        }
    }



    private void line(String s) {
        out.append(s).append('\n');
    }

    private void blank() {
        out.append('\n');
    }
}
