package vn.gov.angiang.thidua.testing.impact;

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

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic dossiers of the 2026 plan, for searching what an edit of the rules changes and for
 * benchmarks. Every dossier is valid input (it reads and evaluates); what it contains is what real files
 * contain, in the proportions that reach every corner of the criteria table:
 * <ul>
 *   <li>both kinds of nominee, mostly in scope (the Board's agency, a department, a civil servant), now and
 *       then out of it (another agency, a blank or padded one, contract staff, no unit type);</li>
 *   <li>four kinds of file: excellent (every criterion at its cap, reports on time, bonus lines: scores of
 *       95 to 100 and beyond before the cap), ordinary, poor (deductions, little evidence: scores near 0)
 *       and careless (a third of the evidence invalid);</li>
 *   <li>evidence items for every line of the nominee's table, as many as the cap needs and one more; rates
 *       on the edges of their bands ({@code done × 100} at a band, one below or above it; {@code total = 0});
 *       invalid items of every kind (another table's code, no reference, no result, a bad rate, undated,
 *       outside the period, after the receipt or the day considered, a repeated reference — also written
 *       in NFD or with stray spaces);</li>
 *   <li>dates on the boundaries the rules turn on: the period's first and last day and the days beside
 *       them, TT1.1's window (2025-12-01) and its lateness (2026-03-31), each report's due date and the day
 *       after, the dossier deadline (received on 19, 20 or 21 November), the receipt day and the day
 *       considered;</li>
 *   <li>proceedings opened or closed on, before and after the day considered, with and without signs of
 *       violation, of every type and subject; sanctions inside and just outside the period, sharing a
 *       reference or not; drafts, incomplete submissions, self-scores.</li>
 * </ul>
 * The day considered varies too (25 November, the deadline's days, the period's end and the new year, an
 * earlier day), unless it is fixed. The same seed and index always give the same dossier, on any machine:
 * dossier {@code i} of seed {@code s} can be made again alone with {@link #generate(long)}. Not thread-safe
 * (one generator per thread; {@link #generate(long)} itself holds no state).
 * <pre>
 * DossierGenerator generator = new DossierGenerator(2026);
 * DossierOnDay next = generator.next();
 * evaluator.evaluate(next.dossier(), next.consideredOn());
 * </pre>
 */
public final class DossierGenerator {

    /** The period and the days the 2026 table turns on (criteria-2026.md §0, §4, §5a). */
    static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 20);
    static final LocalDate TT11_WINDOW = LocalDate.of(2025, 12, 1);
    static final LocalDate TT11_LATE_AFTER = LocalDate.of(2026, 3, 31);
    /** The day considered when none is given: a few days after the deadline, as in the examples. */
    public static final LocalDate USUAL_DAY = LocalDate.of(2026, 11, 25);
    private static final String BOARD = "BQLKKT-AG";

    private enum Shape { FLAT, PER_ITEM, RATE, BONUS, DEDUCTION }

    /** A line of the table: how it scores, how many items reach its cap, its bands (percent), what its references look like. */
    private record Line(String code, Shape shape, int toCap, int[] bands, String refPrefix) {
    }

    private enum Profile { EXCELLENT, ORDINARY, POOR, CARELESS }

    private static final List<Line> COLLECTIVE = List.of(
            flat("TT1.1", "Kế hoạch"), per("TT1.2", 4, "Hội nghị quán triệt"), per("TT1.3", 3, "Kết luận kiểm tra"),
            rate("TT1.4", "Báo cáo thực hiện KH 07", 95, 75, 50), flat("TT2.1", "Thông báo công khai"),
            rate("TT2.2", "Báo cáo kê khai", 100, 90), flat("TT2.3", "Quyết định chuyển đổi vị trí"),
            flat("TT2.4", "Báo cáo tiết kiệm"), flat("TT2.5", "Quyết định cải cách hành chính"),
            per("TT3.1", 3, "Vụ việc"), per("TT3.2", 3, "Tờ trình"), rate("TT3.3", "Báo cáo giải quyết đơn", 100, 90, 75),
            per("TT4.1", 2, "Công văn cung cấp thông tin"), per("TT4.2", 2, "Văn bản góp ý"),
            new Line("TT-B1", Shape.BONUS, 3, null, "Quyết định chuyển hồ sơ"),
            new Line("TT-B2", Shape.BONUS, 5, null, "Bằng công nhận"),
            new Line("TT-D2", Shape.DEDUCTION, 1, null, "Kết luận vụ việc"));
    private static final List<Line> INDIVIDUAL = List.of(
            flat("CN1.1", "Xác nhận của thủ trưởng"), flat("CN1.2", "Bản kê khai"), per("CN2.1", 5, "Quyết định"),
            rate("CN2.2", "Báo cáo tiến độ", 95, 80, 60), per("CN3.1", 3, "Vụ việc"), per("CN3.2", 2, "Tờ trình"),
            flat("CN4.1", "Quyết định công nhận sáng kiến"), per("CN4.2", 4, "Biên bản tập huấn"),
            new Line("CN-B1", Shape.BONUS, 2, null, "Giấy xác nhận thành tích"),
            new Line("CN-B2", Shape.BONUS, 5, null, "Thư khen"),
            new Line("CN-D1", Shape.DEDUCTION, 1, null, "Văn bản nhắc nhở"));
    /** Codes that are not evidence of a table line: group codes, report lines, the other kind's codes, a typo. */
    private static final List<String> FOREIGN = List.of("TT3", "TT5", "CN5", "TT-D1", "TT9.9", "CN3.1 ", "cn3.1");

    private static final String[] NAMES = {"Nguyễn Thị Thu Hà", "Trần Văn Bình", "Lê Hoàng Phúc", "Phạm Ngọc Ánh",
            "Võ Thị Mỹ Duyên", "Huỳnh Quốc Việt"};
    private static final String[] UNITS = {"Phòng Quản lý Đầu tư", "Văn phòng Ban", "Phòng Quản lý Doanh nghiệp",
            "Trung tâm Dịch vụ Việc làm Khu kinh tế", "Ban Quản lý cửa khẩu Tịnh Biên"};
    private static final String[] RESULTS = {"Chuyển cơ quan điều tra; thu hồi 320 triệu đồng", "Được ban hành",
            "Đã hoàn thành đúng hạn", "Kỷ luật 1 viên chức", "Tiết kiệm 45 triệu đồng", "Được công nhận cấp tỉnh",
            "40 người tham dự"};
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final long seed;
    private final LocalDate fixedDay;
    private long index;

    /** Dossiers of this seed, each considered on a day of its own (25 November most often). */
    public DossierGenerator(long seed) {
        this(seed, null);
    }

    /** Dossiers of this seed, all considered on {@code consideredOn} (null: a day of their own). */
    public DossierGenerator(long seed, LocalDate consideredOn) {
        this.seed = seed;
        this.fixedDay = consideredOn;
    }

    public long seed() {
        return seed;
    }

    /** The next dossier of the sequence (the first is {@code generate(0)}). */
    public DossierOnDay next() {
        return generate(index++);
    }

    /** The next {@code n} dossiers, for a batch. */
    public List<Dossier> dossiers(int n) {
        List<Dossier> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next().dossier());
        }
        return out;
    }

    /** Dossier number {@code i} of this seed, the same every time. */
    public DossierOnDay generate(long i) {
        return new Making(new Random(mix(seed, i)), fixedDay, "HS-SINH-" + seed + "-" + i).dossier();
    }

    /** SplitMix64 of the seed and the index: neighbouring indexes give unrelated streams. */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Line flat(String code, String prefix) {
        return new Line(code, Shape.FLAT, 1, null, prefix);
    }

    private static Line per(String code, int toCap, String prefix) {
        return new Line(code, Shape.PER_ITEM, toCap, null, prefix);
    }

    private static Line rate(String code, String prefix, int... bands) {
        return new Line(code, Shape.RATE, 1, bands, prefix);
    }

    /** One dossier being made: its random stream, its day, its receipt. */
    private static final class Making {
        private final Random r;
        private final String id;
        private final LocalDate day;
        private final NomineeKind kind;
        private final Profile profile;
        private LocalDate received;
        private int refs;

        Making(Random r, LocalDate fixedDay, String id) {
            this.r = r;
            this.id = id;
            this.day = fixedDay != null ? fixedDay : day();
            this.kind = r.nextBoolean() ? NomineeKind.COLLECTIVE : NomineeKind.INDIVIDUAL;
            int p = r.nextInt(100);
            this.profile = p < 25 ? Profile.EXCELLENT : p < 70 ? Profile.ORDINARY : p < 85 ? Profile.POOR : Profile.CARELESS;
        }

        DossierOnDay dossier() {
            Submission submission = submission();
            received = submission == null ? null : submission.received();
            Dossier d = new Dossier(id, nominee(), evidence(), reports(), proceedings(), sanctions(), submission,
                    chance(40) ? BigDecimal.valueOf(r.nextInt(10_001), 2) : null);
            return new DossierOnDay(d, day);
        }

        private LocalDate day() {
            int p = r.nextInt(100);
            if (p < 35) {
                return USUAL_DAY;
            }
            if (p < 50) {
                return DEADLINE.plusDays(r.nextInt(3) - 1);
            }
            if (p < 65) {
                return pick(PERIOD_END, PERIOD_END.plusDays(1), LocalDate.of(2027, 1, 15));
            }
            if (p < 85) {
                return LocalDate.of(2026, 11, 1).plusDays(r.nextInt(92));
            }
            return pick(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 9, 15),
                    LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 8, 1));
        }

        private Nominee nominee() {
            boolean inScope = profile == Profile.EXCELLENT || chance(88);
            String agency = inScope ? BOARD : pick(" " + BOARD + " ", "SO-NV", "", "bqlkkt-ag", BOARD);
            String name = variant(NAMES[r.nextInt(NAMES.length)]);
            String unit = chance(80) ? UNITS[r.nextInt(UNITS.length)] : null;
            if (kind == NomineeKind.COLLECTIVE) {
                UnitType type = inScope ? pick(UnitType.DEPARTMENT, UnitType.DEPARTMENT, UnitType.AFFILIATED_UNIT,
                        UnitType.ADVISORY_BODY) : pick(UnitType.OTHER, null, UnitType.DEPARTMENT);
                return new Nominee(kind, unit != null ? unit : name, agency, unit, type, null);
            }
            Employment employment = inScope ? pick(Employment.CIVIL_SERVANT, Employment.CIVIL_SERVANT,
                    Employment.PUBLIC_EMPLOYEE) : pick(Employment.CONTRACT, Employment.OTHER, null, Employment.CIVIL_SERVANT);
            return new Nominee(kind, name, agency, unit, null, employment);
        }

        private List<Evidence> evidence() {
            List<Evidence> items = new ArrayList<>();
            for (Line line : kind == NomineeKind.COLLECTIVE ? COLLECTIVE : INDIVIDUAL) {
                int n = count(line);
                for (int i = 0; i < n; i++) {
                    items.add(item(line, items));
                }
            }
            int foreign = profile == Profile.CARELESS ? r.nextInt(3) : chance(5) ? 1 : 0;
            for (int i = 0; i < foreign; i++) {
                List<Line> other = kind == NomineeKind.COLLECTIVE ? INDIVIDUAL : COLLECTIVE;
                String code = chance(50) ? other.get(r.nextInt(other.size())).code() : pick(FOREIGN.toArray(String[]::new));
                items.add(new Evidence(code, ref("Văn bản"), validDate(false), "Nội dung", result(), null, null));
            }
            shuffle(items);
            return items;
        }

        /** How many items a line gets: up to its cap and one beyond, bonus and deductions rarely. */
        private int count(Line line) {
            return switch (line.shape()) {
                case FLAT -> profile == Profile.EXCELLENT ? (chance(15) ? 2 : 1)
                        : profile == Profile.POOR ? (chance(30) ? 1 : 0) : (chance(80) ? 1 : 0) + (chance(10) ? 1 : 0);
                case RATE -> profile == Profile.EXCELLENT ? 1
                        : (chance(profile == Profile.POOR ? 50 : 85) ? 1 : 0) + (chance(15) ? 1 : 0);
                case PER_ITEM -> switch (profile) {
                    case EXCELLENT -> line.toCap() + r.nextInt(2);
                    case POOR -> r.nextInt(2);
                    default -> chance(40) ? line.toCap() - 1 + r.nextInt(3) : r.nextInt(line.toCap() + 2);
                };
                case BONUS -> profile == Profile.EXCELLENT ? 1 + r.nextInt(line.toCap() + 1)
                        : chance(profile == Profile.POOR ? 5 : 35) ? 1 + r.nextInt(line.toCap()) : 0;
                case DEDUCTION -> profile == Profile.POOR ? (chance(60) ? 1 + r.nextInt(3) : 0)
                        : profile == Profile.EXCELLENT ? 0 : chance(12) ? 1 + r.nextInt(2) : 0;
            };
        }

        private Evidence item(Line line, List<Evidence> earlier) {
            int invalidPercent = switch (profile) {
                case EXCELLENT -> 0;
                case ORDINARY, POOR -> 6;
                case CARELESS -> 35;
            };
            if (chance(invalidPercent)) {
                return invalid(line, earlier);
            }
            String content = chance(90) ? "Nội dung " + line.refPrefix().toLowerCase(java.util.Locale.ROOT) : null;
            LocalDate date = line.code().equals("TT1.1") ? planDate() : validDate(line.shape() == Shape.RATE);
            if (line.shape() == Shape.RATE) {
                long[] rate = rate(line);
                return new Evidence(line.code(), ref(line.refPrefix()), date, content, null, rate[0], rate[1]);
            }
            String result = line.shape() == Shape.DEDUCTION && chance(40) ? null : result();
            return new Evidence(line.code(), ref(line.refPrefix()), date, content, result, null, null);
        }

        /** An item that earns nothing, in one of the ways real files go wrong. */
        private Evidence invalid(Line line, List<Evidence> earlier) {
            String code = line.code();
            boolean isRate = line.shape() == Shape.RATE;
            Long done = isRate ? 19L : null;
            Long total = isRate ? 20L : null;
            String ref = ref(line.refPrefix());
            String result = isRate ? null : result();
            LocalDate date = validDate(isRate);
            switch (r.nextInt(7)) {
                case 0 -> ref = pick(null, "", "   ");
                case 1 -> {
                    if (isRate) {
                        long[] bad = pick(new long[]{21, 20}, new long[]{-1, 20}, new long[]{5, -1});
                        done = chance(20) ? null : bad[0];
                        total = bad[1];
                    } else {
                        result = pick(null, "", " ");
                    }
                }
                case 2 -> date = code.equals("TT1.1") ? TT11_WINDOW.minusDays(1) : PERIOD_START.minusDays(1);
                case 3 -> date = PERIOD_END.plusDays(1);
                case 4 -> date = null;
                case 5 -> date = limit().plusDays(1);
                default -> {
                    // A repeat of an earlier item of this line: the same reference, written as typed again.
                    Evidence same = earlier.stream().filter(e -> e.criterion().equals(code) && e.ref() != null
                            && !e.ref().isBlank()).reduce((a, b) -> b).orElse(null);
                    if (same != null) {
                        String again = pick(same.ref(), " " + same.ref() + " ",
                                Normalizer.normalize(same.ref(), Normalizer.Form.NFD));
                        return new Evidence(code, again, validDate(isRate), same.content(), same.result(), same.done(),
                                same.total());
                    }
                    date = null;
                }
            }
            return new Evidence(code, ref, date, "Nội dung", result, done, total);
        }

        /** done and total: on the edge of one of the line's bands, or anywhere, or nothing arose (total 0). */
        private long[] rate(Line line) {
            if (profile == Profile.EXCELLENT) {
                long t = pick(20L, 100L, 0L, 37L);
                return new long[]{t, t};
            }
            if (chance(8)) {
                return new long[]{0, 0};
            }
            long total = pick(20L, 100L, 100L, 1L + r.nextInt(60));
            if (chance(30)) {
                long done = (long) r.nextInt((int) total + 1);
                return new long[]{done, total};
            }
            int band = line.bands()[r.nextInt(line.bands().length)];
            long atBand = (band * total + 99) / 100; // the least done that reaches the band
            long done = Math.max(0, Math.min(total, atBand + r.nextInt(3) - 1));
            return new long[]{done, total};
        }

        /** The date of the 2026 plan (TT1.1): early, on either side of its lateness, or in its December window. */
        private LocalDate planDate() {
            if (chance(30)) {
                return pick(TT11_WINDOW, TT11_LATE_AFTER, TT11_LATE_AFTER.plusDays(1), PERIOD_START);
            }
            return TT11_WINDOW.plusDays(r.nextInt(profile == Profile.EXCELLENT ? 100 : 200));
        }

        /** The last day a valid item may bear: the receipt day, or the day considered if earlier. */
        private LocalDate limit() {
            LocalDate limit = received != null && received.isBefore(day) ? received : day;
            return limit.isAfter(PERIOD_END) ? PERIOD_END : limit;
        }

        /** A date inside the period and not after the limit; now and then the first or the last day allowed. */
        private LocalDate validDate(boolean lateInYear) {
            LocalDate limit = limit();
            if (limit.isBefore(PERIOD_START)) {
                return PERIOD_START;
            }
            if (profile != Profile.EXCELLENT && chance(12)) {
                return pick(PERIOD_START, limit);
            }
            long span = ChronoUnit.DAYS.between(PERIOD_START, limit);
            LocalDate from = lateInYear ? PERIOD_START.plusDays(span / 2) : PERIOD_START;
            return from.plusDays((long) (r.nextDouble() * (ChronoUnit.DAYS.between(from, limit) + 1)));
        }

        private List<Report> reports() {
            List<Report> reports = new ArrayList<>();
            for (ReportCode code : ReportCode.values()) {
                LocalDate due = due(code);
                int p = r.nextInt(100);
                int onTime = profile == Profile.EXCELLENT ? 100 : profile == Profile.POOR ? 40 : 70;
                if (p < onTime) {
                    reports.add(new Report(code, reportRef(code), chance(20) ? due : due.minusDays(1 + r.nextInt(40))));
                } else if (p < onTime + (100 - onTime) / 3) {
                    reports.add(new Report(code, reportRef(code), chance(50) ? due.plusDays(1) : due.plusDays(2 + r.nextInt(60))));
                } else if (chance(50)) {
                    reports.add(new Report(code, chance(50) ? reportRef(code) : null, null));
                }
                if (chance(5)) {
                    reports.add(new Report(code, reportRef(code), due.plusDays(r.nextInt(30) - 10)));
                }
            }
            if (day.isAfter(PERIOD_END) && chance(30)) {
                reports.add(new Report(pick(ReportCode.values()), "Báo cáo bổ sung", PERIOD_END.plusDays(1)));
            }
            shuffle(reports);
            return reports;
        }

        private List<Proceeding> proceedings() {
            int n = profile == Profile.EXCELLENT ? (chance(10) ? 1 : 0) : chance(25) ? 1 + (chance(20) ? 1 : 0) : 0;
            List<Proceeding> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate opened = pick(day, day.plusDays(1), day.minusDays(1 + r.nextInt(200)));
                LocalDate closed = pick(null, null, day.minusDays(1), day, day.plusDays(1), day.plusDays(1 + r.nextInt(60)),
                        opened.minusDays(1));
                Boolean signs = pick(Boolean.TRUE, Boolean.FALSE, null);
                String ref = pick("Đơn ngày " + DMY.format(opened), "Thông báo " + (1 + r.nextInt(50)) + "/TB-UBKT", null);
                out.add(new Proceeding(pick(ProceedingType.values()), subject(), opened, closed, signs, ref));
            }
            return out;
        }

        private List<Sanction> sanctions() {
            int n = profile == Profile.EXCELLENT ? 0 : chance(profile == Profile.POOR ? 50 : 15) ? 1 + (chance(25) ? 1 : 0) : 0;
            List<Sanction> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate date = pick(PERIOD_START.minusDays(1), PERIOD_START, PERIOD_END, PERIOD_END.plusDays(1), day,
                        day.plusDays(1), PERIOD_START.plusDays(r.nextInt(300)));
                String ref = pick("QĐ 30/QĐ-BQLKKT", "QĐ " + (31 + r.nextInt(40)) + "/QĐ-BQLKKT", null);
                out.add(new Sanction(date, pick(SanctionForm.values()), subject(), ref));
            }
            return out;
        }

        private Submission submission() {
            int draft = profile == Profile.EXCELLENT ? 3 : 10;
            if (chance(draft)) {
                return null;
            }
            boolean complete = profile == Profile.EXCELLENT || chance(80);
            Confirmation confirmation = complete || chance(50)
                    ? new Confirmation("Đảng ủy Ban Quản lý Khu kinh tế", "XN " + (1 + r.nextInt(30)) + "-XN/ĐU",
                    DEADLINE.minusDays(1 + r.nextInt(15)))
                    : pick(null, new Confirmation(" ", "XN 1", DEADLINE.minusDays(10)));
            AchievementReport report = complete ? new AchievementReport(true, 1 + r.nextInt(4))
                    : pick(null, new AchievementReport(false, 2), new AchievementReport(null, 3),
                    new AchievementReport(true, 0), new AchievementReport(true, null));
            Integer copies = complete ? Integer.valueOf(2) : pick(1, 3, 0, null, 2);
            LocalDate received = switch (r.nextInt(10)) {
                case 0, 1, 2 -> DEADLINE.plusDays(r.nextInt(3) - 1);
                case 3 -> profile == Profile.EXCELLENT ? DEADLINE.minusDays(1) : null;
                case 4 -> profile == Profile.EXCELLENT ? DEADLINE.minusDays(2) : day.plusDays(1);
                default -> DEADLINE.minusDays(1 + r.nextInt(30));
            };
            return new Submission(confirmation, report, copies, received);
        }

        private static LocalDate due(ReportCode code) {
            return switch (code) {
                case Q1 -> LocalDate.of(2026, 4, 15);
                case H1 -> LocalDate.of(2026, 6, 15);
                case Q3 -> LocalDate.of(2026, 9, 15);
                case PLAN -> LocalDate.of(2026, 11, 15);
            };
        }

        private String reportRef(ReportCode code) {
            return "Báo cáo " + (10 + r.nextInt(90)) + "/BC-" + code;
        }

        /** A subject, or none given (which counts as OTHER). */
        private Subject subject() {
            int i = r.nextInt(Subject.values().length + 1);
            return i < Subject.values().length ? Subject.values()[i] : null;
        }

        /** A new reference; one in five written in NFD, as some keyboards send it. */
        private String ref(String prefix) {
            return variant(prefix + " số " + (++refs) + "/2026");
        }

        private String result() {
            return RESULTS[r.nextInt(RESULTS.length)];
        }

        private String variant(String text) {
            return chance(20) ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
        }

        private boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        @SafeVarargs
        private <T> T pick(T... values) {
            return values[r.nextInt(values.length)];
        }

        private <T> void shuffle(List<T> list) {
            java.util.Collections.shuffle(list, r);
        }
    }
}
