package vn.gov.angiang.thidua.vocabulary;

import java.time.LocalDate;

/**
 * One evidence item of the dossier (chứng cứ), as the rules see it: {@code criterion} trimmed,
 * {@code ref} trimmed and in Unicode NFC, blank texts as null. {@code index} is its position in the
 * dossier, from 0.
 */
public record EvidenceItem(int index, String criterion, String ref, LocalDate date, String content, String result,
                           Long done, Long total) {
}
