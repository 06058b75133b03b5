package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.SanctionForm;
import vn.gov.angiang.thidua.api.Subject;

import java.time.LocalDate;

/** A disciplinary decision listed in the dossier, {@code ref} trimmed and in NFC; {@code index} its position. */
public record SanctionItem(int index, LocalDate date, SanctionForm form, Subject subject, String ref) {
}
