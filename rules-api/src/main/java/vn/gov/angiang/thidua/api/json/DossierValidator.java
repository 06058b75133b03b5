package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.api.AchievementReport;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.Submission;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checks of formats.md that the JSON binding cannot make: required fields, no null list items,
 * counts that are never negative, a self-score in 0..100 with at most two decimals. Evidence is
 * forgiving on purpose: a careless item is the rules' business (a warning), not an input error.
 */
public final class DossierValidator {

    /** The error code of every problem this validator finds. */
    public static final String INVALID = ErrorRecord.INVALID_DOSSIER;
    private static final String MISSING = "MISSING_FIELD";
    private static final String NEGATIVE = "NEGATIVE_NUMBER";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DossierValidator() {
    }

    /**
     * Checks a dossier built as records (one read from JSON has been checked already).
     *
     * @param d the dossier
     * @throws InvalidDossierException naming the first field that breaks the format
     */
    public static void check(Dossier d) {
        String id = d.id();
        require(id, d.id() != null && !d.id().isBlank(), "id", "is required (bắt buộc có mã hồ sơ)", MISSING);
        require(id, d.nominee() != null, "nominee", "is required (bắt buộc có đối tượng đề nghị)", MISSING);
        require(id, d.nominee().kind() != null, "nominee.kind", "is required: INDIVIDUAL or COLLECTIVE", MISSING);
        require(id, d.nominee().agency() != null, "nominee.agency", "is required (bắt buộc có cơ quan quản lý)", MISSING);
        noNulls(id, "evidence", d.evidence());
        noNulls(id, "reports", d.reports());
        for (int i = 0; i < d.reports().size(); i++) {
            Report r = d.reports().get(i);
            require(id, r.code() != null, "reports[" + i + "].code", "is required: Q1, H1, Q3 or PLAN", MISSING);
        }
        noNulls(id, "proceedings", d.proceedings());
        for (int i = 0; i < d.proceedings().size(); i++) {
            Proceeding p = d.proceedings().get(i);
            require(id, p.type() != null, "proceedings[" + i + "].type", "is required", MISSING);
            require(id, p.opened() != null, "proceedings[" + i + "].opened", "is required (ngày bắt đầu)", MISSING);
        }
        noNulls(id, "sanctions", d.sanctions());
        for (int i = 0; i < d.sanctions().size(); i++) {
            Sanction s = d.sanctions().get(i);
            require(id, s.date() != null, "sanctions[" + i + "].date", "is required (ngày quyết định)", MISSING);
        }
        Submission s = d.submission();
        if (s != null) {
            require(id, s.copies() == null || s.copies() >= 0, "submission.copies", "must not be negative", NEGATIVE);
            AchievementReport r = s.report();
            require(id, r == null || r.cases() == null || r.cases() >= 0, "submission.report.cases",
                    "must not be negative", NEGATIVE);
        }
        BigDecimal self = d.selfScore();
        if (self != null) {
            require(id, self.signum() >= 0 && self.compareTo(HUNDRED) <= 0, "selfScore", "must lie in 0..100", "OUT_OF_RANGE");
            // The written scale too: 0E-999999999 is zero, but spelt out it is a gigabyte of zeros.
            require(id, self.scale() <= 100 && self.stripTrailingZeros().scale() <= 2, "selfScore",
                    "has more than two decimals", "TOO_MANY_DECIMALS");
        }
    }

    private static void noNulls(String id, String field, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            require(id, list.get(i) != null, field + "[" + i + "]", "is null", "NULL_ITEM");
        }
    }

    private static void require(String id, boolean holds, String field, String message, String kind) {
        if (!holds) {
            throw new InvalidDossierException(INVALID, kind, id, field, field + " " + message, null, null);
        }
    }
}
