package vn.gov.angiang.thidua.api;

import java.time.LocalDate;

/**
 * One item of evidence for a criterion, bonus or deduction line. Narrative items carry {@code content}
 * and {@code result}; rate items carry {@code done} and {@code total} instead.
 */
public record Evidence(String criterion, String ref, LocalDate date, String content, String result,
                       Long done, Long total) {
}
