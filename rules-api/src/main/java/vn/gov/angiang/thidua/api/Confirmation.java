package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/** The competent Party committee's confirmation of the dossier. */
public record Confirmation(String by, String ref, LocalDate date) {
}
