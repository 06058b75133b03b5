package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.ReportCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two criteria tables of criteria-2026.md §5 and the constants of §0, §4 and §6, written out in Java
 * for {@link FullHandWritten}. Each line carries the name of the DRL rule that declares it, because the
 * evaluation names that rule in {@code criteria[].rule}.
 */
final class HandTable {

    enum Method { PER_ITEM, FLAT, RATE, REPORTS, BONUS, DEDUCTION, PER_SANCTION }

    record Band(BigDecimal percent, BigDecimal points) {

        /** Exactly, as the spec asks: done × 100 ≥ percent × total. */
        boolean holds(long done, long total) {
            return BigDecimal.valueOf(done).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(total))) >= 0;
        }
    }

    /**
     * One line; {@code points} is per item (or the flat points), {@code max} null for bonus, deduction and
     * report lines (a report line's cap is its group's). {@code lateAfter}/{@code latePoints} are TT1.1's
     * exception, {@code sanctionedPoints} CN1.1's.
     */
    record Line(String code, String group, Method method, BigDecimal points, BigDecimal max, List<Band> bands,
                LocalDate evidenceFrom, LocalDate lateAfter, BigDecimal latePoints, BigDecimal sanctionedPoints,
                String rule) {

        boolean earnedByEvidence() {
            return method != Method.REPORTS && method != Method.PER_SANCTION;
        }

        boolean needsResult() {
            return earnedByEvidence() && method != Method.RATE && method != Method.DEDUCTION;
        }

        BigDecimal ratePoints(long done, long total) {
            if (total == 0) {
                return max; // nothing arose: full points
            }
            for (Band b : bands) {
                if (b.holds(done, total)) {
                    return b.points();
                }
            }
            return BigDecimal.ZERO;
        }
    }

    record Group(String code, BigDecimal max) {
    }

    /** One nominee kind's table: groups and lines in table order, lines also by code. */
    record Table(List<Group> groups, List<Line> lines, Map<String, Line> byCode) {
    }

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final String BOARD = "BQLKKT-AG";
    static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);
    static final int COPIES = 2;
    static final BigDecimal MAX_SCORE = HUNDRED;
    static final BigDecimal BONUS_CAP = new BigDecimal("5");
    static final BigDecimal ON_TIME_REPORT = new BigDecimal("2.5");
    static final BigDecimal LATE_REPORT = new BigDecimal("1");
    static final BigDecimal GIAY_KHEN_FROM = new BigDecimal("80");
    static final BigDecimal BANG_KHEN_FROM = new BigDecimal("90");
    static final Map<ReportCode, LocalDate> REPORT_DUE = Map.of(ReportCode.Q1, LocalDate.of(2026, 4, 15),
            ReportCode.H1, LocalDate.of(2026, 6, 15), ReportCode.Q3, LocalDate.of(2026, 9, 15),
            ReportCode.PLAN, LocalDate.of(2026, 11, 15));

    static final String LATE_RULE = "DIEU_CHINH.MUON Chứng cứ sớm nhất ghi ngày sau hạn của dòng tiêu chí: chỉ được"
            + " điểm dành cho trường hợp muộn";
    static final String SANCTIONED_RULE = "DIEU_CHINH.KY_LUAT Có quyết định kỷ luật được tính: chỉ được điểm dành"
            + " cho trường hợp bị kỷ luật";

    static final Table COLLECTIVE = new Builder()
            .group("TT1", "20")
            .flat("TT1.1", "4", "Ban hành kế hoạch năm về công tác phòng, chống tham nhũng, lãng phí, tiêu cực")
            .perItem("TT1.2", "1", "4", "Quán triệt, tuyên truyền, phổ biến")
            .perItem("TT1.3", "2", "6", "Kiểm tra, giám sát nội bộ có kết luận")
            .rate("TT1.4", "Thực hiện nhiệm vụ của Kế hoạch phòng, chống tham nhũng, tiêu cực của Ban Quản lý",
                    "95", "6", "75", "4", "50", "2")
            .group("TT2", "25")
            .flat("TT2.1", "5", "Công khai, minh bạch")
            .rate("TT2.2", "Kê khai tài sản, thu nhập đúng hạn", "100", "5", "90", "3")
            .flat("TT2.3", "5", "Chuyển đổi vị trí công tác, kiểm soát xung đột lợi ích")
            .flat("TT2.4", "5", "Tiết kiệm, chống lãng phí có số liệu")
            .flat("TT2.5", "5", "Cải cách hành chính, chuyển đổi số phòng, chống tham nhũng")
            .group("TT3", "35")
            .perItem("TT3.1", "5", "15", "Vụ việc tham nhũng, lãng phí, tiêu cực được phát hiện, xử lý")
            .perItem("TT3.2", "4", "12", "Tham mưu vụ việc, vấn đề phức tạp")
            .rate("TT3.3", "Giải quyết đơn thư khiếu nại, tố cáo đúng hạn", "100", "8", "90", "6", "75", "4")
            .group("TT4", "10")
            .perItem("TT4.1", "2.5", "5", "Cung cấp thông tin đúng hạn cho Ban Nội chính và cơ quan tư pháp")
            .perItem("TT4.2", "2.5", "5", "Góp ý văn bản pháp luật, phối hợp thu hồi tài sản")
            .group("TT5", "10")
            .reports("TT5", "Chế độ thông tin, báo cáo")
            .other("TT-B1", Method.BONUS, "2", "Điểm thưởng: vụ việc chuyển cơ quan điều tra")
            .other("TT-B2", Method.BONUS, "1", "Điểm thưởng: mô hình, sáng kiến được công nhận cấp tỉnh")
            .other("TT-D1", Method.PER_SANCTION, "5",
                    "Điểm trừ: cán bộ của đơn vị bị kỷ luật về tham nhũng, lãng phí, tiêu cực, cải cách tư pháp")
            .other("TT-D2", Method.DEDUCTION, "10", "Điểm trừ: vụ việc tham nhũng, lãng phí được kết luận xảy ra trong đơn vị")
            .adjust("TT1.1", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31), "2", null)
            .build();

    static final Table INDIVIDUAL = new Builder()
            .group("CN1", "15")
            .flat("CN1.1", "10", "Không vi phạm kỷ luật trong kỳ, có xác nhận của thủ trưởng đơn vị")
            .flat("CN1.2", "5", "Kê khai tài sản, thu nhập đúng hạn hoặc không thuộc diện kê khai")
            .group("CN2", "30")
            .perItem("CN2.1", "3", "15", "Văn bản tham mưu được cấp có thẩm quyền ban hành")
            .rate("CN2.2", "Hoàn thành nhiệm vụ đúng tiến độ, bảo đảm chất lượng", "95", "15", "80", "10", "60", "5")
            .group("CN3", "35")
            .perItem("CN3.1", "7", "21", "Vụ việc trực tiếp phát hiện, xử lý, có kết quả")
            .perItem("CN3.2", "7", "14", "Tham mưu vụ việc, vấn đề phức tạp, có kết quả")
            .group("CN4", "10")
            .flat("CN4.1", "6", "Sáng kiến, giải pháp được công nhận")
            .perItem("CN4.2", "1", "4", "Chủ trì tuyên truyền, tập huấn")
            .group("CN5", "10")
            .reports("CN5", "Chế độ báo cáo")
            .other("CN-B1", Method.BONUS, "3", "Điểm thưởng: thành tích đột xuất được xác nhận bằng văn bản")
            .other("CN-B2", Method.BONUS, "1", "Điểm thưởng: được cấp trên khen bằng văn bản")
            .other("CN-D1", Method.DEDUCTION, "2", "Điểm trừ: bị thủ trưởng nhắc nhở bằng văn bản hoặc chậm nhiệm vụ")
            .adjust("CN1.1", null, null, null, "0")
            .build();

    private HandTable() {
    }

    static Table of(NomineeKind kind) {
        return kind == NomineeKind.COLLECTIVE ? COLLECTIVE : INDIVIDUAL;
    }

    /** Writes a table as the DRL files do: one call per line, the rule name being the code and the title. */
    private static final class Builder {
        private final List<Group> groups = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();

        Builder group(String code, String max) {
            groups.add(new Group(code, new BigDecimal(max)));
            return this;
        }

        Builder flat(String code, String points, String title) {
            return line(code, Method.FLAT, points, points, List.of(), title);
        }

        Builder perItem(String code, String points, String cap, String title) {
            return line(code, Method.PER_ITEM, points, cap, List.of(), title);
        }

        /** Bands as percent, points pairs, highest first. */
        Builder rate(String code, String title, String... bands) {
            List<Band> list = new ArrayList<>();
            for (int i = 0; i < bands.length; i += 2) {
                list.add(new Band(new BigDecimal(bands[i]), new BigDecimal(bands[i + 1])));
            }
            String max = list.stream().map(Band::points).max(BigDecimal::compareTo).orElseThrow().toString();
            return line(code, Method.RATE, null, max, list, title);
        }

        Builder reports(String code, String title) {
            lines.add(new Line(code, code, Method.REPORTS, null, null, List.of(), null, null, null, null,
                    code + " " + title));
            return this;
        }

        Builder other(String code, Method method, String points, String title) {
            lines.add(new Line(code, null, method, new BigDecimal(points), null, List.of(), null, null, null, null,
                    code + " " + title));
            return this;
        }

        Builder adjust(String code, LocalDate evidenceFrom, LocalDate lateAfter, String latePoints,
                       String sanctionedPoints) {
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.code().equals(code)) {
                    lines.set(i, new Line(l.code(), l.group(), l.method(), l.points(), l.max(), l.bands(), evidenceFrom,
                            lateAfter, latePoints == null ? null : new BigDecimal(latePoints),
                            sanctionedPoints == null ? null : new BigDecimal(sanctionedPoints), l.rule()));
                }
            }
            return this;
        }

        private Builder line(String code, Method method, String points, String max, List<Band> bands, String title) {
            lines.add(new Line(code, code.substring(0, code.indexOf('.')), method,
                    points == null ? null : new BigDecimal(points), new BigDecimal(max), bands, null, null, null, null,
                    code + " " + title));
            return this;
        }

        Table build() {
            Map<String, Line> byCode = new LinkedHashMap<>();
            lines.forEach(l -> byCode.put(l.code(), l));
            return new Table(List.copyOf(groups), List.copyOf(lines), Map.copyOf(byCode));
        }
    }
}
