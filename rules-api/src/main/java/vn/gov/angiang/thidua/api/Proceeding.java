package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/** A discipline review, investigation, complaint, press report… about the nominee; {@code closed} null: still open. */
public record Proceeding(ProceedingType type, Subject subject, LocalDate opened, LocalDate closed,
                         Boolean signsOfViolation, String ref) {
}
