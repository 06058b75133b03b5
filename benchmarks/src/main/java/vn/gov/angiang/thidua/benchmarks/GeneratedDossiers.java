package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.AchievementReport;
import vn.gov.angiang.thidua.api.Confirmation;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Employment;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.ProceedingType;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.ReportCode;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.SanctionForm;
import vn.gov.angiang.thidua.api.Subject;
import vn.gov.angiang.thidua.api.Submission;
import vn.gov.angiang.thidua.api.UnitType;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, realistic dossiers: both kinds (collectives two in five), about 12 evidence items of the
 * nominee's own table (narrative and rate items, bonus and deduction items, about one in six invalid
 * in one of the ways of criteria-2026.md §4, one in ten repeating an earlier item), reports on time,
 * late or missing, now and then an open proceeding that excludes, a sanction, a draft, a late or
 * incomplete submission, a nominee out of scope. Dossier {@code i} of seed {@code s} is always the same;
 * a line of JSON is about 4 KB.
 * <pre>java -cp benchmarks.jar vn.gov.angiang.thidua.benchmarks.GeneratedDossiers 2000000 /tmp/d.jsonl [seed]</pre>
 */
public final class GeneratedDossiers {

    private static final String[] COLLECTIVE_NARRATIVE = {"TT1.1", "TT1.2", "TT1.2", "TT1.3", "TT2.1", "TT2.3",
            "TT2.4", "TT2.5", "TT3.1", "TT3.1", "TT3.2", "TT4.1", "TT4.2", "TT-B1", "TT-B2", "TT-D2"};
    private static final String[] COLLECTIVE_RATE = {"TT1.4", "TT2.2", "TT3.3"};
    private static final String[] INDIVIDUAL_NARRATIVE = {"CN1.1", "CN1.2", "CN2.1", "CN2.1", "CN3.1", "CN3.1",
            "CN3.2", "CN4.1", "CN4.2", "CN4.2", "CN-B1", "CN-B2", "CN-D1"};
    private static final String[] INDIVIDUAL_RATE = {"CN2.2"};
    private static final String[] CONTENT = {
            "Hội nghị quán triệt nhiệm vụ phòng, chống tham nhũng, lãng phí, tiêu cực năm 2026 đến toàn thể công chức",
            "Kiểm tra việc thực hiện quy chế chi tiêu nội bộ và quản lý tài sản công tại đơn vị trực thuộc",
            "Phát hiện sai phạm trong hồ sơ đấu thầu gói thầu xây dựng hạ tầng khu kinh tế cửa khẩu",
            "Tham mưu xử lý đơn phản ánh việc cấp phép đầu tư chậm trễ, gây phiền hà cho doanh nghiệp",
            "Công khai dự toán, quyết toán ngân sách và kết quả mua sắm tài sản trên cổng thông tin điện tử",
            "Cung cấp thông tin, tài liệu cho Ban Nội chính Tỉnh ủy phục vụ theo dõi vụ việc đúng thời hạn"};
    private static final String[] RESULT = {
            "Chuyển cơ quan điều tra; thu hồi 320 triệu đồng cho ngân sách nhà nước",
            "100% công chức, viên chức tham dự và ký cam kết thực hiện",
            "Kiến nghị xử lý trách nhiệm 02 cá nhân; khắc phục xong trong tháng",
            "Được cấp có thẩm quyền ban hành văn bản chỉ đạo thực hiện"};

    private final long seed;

    public GeneratedDossiers(long seed) {
        this.seed = seed;
    }

    /** Dossier number {@code i}: a function of the seed and {@code i} alone. */
    public Dossier dossier(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        boolean collective = r.nextInt(5) < 2;
        String id = "BQLKKT-2026-" + (collective ? "TT-" : "CN-") + i;
        Nominee nominee = collective
                ? new Nominee(NomineeKind.COLLECTIVE, "Phòng Quản lý doanh nghiệp số " + i,
                r.nextInt(50) == 0 ? "SO-KHDT-AG" : "BQLKKT-AG", "P" + r.nextInt(12),
                r.nextInt(40) == 0 ? UnitType.OTHER : UnitType.values()[r.nextInt(3)], null)
                : new Nominee(NomineeKind.INDIVIDUAL, "Nguyễn Thị Thu Hà " + i, "BQLKKT-AG", "VP",
                null, r.nextInt(40) == 0 ? Employment.CONTRACT : Employment.values()[r.nextInt(2)]);
        return new Dossier(id, nominee, evidence(r, collective), reports(r), proceedings(r), sanctions(r),
                submission(r), r.nextInt(3) == 0 ? BigDecimal.valueOf(7000 + r.nextInt(3001), 2) : null);
    }

    private static List<Evidence> evidence(SplittableRandom r, boolean collective) {
        String[] narrative = collective ? COLLECTIVE_NARRATIVE : INDIVIDUAL_NARRATIVE;
        String[] rates = collective ? COLLECTIVE_RATE : INDIVIDUAL_RATE;
        int n = 8 + r.nextInt(9);
        List<Evidence> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int roll = r.nextInt(100);
            if (roll < 10 && !items.isEmpty()) {
                items.add(items.get(r.nextInt(items.size()))); // the same item listed twice
                continue;
            }
            boolean rate = r.nextInt(6) == 0;
            String code = rate ? rates[r.nextInt(rates.length)] : narrative[r.nextInt(narrative.length)];
            String ref = "Văn bản " + (k + 1) + "/" + code + "-" + r.nextInt(1000);
            LocalDate date = LocalDate.of(2026, 1, 5).plusDays(r.nextInt(300));
            String content = CONTENT[r.nextInt(CONTENT.length)];
            String result = rate ? null : RESULT[r.nextInt(RESULT.length)];
            Long total = rate ? (long) r.nextInt(40) : null;
            Long done = rate ? Math.max(0, total - r.nextInt(4)) : null;
            if (roll >= 84) {
                switch (roll % 7) {
                    case 0 -> code = collective ? "CN3.1" : "TT3.1";   // the other table's code
                    case 1 -> ref = r.nextBoolean() ? null : "  ";    // no reference
                    case 2 -> {
                        if (rate) {
                            done = total + 1;                         // a bad rate
                        } else {
                            result = null;                            // no result
                        }
                    }
                    case 3 -> date = LocalDate.of(2025, 6, 1);        // before the period
                    case 4 -> date = null;                            // undated
                    case 5 -> date = LocalDate.of(2026, 11, 30);      // after the day considered
                    default -> code = "TT9.9";                        // in no table
                }
            }
            items.add(new Evidence(code, ref, date, content, result, done, total));
        }
        return items;
    }

    private static List<Report> reports(SplittableRandom r) {
        List<Report> reports = new ArrayList<>(4);
        LocalDate[] due = {LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 11, 15)};
        for (ReportCode code : ReportCode.values()) {
            int roll = r.nextInt(20);
            if (roll == 0) {
                continue; // missing
            }
            LocalDate received = roll == 1 ? null : due[code.ordinal()].plusDays(roll < 4 ? 3 : -r.nextInt(10));
            reports.add(new Report(code, "Báo cáo " + r.nextInt(100) + "/BC-" + code, received));
        }
        return reports;
    }

    private static List<Proceeding> proceedings(SplittableRandom r) {
        if (r.nextInt(8) != 0) {
            return List.of();
        }
        ProceedingType type = ProceedingType.values()[r.nextInt(ProceedingType.values().length)];
        Subject subject = Subject.values()[r.nextInt(Subject.values().length)];
        LocalDate opened = LocalDate.of(2026, 2, 1).plusDays(r.nextInt(280));
        LocalDate closed = r.nextBoolean() ? null : opened.plusDays(r.nextInt(90));
        return List.of(new Proceeding(type, subject, opened, closed, r.nextBoolean(), "Đơn ngày " + opened));
    }

    private static List<Sanction> sanctions(SplittableRandom r) {
        if (r.nextInt(12) != 0) {
            return List.of();
        }
        return List.of(new Sanction(LocalDate.of(2026, 3, 1).plusDays(r.nextInt(200)),
                SanctionForm.values()[r.nextInt(SanctionForm.values().length)],
                Subject.values()[r.nextInt(Subject.values().length)], r.nextBoolean() ? null : "QĐ " + r.nextInt(99)));
    }

    private static Submission submission(SplittableRandom r) {
        int roll = r.nextInt(20);
        if (roll == 0) {
            return null; // a draft
        }
        Confirmation confirmation = roll == 1 ? null
                : new Confirmation("Đảng ủy Ban Quản lý Khu kinh tế", "XN 15-XN/ĐU", LocalDate.of(2026, 11, 10));
        AchievementReport report = roll == 2 ? new AchievementReport(false, 0) : new AchievementReport(true, 1 + r.nextInt(5));
        LocalDate received = roll == 3 ? LocalDate.of(2026, 11, 21) : roll == 4 ? null
                : LocalDate.of(2026, 11, 10).plusDays(r.nextInt(9));
        return new Submission(confirmation, report, roll == 5 ? 1 : 2, received);
    }

    /** Writes dossiers {@code 0..count-1} as JSON Lines. */
    public void writeJsonLines(long count, OutputStream out) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(DossierJson.writeLine(dossier(i)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratedDossiers COUNT FILE.jsonl [SEED]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            new GeneratedDossiers(seed).writeJsonLines(count, out);
        }
    }
}
