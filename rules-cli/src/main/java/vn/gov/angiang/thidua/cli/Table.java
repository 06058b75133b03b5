package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.Warning;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes as a person reads them, in Vietnamese with English beside: per dossier a line with its
 * id, nominee, score and award, then the reasons and warnings; a count by award at the end. In detail
 * (explain) it adds the points of every group and criterion with the evidence that counted, the bonus
 * and deductions, and the rules that fired.
 */
final class Table implements Report {

    private static final String INDENT = "    ";

    private final PrintStream out;
    private final boolean detailed;
    private final boolean summary;
    private final Map<Award, Long> byAward = new EnumMap<>(Award.class);
    private long errors;
    private long total;
    private boolean begun;

    /** A table of a batch; {@code detailed} adds the points and the trace, {@code summary} the count by award. */
    Table(PrintStream out, boolean detailed, boolean summary) {
        this.out = out;
        this.detailed = detailed;
        this.summary = summary;
        for (Award a : Award.values()) {
            byAward.put(a, 0L);
        }
    }

    @Override
    public void begin(RuleSetInfo ruleSet, LocalDate consideredOn) {
        begun = true;
        out.println("Bộ quy tắc / rule set: " + ruleSet.id() + " " + ruleSet.version()
                + " (sha256 " + shortHash(ruleSet.sha256()) + ")");
        out.println("Ngày xét / considered on: " + consideredOn);
        out.println();
    }

    @Override
    public void outcome(long index, String source, Dossier dossier, Outcome outcome) {
        total++;
        if (outcome instanceof Evaluation e) {
            byAward.merge(e.award(), 1L, Long::sum);
            evaluation(index, dossier, e);
        } else {
            errors++;
            error(source, (ErrorRecord) outcome);
        }
        out.println();
    }

    @Override
    public void close() {
        if (!begun || !summary) {
            out.flush();
            return;
        }
        out.println("Tổng hợp / summary: " + total + " hồ sơ / dossiers");
        for (Award a : new Award[]{Award.BANG_KHEN, Award.GIAY_KHEN, Award.NONE}) {
            out.println("  " + a.inWords().vi() + " (" + a.inWords().en() + "): " + byAward.get(a));
        }
        if (errors > 0) {
            out.println("  Lỗi, không xét được / errors, not evaluated: " + errors);
        }
        out.flush();
    }

    private void evaluation(long index, Dossier d, Evaluation e) {
        StringBuilder line = new StringBuilder();
        line.append('#').append(index).append("  ").append(e.dossierId()).append("  ").append(name(d))
                .append("  |  điểm / score ").append(number(e.score()))
                .append("  |  ").append(e.award().inWords().vi());
        if (e.award() != e.awardByScore()) {
            line.append(" (theo điểm / by score: ").append(e.awardByScore().inWords().vi()).append(')');
        }
        out.println(line);
        if (detailed) {
            details(d, e);
        }
        if (!e.reasons().isEmpty()) {
            out.println(INDENT + "Lý do không khen thưởng / reasons (" + e.reasons().size() + "):");
            for (Reason r : e.reasons()) {
                out.println(INDENT + "  " + r.code() + "  " + r.message().vi() + ref(r.ref()));
                if (detailed) {
                    out.println(INDENT + "      " + r.message().en() + "  [" + r.category() + "]");
                    if (r.rule() != null) {
                        out.println(INDENT + "      quy tắc / rule: " + r.rule());
                    }
                }
            }
        }
        if (!e.warnings().isEmpty()) {
            out.println(INDENT + "Lưu ý / warnings (" + e.warnings().size() + "):");
            for (Warning w : e.warnings()) {
                String criterion = w.criterion() == null ? "" : w.criterion() + "  ";
                out.println(INDENT + "  " + w.code() + "  " + criterion + w.message().vi() + ref(w.ref()));
                if (detailed) {
                    out.println(INDENT + "      " + w.message().en());
                }
            }
        }
        if (detailed && e.trace() != null) {
            out.println(INDENT + "Quy tắc đã chạy, theo thứ tự / rules fired, in order (" + e.trace().size() + "):");
            int n = 0;
            for (String rule : e.trace()) {
                out.printf("%s  %3d. %s%n", INDENT, ++n, rule);
            }
        }
    }

    private void details(Dossier d, Evaluation e) {
        if (d != null && d.nominee() != null) {
            Nominee n = d.nominee();
            String kind = n.kind() == NomineeKind.COLLECTIVE ? "Tập thể / collective" : "Cá nhân / individual";
            String type = n.kind() == NomineeKind.COLLECTIVE
                    ? (n.unitType() == null ? "" : ", " + n.unitType())
                    : (n.employment() == null ? "" : ", " + n.employment());
            out.println(INDENT + "Đối tượng / nominee: " + kind + type + " — " + n.agency()
                    + (n.unit() == null ? "" : " / " + n.unit()));
        }
        out.println(INDENT + "Ngày xét / considered on: " + e.consideredOn());
        out.println(INDENT + "Điểm / score: " + number(e.score()) + "   cộng / bonus: " + number(e.bonus())
                + "   trừ / deductions: " + number(e.deductions())
                + (e.selfScoreGap() == null ? "" : "   tự chấm chênh / self-score gap: " + signed(e.selfScoreGap())));
        out.println(INDENT + "Xếp loại theo điểm / award by score: " + e.awardByScore().inWords().vi()
                + " (" + e.awardByScore().inWords().en() + ")");
        out.println(INDENT + "Khen thưởng / award: " + e.award().inWords().vi() + " (" + e.award().inWords().en() + ")");
        out.println(INDENT + "Điểm từng tiêu chí / points by criterion (điểm / tối đa — points / max; chứng cứ / evidence):");
        List<CriterionResult> left = new ArrayList<>(e.criteria());
        for (GroupResult g : e.groups()) {
            out.printf("%s  %-8s %8s / %s%n", INDENT, g.code(), number(g.points()), number(g.max()));
            for (CriterionResult c : e.criteria()) {
                if (c.code().equals(g.code()) || c.code().startsWith(g.code() + ".")) {
                    criterion(c);
                    left.remove(c);
                }
            }
        }
        for (CriterionResult c : left) {
            criterion(c);
        }
    }

    private void criterion(CriterionResult c) {
        out.printf("%s    %-8s %6s / %-6s %s%n", INDENT, c.code(), number(c.points()), number(c.max()),
                c.evidence().isEmpty() ? "—" : String.join("; ", c.evidence()));
        if (c.rule() != null) {
            out.println(INDENT + "             quy tắc / rule: " + c.rule());
        }
    }

    private void error(String source, ErrorRecord r) {
        ErrorRecord.Error e = r.error();
        // Where: file:line:column, as editors read it (stdin is "-").
        String where = source == null ? "" : source;
        if (e.line() != null) {
            where += ":" + e.line() + (e.column() == null ? "" : ":" + e.column());
        }
        out.println("#" + r.index() + "  " + (r.dossierId() == null ? "(không rõ mã / no id)" : r.dossierId())
                + "  |  LỖI / ERROR " + e.code() + (e.kind() == null ? "" : " " + e.kind())
                + (where.isEmpty() || where.equals("-") ? "" : "  (" + where + ")"));
        out.println(INDENT + (e.field() == null ? "" : e.field() + ": ") + e.message());
    }

    private static String name(Dossier d) {
        if (d == null || d.nominee() == null) {
            return "—";
        }
        Nominee n = d.nominee();
        for (String s : new String[]{n.name(), n.unit(), n.agency()}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return "—";
    }

    private static String ref(String ref) {
        return ref == null || ref.isBlank() ? "" : "  [" + ref + "]";
    }

    /** Points with the decimal comma, as Vietnamese readers write them (JSON keeps the point). */
    static String number(BigDecimal n) {
        return Lang.vi.number(n);
    }

    private static String signed(BigDecimal n) {
        return n.signum() > 0 ? "+" + number(n) : number(n);
    }

    private static String shortHash(String sha256) {
        return sha256 == null ? "?" : sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256;
    }
}
