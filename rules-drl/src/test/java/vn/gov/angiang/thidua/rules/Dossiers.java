package vn.gov.angiang.thidua.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
import java.util.List;

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

    static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-40, 400).map(d -> LocalDate.of(2025, 12, 1).plusDays(d));
    }

    static Arbitrary<Evidence> evidence() {
        Arbitrary<Long> counts = Arbitraries.longs().between(-1, 30);
        return Combinators.combine(Arbitraries.of(CODES), Arbitraries.of(REFS).injectNull(0.05),
                        days().injectNull(0.05), Arbitraries.of("Có kết quả", " ").injectNull(0.1),
                        counts.injectNull(0.05), counts.injectNull(0.05))
                .as((code, ref, date, result, done, total) -> new Evidence(code, ref, date, "Nội dung", result, done, total));
    }

    static Arbitrary<Proceeding> proceedings() {
        return Combinators.combine(Arbitraries.of(ProceedingType.class), Arbitraries.of(Subject.class).injectNull(0.2),
                        days(), days().injectNull(0.5), Arbitraries.of(true, false).injectNull(0.3),
                        Arbitraries.of("Đơn 1", "TB 2").injectNull(0.2))
                .as(Proceeding::new);
    }

    static Arbitrary<Sanction> sanctions() {
        return Combinators.combine(days(), Arbitraries.of(SanctionForm.class), Arbitraries.of(Subject.class),
                Arbitraries.of("QĐ 1", "QĐ 2").injectNull(0.3)).as(Sanction::new);
    }

    static Arbitrary<Report> reports() {
        return Combinators.combine(Arbitraries.of(ReportCode.class), Arbitraries.of("BC A", "BC B").injectNull(0.3),
                days().injectNull(0.1)).as(Report::new);
    }

    static Arbitrary<Submission> submissions() {
        Arbitrary<Confirmation> confirmation = Arbitraries.of("Đảng ủy Ban", " ").injectNull(0.1)
                .map(by -> new Confirmation(by, "XN 1", LocalDate.of(2026, 11, 10))).injectNull(0.1);
        Arbitrary<AchievementReport> report = Combinators.combine(Arbitraries.of(true, false).injectNull(0.1),
                Arbitraries.integers().between(0, 4).injectNull(0.1)).as(AchievementReport::new).injectNull(0.1);
        Arbitrary<LocalDate> received = Arbitraries.integers().between(-20, 10)
                .map(d -> LocalDate.of(2026, 11, 19).plusDays(d)).injectNull(0.1);
        return Combinators.combine(confirmation, report, Arbitraries.integers().between(0, 3).injectNull(0.1), received)
                .as(Submission::new).injectNull(0.1);
    }

    static Arbitrary<Nominee> nominees() {
        return Combinators.combine(Arbitraries.of(NomineeKind.class), Arbitraries.of("BQLKKT-AG", "BQLKKT-AG", " BQLKKT-AG ", "SO-NV"),
                        Arbitraries.of(UnitType.class).injectNull(0.1), Arbitraries.of(Employment.class).injectNull(0.1))
                .as((kind, agency, unitType, employment) -> new Nominee(kind, "Nguyễn Văn Bình", agency, "VP",
                        kind == NomineeKind.COLLECTIVE ? unitType : null,
                        kind == NomineeKind.INDIVIDUAL ? employment : null));
    }

    /** Half careless files that reach every warning and reason, half plausible files that reach every award. */
    static Arbitrary<Dossier> dossiers() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, careless()), net.jqwik.api.Tuple.of(1, plausible()));
    }

    private static Arbitrary<BigDecimal> selfScores() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2).injectNull(0.3);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> "HS-" + s);
    }

    static Arbitrary<Dossier> careless() {
        return Combinators.combine(ids(), nominees(), evidence().list().ofMaxSize(40), reports().list().ofMaxSize(6),
                        proceedings().list().ofMaxSize(3), sanctions().list().ofMaxSize(3), submissions(), selfScores())
                .as(Dossier::new);
    }

    /** A file from a unit that does its work: in scope, complete, with mostly valid evidence for its own table. */
    static Arbitrary<Dossier> plausible() {
        return Arbitraries.of(NomineeKind.class).flatMap(kind -> {
            Nominee nominee = new Nominee(kind, "Phòng Quản lý đầu tư", "BQLKKT-AG", "QLĐT",
                    kind == NomineeKind.COLLECTIVE ? UnitType.DEPARTMENT : null,
                    kind == NomineeKind.INDIVIDUAL ? Employment.PUBLIC_EMPLOYEE : null);
            String prefix = kind == NomineeKind.COLLECTIVE ? "TT" : "CN";
            List<Arbitrary<List<Evidence>>> perCode = CODES.stream()
                    .filter(c -> c.startsWith(prefix) && !c.endsWith("5") && !c.equals("TT-D1"))
                    .map(Dossiers::itemsFor)
                    .toList();
            Arbitrary<List<Evidence>> evidence = Combinators.combine(perCode)
                    .as(lists -> lists.stream().flatMap(List::stream).toList());
            Arbitrary<List<Report>> reports = Combinators.combine(List.of(report(ReportCode.Q1, "2026-04-15"),
                    report(ReportCode.H1, "2026-06-15"), report(ReportCode.Q3, "2026-09-15"),
                    report(ReportCode.PLAN, "2026-11-15"))).as(l -> l);
            Submission complete = new Submission(new Confirmation("Đảng ủy Ban", "XN 1", LocalDate.of(2026, 11, 10)),
                    new AchievementReport(true, 3), 2, LocalDate.of(2026, 11, 18));
            Arbitrary<List<Proceeding>> proceedings = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(9, Arbitraries.just(List.<Proceeding>of())),
                    net.jqwik.api.Tuple.of(1, proceedings().list().ofSize(1)));
            Arbitrary<List<Sanction>> sanctions = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, Arbitraries.just(List.<Sanction>of())),
                    net.jqwik.api.Tuple.of(1, sanctions().list().ofSize(1)));
            Arbitrary<Submission> submissions = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(19, Arbitraries.just(complete)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((Submission) null)));
            return Combinators.combine(ids(), evidence, reports, proceedings, sanctions, submissions, selfScores())
                    .as((id, items, rs, ps, ss, submission, self) -> new Dossier(id, nominee, items, rs, ps, ss,
                            submission, self));
        });
    }

    /** One to four items for most codes; deductions and bonus rarely; so that every award occurs. */
    private static Arbitrary<List<Evidence>> itemsFor(String code) {
        if (code.contains("-D") || code.contains("-B")) {
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(List.<Evidence>of())),
                    net.jqwik.api.Tuple.of(1, goodItem(code).list().ofSize(1)));
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<Evidence>of())),
                net.jqwik.api.Tuple.of(12, goodItem(code).list().ofMinSize(2).ofMaxSize(5)));
    }

    private static Arbitrary<Evidence> goodItem(String code) {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(30, 300),
                        Arbitraries.longs().between(0, 20), Arbitraries.longs().between(0, 1))
                .as((n, day, total, missing) -> new Evidence(code, code + " số " + n,
                        LocalDate.of(2026, 1, 1).plusDays(day), "Nội dung cụ thể", "Kết quả đạt được",
                        Math.max(0, total - missing), total));
    }

    private static Arbitrary<Report> report(ReportCode code, String due) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(-30, 2)
                        .map(d -> new Report(code, "BC " + code, LocalDate.parse(due).plusDays(d)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Report(code, null, null))));
    }
}
