package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/** A disciplinary decision listed in the dossier. */
public record Sanction(LocalDate date, SanctionForm form, Subject subject, String ref) {
}
