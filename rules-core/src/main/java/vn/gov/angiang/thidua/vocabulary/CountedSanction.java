package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Subject;

import java.time.LocalDate;

/** A disciplinary decision that counts: dated inside the period and not after the day considered. */
public record CountedSanction(int index, LocalDate date, Subject subject, String ref) {

    public static CountedSanction of(SanctionItem s) {
        return new CountedSanction(s.index(), s.date(), s.subject(), s.ref());
    }
}
