package vn.gov.angiang.thidua.vocabulary;

import java.time.LocalDate;

/** An evidence item that passed every check of evidence.drl (chứng cứ hợp lệ): it may earn points. */
public record ValidEvidence(int index, String criterion, String ref, LocalDate date, Long done, Long total) {

    public static ValidEvidence of(EvidenceItem e) {
        return new ValidEvidence(e.index(), e.criterion(), e.ref(), e.date(), e.done(), e.total());
    }
}
