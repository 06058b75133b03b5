package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.gov.angiang.thidua.testkit.Theories.orNull;

/**
 * Generated dossiers that reach every corner of the rules: both tables' codes (and unknown ones),
 * a small pool of references so that duplicates occur, dates around the period's edges, rates that
 * are good, bad and empty, open and closed proceedings, drafts and late submissions.
 */
final class Dossiers {

    static final LocalDate CONSIDERED_ON = LocalDate.of(2026, 11, 25);
    private static final List<String> CODES = List.of("TT1.1", "TT1.2", "TT1.3", "TT1.4", "TT2.1", "TT2.2", "TT2.3",
            "TT2.4", "TT2.5", "TT3.1", "TT3.2", "TT3.3", "TT4.1", "TT4.2", "TT-B1", "TT-B2", "TT-D2", "CN1.1", "CN1.2",
            "CN2.1", "CN2.2", "CN3.1", "CN3.2", "CN4.1", "CN4.2", "CN-B1", "CN-B2", "CN-D1", "TT5", "TT-D1", "XX");
    private static final List<String> REFS = List.of("Vụ việc 01/VV", "Vụ việc 02/VV", "BC 03", "QĐ 04", "KL 05",
            "Vu\u0323 vie\u0323\u0302c 01/VV", " BC 03 ", "");

    private Dossiers() {
    }

    static Gen<LocalDate> days() {
        return integers().between(-40, 400).map(d -> LocalDate.of(2025, 12, 1).plusDays(d));
    }

    static Gen<Evidence> evidence() {
        Gen<String> codes = Generate.pick(CODES);
        Gen<String> refs = orNull(Generate.pick(REFS), 5);
        Gen<LocalDate> dates = orNull(days(), 5);
        Gen<String> results = orNull(Generate.pick(List.of("Có kết quả", " ")), 10);
        Gen<Long> counts = orNull(longs().between(-1, 30), 5);
        return in -> new Evidence(codes.generate(in), refs.generate(in), dates.generate(in), "Nội dung",
                results.generate(in), counts.generate(in), counts.generate(in));
    }

    static Gen<Proceeding> proceedings() {
        Gen<ProceedingType> types = Generate.enumValues(ProceedingType.class);
        Gen<Subject> subjects = orNull(Generate.enumValues(Subject.class), 20);
        Gen<LocalDate> opened = days();
        Gen<LocalDate> closed = orNull(days(), 50);
        Gen<Boolean> signs = orNull(booleans().all(), 30);
        Gen<String> refs = orNull(Generate.pick(List.of("Đơn 1", "TB 2")), 20);
        return in -> new Proceeding(types.generate(in), subjects.generate(in), opened.generate(in), closed.generate(in),
                signs.generate(in), refs.generate(in));
    }

    static Gen<Sanction> sanctions() {
        return days().zip(Generate.enumValues(SanctionForm.class), Generate.enumValues(Subject.class),
                orNull(Generate.pick(List.of("QĐ 1", "QĐ 2")), 30), Sanction::new);
    }

    static Gen<Report> reports() {
        return Generate.enumValues(ReportCode.class).zip(orNull(Generate.pick(List.of("BC A", "BC B")), 30),
                orNull(days(), 10), Report::new);
    }

    static Gen<Submission> submissions() {
        Gen<Confirmation> confirmation = orNull(orNull(Generate.pick(List.of("Đảng ủy Ban", " ")), 10)
                .map(by -> new Confirmation(by, "XN 1", LocalDate.of(2026, 11, 10))), 10);
        Gen<AchievementReport> report = orNull(orNull(booleans().all(), 10)
                .zip(orNull(integers().between(0, 4), 10), AchievementReport::new), 10);
        Gen<LocalDate> received = orNull(integers().between(-20, 10).map(d -> LocalDate.of(2026, 11, 19).plusDays(d)), 10);
        return orNull(confirmation.zip(report, orNull(integers().between(0, 3), 10), received, Submission::new), 10);
    }

    static Gen<Nominee> nominees() {
        return Generate.enumValues(NomineeKind.class).zip(
                        Generate.pick(List.of("BQLKKT-AG", "BQLKKT-AG", " BQLKKT-AG ", "SO-NV")),
                        orNull(Generate.enumValues(UnitType.class), 10), orNull(Generate.enumValues(Employment.class), 10),
                        (kind, agency, unitType, employment) -> new Nominee(kind, "Nguyễn Văn Bình", agency, "VP",
                                kind == NomineeKind.COLLECTIVE ? unitType : null,
                                kind == NomineeKind.INDIVIDUAL ? employment : null));
    }

    /** Half careless files that reach every warning and reason, half plausible files that reach every award. */
    static Gen<Dossier> dossiers() {
        return Generate.frequency(Pair.of(1, careless()), Pair.of(1, plausible()));
    }

    private static Gen<BigDecimal> selfScores() {
        return orNull(longs().between(0, 10_000).map(hundredths -> BigDecimal.valueOf(hundredths, 2)), 30);
    }

    private static Gen<String> ids() {
        List<Character> letters = IntStream.concat(IntStream.rangeClosed('a', 'z'), IntStream.rangeClosed('A', 'Z'))
                .mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(letters)).ofSizeBetween(1, 8)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining("", "HS-", "")));
    }

    static Gen<Dossier> careless() {
        Gen<String> ids = ids();
        Gen<Nominee> nominees = nominees();
        Gen<List<Evidence>> evidence = lists().of(evidence()).ofSizeBetween(0, 40);
        Gen<List<Report>> reports = lists().of(reports()).ofSizeBetween(0, 6);
        Gen<List<Proceeding>> proceedings = lists().of(proceedings()).ofSizeBetween(0, 3);
        Gen<List<Sanction>> sanctions = lists().of(sanctions()).ofSizeBetween(0, 3);
        Gen<Submission> submissions = submissions();
        Gen<BigDecimal> selfScores = selfScores();
        return in -> new Dossier(ids.generate(in), nominees.generate(in), evidence.generate(in), reports.generate(in),
                proceedings.generate(in), sanctions.generate(in), submissions.generate(in), selfScores.generate(in));
    }

    /** A file from a unit that does its work: in scope, complete, with mostly valid evidence for its own table. */
    static Gen<Dossier> plausible() {
        Gen<Dossier> collective = plausible(NomineeKind.COLLECTIVE);
        Gen<Dossier> individual = plausible(NomineeKind.INDIVIDUAL);
        return Generate.enumValues(NomineeKind.class)
                .flatMap(kind -> kind == NomineeKind.COLLECTIVE ? collective : individual);
    }

    private static Gen<Dossier> plausible(NomineeKind kind) {
        Nominee nominee = new Nominee(kind, "Phòng Quản lý đầu tư", "BQLKKT-AG", "QLĐT",
                kind == NomineeKind.COLLECTIVE ? UnitType.DEPARTMENT : null,
                kind == NomineeKind.INDIVIDUAL ? Employment.PUBLIC_EMPLOYEE : null);
        String prefix = kind == NomineeKind.COLLECTIVE ? "TT" : "CN";
        List<Gen<List<Evidence>>> perCode = CODES.stream()
                .filter(c -> c.startsWith(prefix) && !c.endsWith("5") && !c.equals("TT-D1"))
                .map(Dossiers::itemsFor)
                .toList();
        Gen<List<Evidence>> evidence = in -> {
            List<Evidence> all = new ArrayList<>();
            perCode.forEach(items -> all.addAll(items.generate(in)));
            return all;
        };
        List<Gen<Report>> perReport = List.of(report(ReportCode.Q1, "2026-04-15"), report(ReportCode.H1, "2026-06-15"),
                report(ReportCode.Q3, "2026-09-15"), report(ReportCode.PLAN, "2026-11-15"));
        Gen<List<Report>> reports = in -> perReport.stream().map(r -> r.generate(in)).toList();
        Submission complete = new Submission(new Confirmation("Đảng ủy Ban", "XN 1", LocalDate.of(2026, 11, 10)),
                new AchievementReport(true, 3), 2, LocalDate.of(2026, 11, 18));
        Gen<List<Proceeding>> proceedings = Generate.frequency(
                Pair.of(9, Generate.constant(List.<Proceeding>of())),
                Pair.of(1, lists().of(proceedings()).ofSize(1)));
        Gen<List<Sanction>> sanctions = Generate.frequency(
                Pair.of(4, Generate.constant(List.<Sanction>of())),
                Pair.of(1, lists().of(sanctions()).ofSize(1)));
        Gen<Submission> submissions = Generate.frequency(
                Pair.of(19, Generate.constant(complete)),
                Pair.of(1, Generate.constant((Submission) null)));
        Gen<String> ids = ids();
        Gen<BigDecimal> selfScores = selfScores();
        return in -> new Dossier(ids.generate(in), nominee, evidence.generate(in), reports.generate(in),
                proceedings.generate(in), sanctions.generate(in), submissions.generate(in), selfScores.generate(in));
    }

    /** One to four items for most codes; deductions and bonus rarely; so that every award occurs. */
    private static Gen<List<Evidence>> itemsFor(String code) {
        if (code.contains("-D") || code.contains("-B")) {
            return Generate.frequency(Pair.of(6, Generate.constant(List.<Evidence>of())),
                    Pair.of(1, lists().of(goodItem(code)).ofSize(1)));
        }
        return Generate.frequency(Pair.of(1, Generate.constant(List.<Evidence>of())),
                Pair.of(12, lists().of(goodItem(code)).ofSizeBetween(2, 5)));
    }

    private static Gen<Evidence> goodItem(String code) {
        return integers().between(1, 12).zip(integers().between(30, 300), longs().between(0, 20), longs().between(0, 1),
                (n, day, total, missing) -> new Evidence(code, code + " số " + n,
                        LocalDate.of(2026, 1, 1).plusDays(day), "Nội dung cụ thể", "Kết quả đạt được",
                        Math.max(0, total - missing), total));
    }

    private static Gen<Report> report(ReportCode code, String due) {
        return Generate.frequency(
                Pair.of(12, integers().between(-30, 2)
                        .map(d -> new Report(code, "BC " + code, LocalDate.parse(due).plusDays(d)))),
                Pair.of(1, Generate.constant(new Report(code, null, null))));
    }
}
