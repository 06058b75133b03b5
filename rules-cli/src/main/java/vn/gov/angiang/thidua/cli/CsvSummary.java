package vn.gov.angiang.thidua.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary as CSV for a spreadsheet: UTF-8 with a byte order mark (so that a spreadsheet reads the diacritics
 * as UTF-8), CRLF line ends and RFC 4180 quoting, a Vietnamese header and one line per dossier, kinds and awards in
 * the words of every other output ({@link Lang#award}); scores keep the decimal point, as data for a spreadsheet to
 * compute with. A text cell that a spreadsheet would take for a formula (= + - @ at its start) is written after an
 * apostrophe.
 */
final class CsvSummary {

    static final char BOM = '\uFEFF';

    private static final List<String> HEADER = List.of("STT", "Mã hồ sơ", "Tên tập thể, cá nhân", "Loại", "Đơn vị",
            "Điểm", "Mức theo điểm", "Mức khen", "Lý do không khen", "Số cảnh báo", "Lỗi", "Tệp");

    private CsvSummary() {
    }

    static void write(OfficeSummary summary, Writer out) throws IOException {
        out.write(BOM);
        line(out, HEADER);
        int n = 0;
        for (OfficeSummary.Row r : summary.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(++n));
            cells.add(text(r.dossierId()));
            cells.add(text(r.nominee()));
            cells.add(r.kind() == null ? "" : r.kind().equals("COLLECTIVE") ? "Tập thể" : "Cá nhân");
            cells.add(text(UnitNames.of(r.unit())));
            cells.add(r.score() == null ? "" : r.score().toPlainString());
            cells.add(r.awardByScore() == null ? "" : Lang.vi.award(r.awardByScore()));
            cells.add(r.award() == null ? "Hồ sơ lỗi" : Lang.vi.award(r.award()));
            cells.add(text(r.reasons().stream().map(x -> Lang.vi.pick(x.message()) + (x.clause() == null ? ""
                    : " (" + x.clause() + ")")).collect(Collectors.joining("; "))));
            cells.add(r.warnings() == null ? "" : r.warnings().toString());
            cells.add(r.error() == null ? "" : text(r.error().code() + (r.error().field() == null ? ""
                    : " " + r.error().field()) + ": " + r.error().message()));
            cells.add(text(r.source()));
            line(out, cells);
        }
    }

    private static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.write('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }
}
