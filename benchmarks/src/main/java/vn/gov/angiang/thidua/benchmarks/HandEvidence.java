package vn.gov.angiang.thidua.benchmarks;

import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Warning;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence checks of criteria-2026.md §4, in their order: each item is valid or gets the warning of
 * the first check it fails; of valid items repeating a criterion and reference, the first listed counts
 * and each later one is a duplicate (as evidence.drl decides). Texts are evidence.drl's.
 */
final class HandEvidence {

    /** A valid item, its code and reference normalised as rules-core's Facts does. */
    record Valid(int index, String criterion, String ref, LocalDate date, Long done, Long total) {
    }

    record Checked(List<Valid> valid, List<Warning> warnings) {
    }

    private record Failure(String code, Message message) {
    }

    private static final Failure UNKNOWN = new Failure("EVIDENCE_UNKNOWN_CRITERION", new Message(
            "Chứng cứ ghi mã tiêu chí không có trong bảng tiêu chí của đối tượng (hoặc là mã nhóm, mã tính từ báo cáo"
                    + " hay quyết định kỷ luật).",
            "The item names no criterion of the nominee's table that evidence can earn (a group code, a reports or"
                    + " sanctions line, or another table's code)."));
    private static final Failure NO_REF = new Failure("EVIDENCE_NO_REF", new Message("Chứng cứ không ghi số hiệu vụ việc hoặc văn bản.",
            "The item names no reference (case or document number)."));
    private static final Failure NO_RESULT = new Failure("EVIDENCE_NO_RESULT", new Message(
            "Chứng cứ không nêu kết quả đạt được sau khi giải quyết vụ việc hoặc nội dung tham mưu.",
            "The item states no result achieved."));
    private static final Failure BAD_RATE = new Failure("EVIDENCE_BAD_RATE", new Message(
            "Tỷ lệ thiếu số đã thực hiện hoặc tổng số, hoặc không thỏa 0 ≤ đã thực hiện ≤ tổng số.",
            "The rate lacks done or total, or does not have 0 <= done <= total."));
    private static final Failure OUTSIDE_PERIOD = new Failure("EVIDENCE_OUTSIDE_PERIOD", new Message(
            "Chứng cứ không ghi ngày, hoặc ghi ngày ngoài thời gian thi đua.",
            "The item is undated, or dated outside the emulation period."));
    private static final Failure AFTER_DAY = new Failure("EVIDENCE_TOO_LATE", new Message("Chứng cứ ghi ngày sau ngày xét.",
            "The item is dated after the day considered."));
    private static final Failure AFTER_RECEIPT = new Failure("EVIDENCE_TOO_LATE", new Message("Chứng cứ ghi ngày sau ngày nhận hồ sơ.",
            "The item is dated after the dossier was received."));
    private static final Failure DUPLICATE = new Failure("EVIDENCE_DUPLICATE", new Message(
            "Chứng cứ trùng mã tiêu chí và số hiệu với một chứng cứ khác: chỉ tính một lần.",
            "The item repeats the criterion and reference of another valid item: it counts once."));

    private HandEvidence() {
    }

    static Checked check(List<Evidence> evidence, HandTable.Table table, LocalDate received, LocalDate day) {
        List<Valid> valid = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            String code = code(e.criterion());
            String ref = normalised(e.ref());
            HandTable.Line line = code == null ? null : table.byCode().get(code);
            Failure failed = failure(e, line, ref, received, day);
            if (failed != null) {
                warnings.add(new Warning(failed.code(), ref, code, failed.message()));
            } else if (!seen.add(code + '\u0000' + ref)) { // NUL: no code or reference contains it
                valid.add(new Valid(i, code, ref, e.date(), e.done(), e.total()));
                warnings.add(new Warning(DUPLICATE.code(), ref, code, DUPLICATE.message()));
            } else {
                valid.add(new Valid(i, code, ref, e.date(), e.done(), e.total()));
            }
        }
        return new Checked(valid, warnings);
    }

    /** The first check the item fails, or null when it is valid. */
    private static Failure failure(Evidence e, HandTable.Line line, String ref, LocalDate received, LocalDate day) {
        if (line == null || !line.earnedByEvidence()) {
            return UNKNOWN;
        }
        if (ref == null) {
            return NO_REF;
        }
        if (line.needsResult() && (e.result() == null || e.result().isBlank())) {
            return NO_RESULT;
        }
        if (line.method() == HandTable.Method.RATE && (e.done() == null || e.total() == null || e.done() < 0
                || e.done() > e.total())) {
            return BAD_RATE;
        }
        LocalDate from = line.evidenceFrom() != null ? line.evidenceFrom() : HandTable.PERIOD_START;
        if (e.date() == null || e.date().isBefore(from) || e.date().isAfter(HandTable.PERIOD_END)) {
            return OUTSIDE_PERIOD;
        }
        if (e.date().isAfter(day)) {
            return AFTER_DAY;
        }
        if (received != null && e.date().isAfter(received)) {
            return AFTER_RECEIPT;
        }
        return null;
    }

    /** A code as the spec matches it: stripped, nothing else; blank is absent. */
    static String code(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A reference as the spec matches it: stripped, in NFC; blank is absent. */
    static String normalised(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
