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
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.table.CriteriaTable;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic dossiers for searching what an edit of the rules changes and for benchmarks, made from
 * the criteria tables given ({@link CriteriaTable}, read from the rule files: the embedded set's by default,
 * both sides' in a search, so that a line, band or date only the edited table has is probed too). Every
 * dossier is valid input (it reads and evaluates); what it contains is what real files contain, in the
 * proportions that reach every corner of the criteria table:
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
 *       them, a line's own evidence window and lateness (TT1.1 in 2026), each report's due date and the day
 *       after, the dossier deadline and the days beside it, the receipt day and the day considered;</li>
 *   <li>proceedings opened or closed on, before and after the day considered, with and without signs of
 *       violation, of every type and subject; sanctions inside and just outside the period, sharing a
 *       reference or not; drafts, incomplete submissions, self-scores.</li>
 * </ul>
 * The day considered varies too (a few days after the deadline, the deadline's days, the period's end and the
 * new year, an earlier day), unless it is fixed. The same seed and index always give the same dossier, on any machine:
 * dossier {@code i} of seed {@code s} can be made again alone with {@link #generate(long)}. Not thread-safe
 * (one generator per thread; {@link #generate(long)} itself holds no state).
 * <pre>
 * DossierGenerator generator = new DossierGenerator(2026);
 * DossierOnDay next = generator.next();
 * evaluator.evaluate(next.dossier(), next.consideredOn());
 * </pre>
 */
public final class DossierGenerator {

    private enum Shape { FLAT, PER_ITEM, RATE, BONUS, DEDUCTION }

    /**
     * A line of the table: how it scores, how many items reach its cap, its bands (percent), the first day its
     * evidence may bear and the day after which it is late (null: none), what its references look like.
     */
    private record Line(String code, Shape shape, int toCap, List<BigDecimal> bands, LocalDate evidenceFrom,
                        LocalDate lateAfter, String refPrefix) {
    }

    /**
     * What the dossiers probe, read from the tables given: each kind's lines (the union of the tables: a line
     * of either, the bands of both), the codes that are not lines, the period, the deadline, the reports' due
     * dates, the copies required.
     */
    private record Probe(List<Line> collective, List<Line> individual, List<String> foreign, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate deadline, Map<ReportCode, LocalDate> dues, int copies,
                         String board) {

        List<Line> lines(NomineeKind kind) {
            return kind == NomineeKind.COLLECTIVE ? collective : individual;
        }

        /** The day considered when none is given: a few days after the deadline, as in the examples. */
        LocalDate usualDay() {
            return deadline.plusDays(5);
        }
    }

    private enum Profile { EXCELLENT, ORDINARY, POOR, CARELESS }

    private static final String[] NAMES = {"Nguyễn Thị Thu Hà", "Trần Văn Bình", "Lê Hoàng Phúc", "Phạm Ngọc Ánh",
            "Võ Thị Mỹ Duyên", "Huỳnh Quốc Việt"};
    private static final String[] UNITS = {"Phòng Quản lý Đầu tư", "Văn phòng Ban", "Phòng Quản lý Doanh nghiệp",
            "Trung tâm Dịch vụ Việc làm Khu kinh tế", "Ban Quản lý cửa khẩu Tịnh Biên"};
    private static final String[] RESULTS = {"Chuyển cơ quan điều tra; thu hồi 320 triệu đồng", "Được ban hành",
            "Đã hoàn thành đúng hạn", "Kỷ luật 1 viên chức", "Tiết kiệm 45 triệu đồng", "Được công nhận cấp tỉnh",
            "40 người tham dự"};
    private static final String[] PREFIXES = {"Kế hoạch", "Quyết định", "Báo cáo", "Công văn", "Tờ trình",
            "Kết luận", "Biên bản", "Thông báo"};
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final long seed;
    private final LocalDate fixedDay;
    private final Probe probe;
    private long index;

    /** Dossiers of this seed on the embedded rule set's table, each considered on a day of its own. */
    public DossierGenerator(long seed) {
        this(seed, null);
    }

    /** Dossiers of this seed on the embedded rule set's table, all considered on {@code consideredOn} (null: a day of their own). */
    public DossierGenerator(long seed, LocalDate consideredOn) {
        this(seed, consideredOn, List.of(CriteriaTable.read(RuleSets.defaultSource().files())));
    }

    /**
     * Dossiers of this seed that probe every line, band and date of {@code tables} (those of the two rule sets a
     * search compares: a line, band or date of either), all considered on {@code consideredOn} (null: a day of
     * their own). The period, the deadline and the due dates are those of the first table.
     */
    public DossierGenerator(long seed, LocalDate consideredOn, List<CriteriaTable> tables) {
        this.seed = seed;
        this.fixedDay = consideredOn;
        this.probe = probe(tables);
    }

    public long seed() {
        return seed;
    }

    /** The day considered when none is given: a few days after the deadline. */
    public LocalDate usualDay() {
        return probe.usualDay();
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
        return new Making(new Random(mix(seed, i)), fixedDay, "HS-SINH-" + seed + "-" + i, probe).dossier();
    }

    /** SplitMix64 of the seed and the index: neighbouring indexes give unrelated streams. */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Probe probe(List<CriteriaTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no criteria table to probe");
        }
        CriteriaTable first = tables.get(0);
        Map<NomineeKind, Map<String, Line>> lines = new EnumMap<>(NomineeKind.class);
        List<String> foreign = new ArrayList<>();
        BigDecimal bonusCap = first.parameter("bonusCap").map(CriteriaTable.Value::decimal).orElse(BigDecimal.TEN);
        for (CriteriaTable table : tables) {
            for (CriteriaTable.KindTable kind : table.kinds()) {
                Map<String, Line> byCode = lines.computeIfAbsent(kind.kind(), k -> new LinkedHashMap<>());
                kind.groups().forEach(g -> add(foreign, g.code().text()));
                for (CriteriaTable.TableRow row : kind.rows()) {
                    Line line = line(row, bonusCap, byCode.size());
                    if (line == null) {
                        add(foreign, row.code().text()); // a reports or sanctions line: no evidence of its own
                    } else {
                        byCode.merge(line.code(), line, DossierGenerator::union);
                    }
                }
            }
        }
        List<Line> collective = List.copyOf(lines.getOrDefault(NomineeKind.COLLECTIVE, Map.of()).values());
        List<Line> individual = List.copyOf(lines.getOrDefault(NomineeKind.INDIVIDUAL, Map.of()).values());
        for (List<Line> kind : List.of(collective, individual)) {
            if (!kind.isEmpty()) { // a typo, and a code written with a stray space or in small letters
                String code = kind.get(kind.size() / 2).code();
                add(foreign, code + " ");
                add(foreign, code.toLowerCase(java.util.Locale.ROOT));
                add(foreign, code.replaceAll("\\d", "9"));
            }
        }
        Map<ReportCode, LocalDate> dues = new EnumMap<>(ReportCode.class);
        LocalDate periodStart = date(first, "periodStart");
        LocalDate periodEnd = date(first, "periodEnd");
        for (ReportCode code : ReportCode.values()) {
            dues.put(code, first.parameter("reportDue." + code).map(CriteriaTable.Value::date).orElse(periodEnd));
        }
        int copies = first.parameter("copiesRequired").map(v -> Integer.parseInt(v.text())).orElse(1);
        String board = first.parameter("boardAgency").map(CriteriaTable.Value::text).orElse("");
        return new Probe(collective, individual, List.copyOf(foreign), periodStart, periodEnd,
                date(first, "dossierDeadline"), dues, copies, board);
    }

    private static LocalDate date(CriteriaTable table, String key) {
        return table.parameter(key).map(CriteriaTable.Value::date).orElseThrow(() -> new IllegalArgumentException(
                "the rule set writes no " + key + "() in its parameters"));
    }

    private static void add(List<String> list, String code) {
        if (!list.contains(code)) {
            list.add(code);
        }
    }

    /** How a row of the table is probed: items to its cap (and one beyond), its bands, its dates; null: no evidence. */
    private static Line line(CriteriaTable.TableRow row, BigDecimal bonusCap, int n) {
        String code = row.code().text();
        LocalDate from = row.evidenceFrom() == null ? null : row.evidenceFrom().date();
        LocalDate late = row.lateAfter() == null ? null : row.lateAfter().date();
        String prefix = PREFIXES[n % PREFIXES.length];
        return switch (row.method()) {
            case FLAT -> new Line(code, Shape.FLAT, 1, List.of(), from, late, prefix);
            case PER_ITEM -> new Line(code, Shape.PER_ITEM, itemsTo(row.max().decimal(), row.points().decimal()),
                    List.of(), from, late, prefix);
            case RATE -> new Line(code, Shape.RATE, 1, row.bands().stream().map(b -> b.percent().decimal()).toList(),
                    from, late, prefix);
            case BONUS -> new Line(code, Shape.BONUS, itemsTo(bonusCap, row.points().decimal()), List.of(), from, late,
                    prefix);
            case DEDUCTION -> new Line(code, Shape.DEDUCTION, 1, List.of(), from, late, prefix);
            case REPORTS, PER_SANCTION -> null;
        };
    }

    /** Items of {@code each} points that reach {@code cap}, at least one and at most twenty. */
    private static int itemsTo(BigDecimal cap, BigDecimal each) {
        if (each.signum() <= 0) {
            return 1;
        }
        return Math.max(1, Math.min(20, cap.divide(each, 0, java.math.RoundingMode.CEILING).intValue()));
    }

    /** A line of both tables: the more items, the bands of both, either's dates. */
    private static Line union(Line a, Line b) {
        List<BigDecimal> bands = new ArrayList<>(a.bands());
        b.bands().stream().filter(x -> bands.stream().noneMatch(y -> y.compareTo(x) == 0)).forEach(bands::add);
        Shape shape = a.shape() == b.shape() ? a.shape() : Shape.PER_ITEM;
        return new Line(a.code(), shape, Math.max(a.toCap(), b.toCap()), bands,
                a.evidenceFrom() != null ? a.evidenceFrom() : b.evidenceFrom(),
                a.lateAfter() != null ? a.lateAfter() : b.lateAfter(), a.refPrefix());
    }

    /** One dossier being made: its random stream, its day, its receipt. */
    private static final class Making {
        private final Random r;
        private final Probe p;
        private final String id;
        private final LocalDate day;
        private final NomineeKind kind;
        private final Profile profile;
        private LocalDate received;
        private int refs;

        Making(Random r, LocalDate fixedDay, String id, Probe p) {
            this.r = r;
            this.p = p;
            this.id = id;
            this.day = fixedDay != null ? fixedDay : day();
            this.kind = r.nextBoolean() ? NomineeKind.COLLECTIVE : NomineeKind.INDIVIDUAL;
            int roll = r.nextInt(100);
            this.profile = roll < 25 ? Profile.EXCELLENT : roll < 70 ? Profile.ORDINARY : roll < 85 ? Profile.POOR : Profile.CARELESS;
        }

        DossierOnDay dossier() {
            Submission submission = submission();
            received = submission == null ? null : submission.received();
            Dossier d = new Dossier(id, nominee(), evidence(), reports(), proceedings(), sanctions(), submission,
                    chance(40) ? BigDecimal.valueOf(r.nextInt(10_001), 2) : null);
            return new DossierOnDay(d, day);
        }

        private LocalDate day() {
            int roll = r.nextInt(100);
            if (roll < 35) {
                return p.usualDay();
            }
            if (roll < 50) {
                return p.deadline().plusDays(r.nextInt(3) - 1);
            }
            if (roll < 65) {
                return pick(p.periodEnd(), p.periodEnd().plusDays(1), p.periodEnd().plusDays(15));
            }
            if (roll < 85) {
                return p.deadline().minusDays(19).plusDays(r.nextInt(92));
            }
            LocalDate due = p.dues().get(pick(ReportCode.values()));
            return pick(due, due.plusDays(1), p.periodStart().plusMonths(7));
        }

        private Nominee nominee() {
            boolean inScope = profile == Profile.EXCELLENT || chance(88);
            String agency = inScope ? p.board() : pick(" " + p.board() + " ", "SO-NV", "", p.board().toLowerCase(java.util.Locale.ROOT), p.board());
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
            for (Line line : p.lines(kind)) {
                int n = count(line);
                for (int i = 0; i < n; i++) {
                    items.add(item(line, items));
                }
            }
            int foreign = profile == Profile.CARELESS ? r.nextInt(3) : chance(5) ? 1 : 0;
            for (int i = 0; i < foreign; i++) {
                List<Line> other = p.lines(kind == NomineeKind.COLLECTIVE ? NomineeKind.INDIVIDUAL : NomineeKind.COLLECTIVE);
                String code = chance(50) && !other.isEmpty() ? other.get(r.nextInt(other.size())).code()
                        : p.foreign().get(r.nextInt(p.foreign().size()));
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
            LocalDate date = line.evidenceFrom() != null || line.lateAfter() != null ? windowDate(line)
                    : validDate(line.shape() == Shape.RATE);
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
                        long[] bad = pick(new long[]{21, 20}, new long[]{101, 100}, new long[]{-1, 20}, new long[]{5, -1});
                        done = chance(20) ? null : bad[0];
                        total = bad[1];
                    } else {
                        result = pick(null, "", " ");
                    }
                }
                case 2 -> date = (line.evidenceFrom() != null ? line.evidenceFrom() : p.periodStart()).minusDays(1);
                case 3 -> date = p.periodEnd().plusDays(1);
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
            if (chance(2)) {
                return new long[]{21, 20}; // more done than arose: a bad rate, as typed
            }
            long total = pick(20L, 100L, 100L, 1L + r.nextInt(60));
            if (chance(30)) {
                long done = (long) r.nextInt((int) total + 1);
                return new long[]{done, total};
            }
            BigDecimal band = line.bands().get(r.nextInt(line.bands().size()));
            // the least done that reaches the band: done × 100 ≥ band × total
            long atBand = band.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100), 0,
                    java.math.RoundingMode.CEILING).longValue();
            long done = Math.max(0, Math.min(total, atBand + r.nextInt(3) - 1));
            return new long[]{done, total};
        }

        /**
         * The date of an item of a line with its own window or lateness (TT1.1 in 2026): early, on either side of
         * the day it turns late, on the window's first day or the day before the period.
         */
        private LocalDate windowDate(Line line) {
            LocalDate from = line.evidenceFrom() != null ? line.evidenceFrom() : p.periodStart();
            LocalDate late = line.lateAfter() != null ? line.lateAfter() : limit();
            if (chance(30)) {
                return pick(from, late, late.plusDays(1), p.periodStart());
            }
            long span = Math.max(1, ChronoUnit.DAYS.between(from, late) * 2);
            return from.plusDays(r.nextInt((int) Math.min(span, profile == Profile.EXCELLENT ? span / 2 + 1 : span)));
        }

        /** The last day a valid item may bear: the receipt day, or the day considered if earlier. */
        private LocalDate limit() {
            LocalDate limit = received != null && received.isBefore(day) ? received : day;
            return limit.isAfter(p.periodEnd()) ? p.periodEnd() : limit;
        }

        /** A date inside the period and not after the limit; now and then the first or the last day allowed. */
        private LocalDate validDate(boolean lateInYear) {
            LocalDate limit = limit();
            if (limit.isBefore(p.periodStart())) {
                return p.periodStart();
            }
            if (profile != Profile.EXCELLENT && chance(12)) {
                return pick(p.periodStart(), limit);
            }
            long span = ChronoUnit.DAYS.between(p.periodStart(), limit);
            LocalDate from = lateInYear ? p.periodStart().plusDays(span / 2) : p.periodStart();
            return from.plusDays((long) (r.nextDouble() * (ChronoUnit.DAYS.between(from, limit) + 1)));
        }

        private List<Report> reports() {
            List<Report> reports = new ArrayList<>();
            for (ReportCode code : ReportCode.values()) {
                LocalDate due = due(code);
                int roll = r.nextInt(100);
                int onTime = profile == Profile.EXCELLENT ? 100 : profile == Profile.POOR ? 40 : 70;
                if (roll < onTime) {
                    reports.add(new Report(code, reportRef(code), chance(20) ? due : due.minusDays(1 + r.nextInt(40))));
                } else if (roll < onTime + (100 - onTime) / 3) {
                    reports.add(new Report(code, reportRef(code), chance(50) ? due.plusDays(1) : due.plusDays(2 + r.nextInt(60))));
                } else if (chance(50)) {
                    reports.add(new Report(code, chance(50) ? reportRef(code) : null, null));
                }
                if (chance(5)) {
                    reports.add(new Report(code, reportRef(code), due.plusDays(r.nextInt(30) - 10)));
                }
            }
            if (day.isAfter(p.periodEnd()) && chance(30)) {
                reports.add(new Report(pick(ReportCode.values()), "Báo cáo bổ sung", p.periodEnd().plusDays(1)));
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
                LocalDate date = pick(p.periodStart().minusDays(1), p.periodStart(), p.periodEnd(), p.periodEnd().plusDays(1), day,
                        day.plusDays(1), p.periodStart().plusDays(r.nextInt(300)));
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
                    p.deadline().minusDays(1 + r.nextInt(15)))
                    : pick(null, new Confirmation(" ", "XN 1", p.deadline().minusDays(10)));
            AchievementReport report = complete ? new AchievementReport(true, 1 + r.nextInt(4))
                    : pick(null, new AchievementReport(false, 2), new AchievementReport(null, 3),
                    new AchievementReport(true, 0), new AchievementReport(true, null));
            int required = p.copies();
            Integer copies = complete ? Integer.valueOf(required) : pick(required - 1, required + 1, 0, null, required);
            LocalDate received = switch (r.nextInt(10)) {
                case 0, 1, 2 -> p.deadline().plusDays(r.nextInt(3) - 1);
                case 3 -> profile == Profile.EXCELLENT ? p.deadline().minusDays(1) : null;
                case 4 -> profile == Profile.EXCELLENT ? p.deadline().minusDays(2) : day.plusDays(1);
                default -> p.deadline().minusDays(1 + r.nextInt(30));
            };
            return new Submission(confirmation, report, copies, received);
        }

        private LocalDate due(ReportCode code) {
            return p.dues().get(code);
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
            return variant(prefix + " số " + (++refs) + "/" + p.periodStart().getYear());
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
