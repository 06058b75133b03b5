package vn.gov.angiang.thidua.core;

import java.util.List;

/**
 * The phases of one evaluation, in order: each is a {@code ruleflow-group} of the DRL files, and the
 * rules of one phase see everything the earlier phases derived. A rule with no group belongs to
 * none and never fires; {@code validate} reports it.
 */
final class Phases {

    /** bảng tiêu chí, điều kiện, chứng cứ, chấm điểm, điều chỉnh, cộng nhóm, tổng điểm, xếp loại. */
    static final List<String> ORDER = List.of(
            "bang-tieu-chi", // the criteria tables and parameters
            "dieu-kien",     // scope, exclusions, dossier requirements
            "chung-cu",      // which evidence, reports and sanctions count
            "cham-diem",     // points of each line
            "dieu-chinh",    // adjustments of single criteria
            "cong-nhom",     // group totals, bonus and deduction totals
            "tong-diem",     // the score
            "xep-loai");     // the award

    private Phases() {
    }
}
