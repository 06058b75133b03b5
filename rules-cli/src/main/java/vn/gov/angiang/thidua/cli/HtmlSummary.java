package vn.gov.angiang.thidua.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary as a Vietnamese administrative document (Decree 30/2020/NĐ-CP) in one self-contained HTML page
 * that prints on A4: agency heading and national motto, place and date, title, the table of dossiers, the
 * totals, the histogram, the signature block, and the explanation of each dossier as an appendix. The page is
 * {@code summary.html.mustache}, whose every value is escaped by the template engine; this class only gathers
 * the values, as text.
 */
final class HtmlSummary {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("vn/gov/angiang/thidua/cli")
            .compile("summary.html.mustache");

    // The histogram's plot area, in the SVG's units (the template draws the frame at the same place).
    private static final double LEFT = 40;
    private static final double TOP = 40;
    private static final double PLOT_W = 670;
    private static final double PLOT_H = 176;

    private HtmlSummary() {
    }

    static void write(OfficeSummary s, Lang lang, Letterhead head, Writer out) throws IOException {
        TEMPLATE.execute(out, values(s, lang, head)).flush();
    }

    private static Map<String, Object> values(OfficeSummary s, Lang lang, Letterhead head) {
        Map<String, Object> v = new HashMap<>();
        v.put("lang", lang.name());
        v.put("parentAgency", head.parentAgency);
        v.put("agency", head.agency);
        v.put("documentNumber", head.documentNumber.isBlank() ? null : head.documentNumber);
        v.put("placeAndDate", head.placeAndDate(s.consideredOn()));
        v.put("title", lang.pick("Báo cáo", "Report"));
        v.put("subtitle", lang.pick("Kết quả chấm điểm hồ sơ đề nghị khen thưởng công tác phòng, chống tham nhũng, "
                + "lãng phí, tiêu cực năm " + s.consideredOn().getYear(), "The scores of the award dossiers for the "
                + "prevention of corruption, waste and negativity, " + s.consideredOn().getYear()));
        v.put("ruleSetLine", lang.pick("Căn cứ bộ quy tắc chấm điểm " + s.ruleSet().id() + ", phiên bản "
                + s.ruleSet().version() + " (mã kiểm tra " + VersionRecord.shortHash(s.ruleSet().sha256()) + "), xét "
                + words(s.consideredOn()) + ": " + s.totals().dossiers() + " hồ sơ.", "Under the scoring rules "
                + s.ruleSet().id() + ", version " + s.ruleSet().version() + " (check code "
                + VersionRecord.shortHash(s.ruleSet().sha256()) + "), considered on " + s.consideredOn() + ": "
                + s.totals().dossiers() + " dossiers."));
        v.put("rowsHeading", lang.pick("I. Danh sách hồ sơ", "I. The dossiers"));
        v.put("rowHeaders", List.of(lang.pick("STT", "No."), lang.pick("Tập thể, cá nhân (đơn vị, mã hồ sơ)",
                "Nominee (unit, dossier)"), lang.pick("Điểm", "Score"), lang.pick("Mức khen", "Award"),
                lang.pick("Lý do không khen, lỗi", "Why no award, errors")));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> explanations = new ArrayList<>();
        int n = 0;
        for (OfficeSummary.Row r : s.rows()) {
            n++;
            Map<String, Object> row = new HashMap<>();
            row.put("number", n);
            row.put("index", r.index());
            row.put("awardKey", r.award() == null ? OfficeSummary.ERROR : r.award().name());
            row.put("dossierId", r.dossierId() == null ? lang.pick("(không rõ mã)", "(no id)") : r.dossierId());
            row.put("nominee", r.nominee() == null ? r.source() : r.nominee());
            row.put("kind", kind(r.kind(), lang));
            String unit = UnitNames.of(r.unit());
            row.put("unit", unit == null || unit.isBlank() || unit.equals(r.nominee()) ? null : unit); // a collective is its unit
            row.put("score", r.score() == null ? "—" : lang.number(r.score()));
            row.put("award", r.award() == null ? lang.pick("Hồ sơ lỗi", "Error") : lang.award(r.award()));
            List<String> reasons = new ArrayList<>();
            for (OfficeSummary.RowReason x : r.reasons()) {
                reasons.add((x.clause() == null ? "" : x.clause() + ": ") + lang.pick(x.message()));
            }
            if (r.error() != null) {
                reasons.add((r.error().field() == null ? "" : r.error().field() + ": ") + r.error().message());
            }
            row.put("reasons", reasons);
            rows.add(row);
            explanations.add(Map.of("index", r.index(), "number", n, "heading", row.get("nominee") + " ("
                    + row.get("dossierId") + ")", "text", explanation(r, lang)));
        }
        v.put("rows", rows);
        v.put("explanations", explanations);
        v.put("totalsHeading", lang.pick("II. Tổng hợp theo mức khen", "II. Totals per award"));
        v.put("awardHeader", lang.pick("Mức khen", "Award"));
        v.put("countHeader", lang.pick("Số hồ sơ", "Dossiers"));
        v.put("totalWord", lang.pick("Cộng", "Total"));
        v.put("dossiers", s.totals().dossiers());
        List<Map<String, Object>> awardTotals = new ArrayList<>();
        List<String> awardNames = new ArrayList<>();
        s.totals().byAward().forEach((key, count) -> {
            awardTotals.add(Map.of("key", key, "name", awardKey(key, lang), "count", count));
            awardNames.add(awardKey(key, lang));
        });
        v.put("awardTotals", awardTotals);
        v.put("awardNames", awardNames);
        v.put("unitsHeading", lang.pick("III. Tổng hợp theo đơn vị", "III. Totals per unit"));
        v.put("unitHeader", lang.pick("Đơn vị", "Unit"));
        List<Map<String, Object>> units = new ArrayList<>();
        s.totals().byUnit().forEach((unit, counts) -> {
            List<Long> c = s.totals().byAward().keySet().stream().map(k -> counts.getOrDefault(k, 0L)).toList();
            units.add(Map.of("unit", UnitNames.of(unit), "counts", c, "total", c.stream().mapToLong(Long::longValue).sum()));
        });
        v.put("unitTotals", units);
        histogram(v, s.histogram(), lang);
        v.put("recipientsWord", lang.pick("Nơi nhận:", "To:"));
        v.put("recipients", head.recipients);
        v.put("signerTitle", head.signerTitle);
        v.put("signerName", head.signerName);
        v.put("appendixTitle", lang.pick("Phụ lục", "Appendix"));
        v.put("appendixSubtitle", lang.pick("Giải thích kết quả từng hồ sơ", "The explanation of each dossier"));
        return v;
    }

    /** Bars of the counts per bin, the 0–100 scale, and a dashed line at each award threshold. */
    private static void histogram(Map<String, Object> v, OfficeSummary.Histogram h, Lang lang) {
        v.put("histogramHeading", lang.pick("IV. Phân bố điểm", "IV. Distribution of the scores"));
        v.put("histogramLabel", lang.pick("Biểu đồ phân bố điểm", "Histogram of the scores"));
        v.put("scoreWord", lang.pick("Điểm", "Score"));
        long most = Math.max(1, h.counts().stream().mapToLong(Long::longValue).max().orElse(1));
        int bins = h.counts().size();
        double barW = PLOT_W / bins;
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            long c = h.counts().get(i);
            if (c == 0) {
                continue;
            }
            double barH = PLOT_H * c / most;
            double x = LEFT + i * barW;
            boolean inside = barH > 16; // the count inside a tall bar, above a short one
            bars.add(Map.of("x", f(x + 1), "y", f(TOP + PLOT_H - barH), "width", f(barW - 2), "height", f(barH),
                    "title", lang.number(h.width().multiply(BigDecimal.valueOf(i))) + "–"
                            + lang.number(h.width().multiply(BigDecimal.valueOf(i + 1))) + ": " + c,
                    "labelX", f(x + barW / 2), "labelY", f(TOP + PLOT_H - barH + (inside ? 13 : -3)),
                    "inside", inside, "count", c));
        }
        v.put("bars", bars);
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 10) {
            ticks.add(Map.of("x", f(LEFT + PLOT_W * t / 100), "label", t));
        }
        v.put("ticks", ticks);
        List<Map<String, Object>> thresholds = new ArrayList<>();
        for (int i = 0; i < h.thresholds().size(); i++) {
            AwardThreshold t = h.thresholds().get(i);
            double x = LEFT + PLOT_W * t.from().doubleValue() / 100;
            // Only the number by the line, the highest to its right and the others to their left, so that close
            // thresholds (80 and 90) never crowd each other; the caption names the awards.
            boolean last = i == h.thresholds().size() - 1;
            thresholds.add(Map.of("from", Explainer.plain(t.from()).toPlainString(), "x", f(x),
                    "labelX", f(last ? x + 5 : x - 5), "anchor", last ? "start" : "end",
                    "color", t.award() == Award.BANG_KHEN ? "#1b7f2a" : "#b07d00",
                    "label", lang.number(t.from())));
        }
        v.put("thresholds", thresholds);
        StringBuilder lines = new StringBuilder();
        for (AwardThreshold t : h.thresholds()) {
            lines.append(lines.length() == 0 ? "" : "; ").append(lang.number(t.from())).append(lang.pick(" điểm: ", " points: "))
                    .append(lang.award(t.award()));
        }
        v.put("histogramCaption", lang.pick("Số hồ sơ theo điểm, mỗi cột " + lang.number(h.width()) + " điểm; "
                + "đường nét đứt là ngưỡng khen thưởng (", "Dossiers per score, " + lang.number(h.width())
                + " points a bar; the dashed lines are the award thresholds (") + lines + ").");
    }

    private static String explanation(OfficeSummary.Row r, Lang lang) {
        if (r.explanation() != null) {
            return ExplanationText.of(r.explanation(), lang);
        }
        OfficeSummary.RowError e = r.error();
        return lang.pick("Không xét được: ", "Could not be evaluated: ") + (e.field() == null ? ""
                : lang.pick("trường ", "field ") + e.field() + ": ") + e.message()
                + (e.line() == null ? "" : lang.pick(" (dòng ", " (line ") + e.line() + ")")
                + "\n" + lang.pick("Tệp: ", "File: ") + r.source();
    }

    /** "ngày 25 tháng 11 năm 2026". */
    private static String words(java.time.LocalDate day) {
        return "ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
    }

    private static String kind(String kind, Lang lang) {
        if (kind == null) {
            return "";
        }
        return kind.equals("COLLECTIVE") ? lang.pick("Tập thể", "Collective") : lang.pick("Cá nhân", "Individual");
    }

    private static String awardKey(String key, Lang lang) {
        return key.equals(OfficeSummary.ERROR) ? lang.pick("Hồ sơ lỗi", "Error") : lang.award(Award.valueOf(key));
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
