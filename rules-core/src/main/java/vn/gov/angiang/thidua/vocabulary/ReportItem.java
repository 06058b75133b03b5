package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.ReportCode;

import java.time.LocalDate;

/** A periodic report listed in the dossier, {@code ref} trimmed and in NFC; {@code index} its position. */
public record ReportItem(int index, ReportCode code, String ref, LocalDate received) {
}
