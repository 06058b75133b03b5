package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Category;

import java.util.Map;

/**
 * The clause of the 2026 plan that a blocking reason comes from: who takes part (II), the requirements of a
 * dossier and the exclusions (I.2), and the Office's rules for sending dossiers (IV.1). A reason code the table
 * does not know takes the clause of its category.
 */
final class PlanClauses {

    private static final Map<String, String> BY_CODE = Map.of(
            "DOSSIER_NO_CONFIRMATION", "I.2",
            "DOSSIER_REPORT_NO_FIGURES", "I.2",
            "DOSSIER_REPORT_NO_CASES", "I.2",
            "DOSSIER_COPIES", "IV.1",
            "DOSSIER_LATE", "IV.1",
            "DOSSIER_NOT_SUBMITTED", "IV.1");

    private PlanClauses() {
    }

    static String of(String code, Category category) {
        String clause = code == null ? null : BY_CODE.get(code);
        if (clause != null) {
            return clause;
        }
        if (category == null) {
            return null;
        }
        return switch (category) {
            case SCOPE -> "II";
            case EXCLUSION -> "I.2";
            case DOSSIER -> "IV.1";
        };
    }
}
