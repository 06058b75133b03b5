package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Employment;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.ProceedingType;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Subject;
import vn.gov.angiang.thidua.api.Submission;
import vn.gov.angiang.thidua.api.UnitType;

import java.time.LocalDate;
import java.util.List;

/**
 * The reasons that block the award (criteria-2026.md §1–3): scope, exclusions, dossier. Codes, texts and
 * rule names are those of scope.drl, exclusions.drl and dossier.drl, because the evaluation carries them.
 */
final class HandReasons {

    private static final Reason AGENCY = reason(Category.SCOPE, "SCOPE_AGENCY",
            "Không thuộc Ban Quản lý Khu kinh tế quản lý",
            "Đối tượng không thuộc Ban Quản lý Khu kinh tế tỉnh An Giang quản lý.",
            "The nominee is not managed by the Economic Zone Management Board.");
    private static final Reason UNIT_TYPE = reason(Category.SCOPE, "SCOPE_UNIT_TYPE",
            "Tập thể không phải phòng, đơn vị trực thuộc hoặc bộ phận tham mưu của Ban",
            "Tập thể không phải là phòng, đơn vị trực thuộc hoặc bộ phận tham mưu của Ban (hoặc không ghi loại đơn vị).",
            "The collective is not one of the Board's departments, affiliated units or advisory body (or gives no unit type).");
    private static final Reason EMPLOYMENT = reason(Category.SCOPE, "SCOPE_EMPLOYMENT",
            "Cá nhân không phải công chức, viên chức",
            "Cá nhân không phải là công chức, viên chức do Ban quản lý trực tiếp (hoặc không ghi loại hình).",
            "The individual is not a civil servant or public employee managed by the Board (or gives no employment).");
    private static final Reason DISCIPLINE = reason(Category.EXCLUSION, "EXCLUSION_DISCIPLINE",
            "Đang bị cơ quan có thẩm quyền xem xét kỷ luật",
            "Đang trong thời gian cơ quan có thẩm quyền xem xét kỷ luật.",
            "A competent authority is considering discipline.");
    private static final Reason INVESTIGATION = reason(Category.EXCLUSION, "EXCLUSION_INVESTIGATION",
            "Đang bị điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm",
            "Đang bị điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm.",
            "Under investigation, inspection or examination with signs of violation.");
    private static final Reason COMPLAINT = reason(Category.EXCLUSION, "EXCLUSION_COMPLAINT",
            "Có đơn, thư khiếu nại, tố cáo về tham nhũng, lãng phí, tiêu cực, cải cách tư pháp đang được xác minh",
            "Có đơn, thư khiếu nại, tố cáo về tham nhũng, lãng phí, tiêu cực hoặc cải cách tư pháp đang được xác minh, làm rõ.",
            "A complaint or denunciation about corruption, waste, negative conduct or judicial reform is being verified.");
    private static final Reason PRESS = reason(Category.EXCLUSION, "EXCLUSION_PRESS",
            "Có vụ việc báo chí nêu về tham nhũng, lãng phí, tiêu cực, cải cách tư pháp đang được xác minh",
            "Có vụ việc về tham nhũng, lãng phí, tiêu cực hoặc cải cách tư pháp được báo chí nêu đang được xác minh, làm rõ.",
            "A press report about corruption, waste, negative conduct or judicial reform is being verified.");
    private static final Reason DRAFT = new Reason("DOSSIER_NOT_SUBMITTED", Category.DOSSIER,
            new Message("Hồ sơ chưa được gửi (bản nháp).", "The dossier has not been submitted (a draft)."), null,
            "DOSSIER_NOT_SUBMITTED.NHAP Hồ sơ chưa gửi (bản nháp)");
    private static final Reason NOT_RECEIVED = new Reason("DOSSIER_NOT_SUBMITTED", Category.DOSSIER,
            new Message("Hồ sơ chưa được nhận vào ngày xét (không có ngày nhận, hoặc ngày nhận sau ngày xét).",
                    "The dossier had not been received on the day considered (no receipt date, or a later one)."), null,
            "DOSSIER_NOT_SUBMITTED.CHUA_NHAN Hồ sơ chưa có ngày nhận, hoặc ngày nhận sau ngày xét");
    private static final Reason NO_CONFIRMATION = reason(Category.DOSSIER, "DOSSIER_NO_CONFIRMATION",
            "Không có xác nhận của cấp ủy có thẩm quyền",
            "Hồ sơ không có xác nhận của cấp ủy có thẩm quyền.",
            "The dossier has no confirmation by the competent Party committee.");
    private static final Reason NO_FIGURES = reason(Category.DOSSIER, "DOSSIER_REPORT_NO_FIGURES",
            "Báo cáo thành tích không có số liệu",
            "Báo cáo thành tích không có số liệu.",
            "The achievement report has no figures.");
    private static final Reason NO_CASES = reason(Category.DOSSIER, "DOSSIER_REPORT_NO_CASES",
            "Báo cáo thành tích không nêu vụ việc cụ thể",
            "Báo cáo thành tích không nêu vụ việc cụ thể.",
            "The achievement report cites no specific case.");
    private static final Reason COPIES = reason(Category.DOSSIER, "DOSSIER_COPIES",
            "Hồ sơ không đủ số bộ",
            "Hồ sơ không đủ " + HandTable.COPIES + " bộ.",
            "The dossier has fewer than " + HandTable.COPIES + " copies.");
    private static final Reason LATE = reason(Category.DOSSIER, "DOSSIER_LATE",
            "Hồ sơ gửi không đúng hạn",
            "Hồ sơ gửi không đúng hạn (phải gửi trước ngày "
                    + HandTable.DEADLINE.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ").",
            "The dossier was received late (it was due before " + HandTable.DEADLINE + ").");

    private HandReasons() {
    }

    /** Every reason that applies, in no particular order. */
    static void collect(Dossier d, LocalDate day, List<Reason> into) {
        scope(d.nominee(), into);
        for (Proceeding p : d.proceedings()) {
            exclusion(p, day, into);
        }
        dossier(d.submission(), day, into);
    }

    private static void scope(Nominee n, List<Reason> into) {
        if (!HandTable.BOARD.equals(HandEvidence.code(n.agency()))) {
            into.add(AGENCY);
        }
        if (n.kind() == NomineeKind.COLLECTIVE && n.unitType() != UnitType.DEPARTMENT
                && n.unitType() != UnitType.AFFILIATED_UNIT && n.unitType() != UnitType.ADVISORY_BODY) {
            into.add(UNIT_TYPE);
        }
        if (n.kind() == NomineeKind.INDIVIDUAL && n.employment() != Employment.CIVIL_SERVANT
                && n.employment() != Employment.PUBLIC_EMPLOYEE) {
            into.add(EMPLOYMENT);
        }
    }

    private static void exclusion(Proceeding p, LocalDate day, List<Reason> into) {
        if (p.opened().isAfter(day) || (p.closed() != null && !p.closed().isAfter(day))) {
            return; // not open on the day considered
        }
        ProceedingType t = p.type();
        Reason r = null;
        if (t == ProceedingType.DISCIPLINE_REVIEW) {
            r = DISCIPLINE;
        } else if ((t == ProceedingType.INVESTIGATION || t == ProceedingType.INSPECTION
                || t == ProceedingType.EXAMINATION) && Boolean.TRUE.equals(p.signsOfViolation())) {
            r = INVESTIGATION;
        } else if ((t == ProceedingType.COMPLAINT || t == ProceedingType.DENUNCIATION) && aboutTheFour(p.subject())) {
            r = COMPLAINT;
        } else if (t == ProceedingType.PRESS_REPORT && aboutTheFour(p.subject())) {
            r = PRESS;
        }
        if (r != null) {
            into.add(new Reason(r.code(), r.category(), r.message(), HandEvidence.normalised(p.ref()), r.rule()));
        }
    }

    private static void dossier(Submission s, LocalDate day, List<Reason> into) {
        if (s == null) {
            into.add(DRAFT);
            return;
        }
        if (s.received() == null || s.received().isAfter(day)) {
            into.add(NOT_RECEIVED);
        }
        if (s.confirmation() == null || s.confirmation().by() == null || s.confirmation().by().isBlank()) {
            into.add(NO_CONFIRMATION);
        }
        if (s.report() == null || !Boolean.TRUE.equals(s.report().figures())) {
            into.add(NO_FIGURES);
        }
        if (s.report() == null || s.report().cases() == null || s.report().cases() < 1) {
            into.add(NO_CASES);
        }
        if (s.copies() == null || s.copies() < HandTable.COPIES) {
            into.add(COPIES);
        }
        if (s.received() != null && !s.received().isAfter(day) && !s.received().isBefore(HandTable.DEADLINE)) {
            into.add(LATE);
        }
    }

    /** Corruption, waste, negative conduct, judicial reform: an absent subject is OTHER. */
    static boolean aboutTheFour(Subject s) {
        return s == Subject.CORRUPTION || s == Subject.WASTE || s == Subject.NEGATIVE_CONDUCT
                || s == Subject.JUDICIAL_REFORM;
    }

    /** A reason whose rule is named, as in the DRL, by its code and then its title. */
    private static Reason reason(Category category, String code, String title, String vi, String en) {
        return new Reason(code, category, new Message(vi, en), null, code + " " + title);
    }
}
