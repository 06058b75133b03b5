package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The summary as one self-contained HTML page (no script, no network: styles and the histogram's SVG inline) that
 * prints on A4: the table's header repeats on every page, no row is split, long texts wrap inside their cells.
 * Every row links to its dossier's explanation further down the same page.
 */
final class HtmlSummary {

    private static final String CSS = """
            @page { size: A4 portrait; margin: 12mm 10mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt;
                   color: #111; margin: 0 auto; max-width: 190mm; }
            h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; }
            h3 { font-size: 11pt; margin: 0 0 2mm; }
            .meta { color: #444; margin: 0 0 4mm; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 0.3mm solid #999; padding: 1mm 1.2mm; vertical-align: top; text-align: left;
                     overflow-wrap: anywhere; }
            thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
            th { background: #e8eef5; font-size: 8.5pt; }
            td.n, th.n { text-align: right; }
            table.rows { font-size: 8.5pt; }
            table.totals { width: auto; min-width: 60%; }
            .BANG_KHEN { background: #e3f4e1; } .GIAY_KHEN { background: #fdf6dc; } .ERROR { background: #fbe3e3; }
            .reason { display: block; } .clause { color: #555; }
            a { color: #0645ad; text-decoration: none; }
            figure { margin: 0; break-inside: avoid; } svg { width: 100%; height: auto; }
            section.explain { break-inside: auto; border-top: 0.4mm solid #bbb; padding-top: 3mm; margin-top: 4mm; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; font-size: 8.5pt; margin: 0; }
            .back { font-size: 8pt; }
            """;

    private final Writer out;
    private final Lang lang;

    private HtmlSummary(Writer out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    static void write(OfficeSummary s, Lang lang, Writer out) throws IOException {
        new HtmlSummary(out, lang).page(s);
    }

    private void page(OfficeSummary s) throws IOException {
        String title = lang.pick("Tổng hợp hồ sơ đề nghị khen thưởng", "Summary of the award dossiers");
        w("<!DOCTYPE html>\n<html lang=\"" + lang.name() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w("<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w("<h1 id=\"top\">" + esc(title) + "</h1>\n");
        w("<p class=\"meta\">" + esc(lang.pick("Bộ quy tắc ", "Rule set ")) + esc(s.ruleSet().id()) + " "
                + esc(s.ruleSet().version()) + " (sha256 " + esc(s.ruleSet().sha256()) + ")<br>"
                + esc(lang.pick("Ngày xét: ", "Considered on: ")) + s.consideredOn() + " · "
                + esc(lang.pick("Số hồ sơ: ", "Dossiers: ")) + s.totals().dossiers() + "</p>\n");
        awardTotals(s);
        histogram(s.histogram());
        rows(s);
        unitTotals(s);
        explanations(s);
        w("</body>\n</html>\n");
    }

    private void rows(OfficeSummary s) throws IOException {
        w("<h2>" + esc(lang.pick("Danh sách hồ sơ", "Dossiers")) + "</h2>\n");
        w("<table class=\"rows\" id=\"rows\">\n<colgroup><col style=\"width:5%\"><col style=\"width:15%\">"
                + "<col style=\"width:19%\"><col style=\"width:8%\"><col style=\"width:8%\"><col style=\"width:7%\">"
                + "<col style=\"width:11%\"><col style=\"width:20%\"><col style=\"width:7%\"></colgroup>\n<thead><tr>");
        for (String h : List.of(lang.pick("STT", "No."), lang.pick("Mã hồ sơ", "Dossier"), lang.pick("Tên", "Nominee"),
                lang.pick("Loại", "Kind"), lang.pick("Đơn vị", "Unit"), lang.pick("Điểm", "Score"),
                lang.pick("Khen thưởng", "Award"), lang.pick("Lý do chặn / lỗi", "Blocking reasons / error"),
                lang.pick("Cảnh báo", "Warnings"))) {
            w("<th" + (h.equals("Điểm") || h.equals("Score") || h.equals("Cảnh báo") || h.equals("Warnings")
                    ? " class=\"n\"" : "") + ">" + esc(h) + "</th>");
        }
        w("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (OfficeSummary.Row r : s.rows()) {
            String award = r.award() == null ? OfficeSummary.ERROR : r.award().name();
            w("<tr class=\"" + award + "\" data-dossier=\"" + esc(r.dossierId()) + "\"><td class=\"n\">" + (++n)
                    + "</td><td><a href=\"#d-" + r.index() + "\">" + esc(r.dossierId() == null
                    ? lang.pick("(không rõ mã)", "(no id)") : r.dossierId()) + "</a></td><td>" + esc(r.nominee())
                    + "</td><td>" + esc(kind(r.kind())) + "</td><td>" + esc(r.unit()) + "</td><td class=\"n\">"
                    + (r.score() == null ? "—" : lang.number(r.score())) + "</td><td>" + esc(awardWords(r.award()))
                    + "</td><td>");
            for (OfficeSummary.RowReason x : r.reasons()) {
                w("<span class=\"reason\">" + (x.clause() == null ? "" : "<span class=\"clause\">[" + esc(x.clause())
                        + "]</span> ") + esc(lang.pick(x.message())) + "</span>");
            }
            if (r.error() != null) {
                w("<span class=\"reason\">" + esc(r.error().code()) + (r.error().field() == null ? ""
                        : " · " + esc(r.error().field())) + ": " + esc(r.error().message()) + "</span>");
            }
            w("</td><td class=\"n\">" + (r.warnings() == null ? "—" : r.warnings()) + "</td></tr>\n");
        }
        w("</tbody>\n</table>\n");
    }

    private void awardTotals(OfficeSummary s) throws IOException {
        w("<h2>" + esc(lang.pick("Tổng hợp theo mức khen", "Totals per award")) + "</h2>\n");
        w("<table class=\"totals\" id=\"totals-award\"><thead><tr><th>" + esc(lang.pick("Mức", "Award"))
                + "</th><th class=\"n\">" + esc(lang.pick("Số hồ sơ", "Dossiers")) + "</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Long> e : s.totals().byAward().entrySet()) {
            w("<tr class=\"" + e.getKey() + "\"><td>" + esc(awardKey(e.getKey())) + "</td><td class=\"n\">"
                    + e.getValue() + "</td></tr>\n");
        }
        w("<tr><th>" + esc(lang.pick("Cộng", "Total")) + "</th><th class=\"n\">" + s.totals().dossiers()
                + "</th></tr></tbody></table>\n");
    }

    private void unitTotals(OfficeSummary s) throws IOException {
        List<String> keys = List.copyOf(s.totals().byAward().keySet());
        w("<h2>" + esc(lang.pick("Tổng hợp theo đơn vị", "Totals per unit")) + "</h2>\n");
        w("<table class=\"totals\" id=\"totals-unit\"><thead><tr><th>" + esc(lang.pick("Đơn vị", "Unit")) + "</th>");
        for (String k : keys) {
            w("<th class=\"n\">" + esc(awardKey(k)) + "</th>");
        }
        w("<th class=\"n\">" + esc(lang.pick("Cộng", "Total")) + "</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Map<String, Long>> u : s.totals().byUnit().entrySet()) {
            w("<tr><td>" + esc(u.getKey()) + "</td>");
            long sum = 0;
            for (String k : keys) {
                long c = u.getValue().getOrDefault(k, 0L);
                sum += c;
                w("<td class=\"n\">" + c + "</td>");
            }
            w("<td class=\"n\">" + sum + "</td></tr>\n");
        }
        w("</tbody></table>\n");
    }

    /** Bars of the counts per bin, with a dashed line at each award threshold. */
    private void histogram(OfficeSummary.Histogram h) throws IOException {
        int width = 720;
        int height = 250;
        int left = 40;
        int right = 10;
        int top = 46;
        int bottom = 34;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        long most = Math.max(1, h.counts().stream().mapToLong(Long::longValue).max().orElse(1));
        w("<h2>" + esc(lang.pick("Phân bố điểm", "Distribution of the scores")) + "</h2>\n<figure id=\"histogram\">\n");
        w("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" "
                + "aria-label=\"" + esc(lang.pick("Biểu đồ phân bố điểm", "Histogram of the scores")) + "\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n");
        w("<rect x=\"" + left + "\" y=\"" + top + "\" width=\"" + plotW + "\" height=\"" + plotH
                + "\" fill=\"#fafafa\" stroke=\"#999\"/>\n");
        int bins = h.counts().size();
        double barW = plotW / bins;
        for (int i = 0; i < bins; i++) {
            long c = h.counts().get(i);
            double barH = plotH * c / most;
            double x = left + i * barW;
            if (c > 0) {
                w(String.format(java.util.Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill=\"#4a78b5\"><title>%s–%s: %d</title></rect>\n", x + 1,
                        top + plotH - barH, barW - 2, barH, lang.number(h.width().multiply(BigDecimal.valueOf(i))),
                        lang.number(h.width().multiply(BigDecimal.valueOf(i + 1))), c));
                // The count inside a tall bar, above a short one: never up among the thresholds' labels.
                boolean inside = barH > 16;
                w(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s>%d</text>\n",
                        x + barW / 2, top + plotH - barH + (inside ? 13 : -3), inside ? " fill=\"#fff\"" : "", c));
            }
        }
        for (int v = 0; v <= 100; v += 10) {
            double x = left + plotW * v / 100;
            w(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                    x, height - bottom + 14, v));
        }
        w("<text x=\"" + (left + plotW / 2) + "\" y=\"" + (height - 4) + "\" text-anchor=\"middle\">"
                + esc(lang.pick("Điểm", "Score")) + "</text>\n");
        w("<text x=\"12\" y=\"" + (top + plotH / 2) + "\" text-anchor=\"middle\" transform=\"rotate(-90 12 "
                + (top + plotH / 2) + ")\">" + esc(lang.pick("Số hồ sơ", "Dossiers")) + "</text>\n");
        for (int i = 0; i < h.thresholds().size(); i++) {
            AwardThreshold t = h.thresholds().get(i);
            double x = left + plotW * t.from().doubleValue() / 100;
            String color = t.award() == Award.BANG_KHEN ? "#1b7f2a" : "#b07d00";
            // Each label left of its line, the higher ones lower, so that close thresholds never collide.
            int y = top - 6 - 13 * (h.thresholds().size() - 1 - i);
            w(String.format(java.util.Locale.ROOT, "<line class=\"threshold\" data-from=\"%s\" x1=\"%.1f\" "
                    + "y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
                    Explainer.plain(t.from()).toPlainString(), x, y - 10, x, top + plotH, color));
            w(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" fill=\"%s\" "
                    + "font-weight=\"bold\">%s %s</text>\n", x - 4, y, color, esc(lang.number(t.from())),
                    esc(lang.award(t.award()))));
        }
        w("</svg>\n<figcaption>" + esc(lang.pick("Số hồ sơ theo điểm, mỗi cột " + lang.number(h.width()) + " điểm; "
                + "đường nét đứt là ngưỡng khen thưởng.", "Dossiers per score, " + lang.number(h.width())
                + " points a bar; the dashed lines are the award thresholds.")) + "</figcaption>\n</figure>\n");
    }

    private void explanations(OfficeSummary s) throws IOException {
        w("<h2>" + esc(lang.pick("Giải thích từng hồ sơ", "The explanation of each dossier")) + "</h2>\n");
        for (OfficeSummary.Row r : s.rows()) {
            w("<section class=\"explain\" id=\"d-" + r.index() + "\">\n<h3>" + esc(r.dossierId() == null
                    ? lang.pick("(không rõ mã)", "(no id)") : r.dossierId())
                    + (r.nominee() == null ? "" : " — " + esc(r.nominee())) + "</h3>\n<pre>");
            if (r.explanation() != null) {
                w(esc(ExplanationText.of(r.explanation(), lang)));
            } else {
                OfficeSummary.RowError e = r.error();
                w(esc(lang.pick("Không xét được: ", "Could not be evaluated: ") + e.code()
                        + (e.kind() == null ? "" : " " + e.kind()) + "\n" + (e.field() == null ? ""
                        : lang.pick("trường ", "field ") + e.field() + ": ") + e.message()
                        + (e.line() == null ? "" : lang.pick(" (dòng ", " (line ") + e.line() + ")")
                        + "\n" + lang.pick("Tệp: ", "File: ") + r.source()));
            }
            w("</pre>\n<p class=\"back\"><a href=\"#rows\">↑ " + esc(lang.pick("về danh sách", "back to the table"))
                    + "</a></p>\n</section>\n");
        }
    }

    private String kind(String kind) {
        if (kind == null) {
            return "";
        }
        return kind.equals("COLLECTIVE") ? lang.pick("Tập thể", "Collective") : lang.pick("Cá nhân", "Individual");
    }

    private String awardWords(Award a) {
        return a == null ? lang.pick("Lỗi hồ sơ", "Error") : lang.award(a);
    }

    private String awardKey(String key) {
        return key.equals(OfficeSummary.ERROR) ? awardWords(null) : lang.award(Award.valueOf(key));
    }



    private void w(String s) throws IOException {
        out.write(s);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
