package vn.gov.angiang.thidua.vocabulary;

import java.time.LocalDate;

/** The day the dossier is considered (ngày xét): exclusions, receipt and evidence are judged as of this day. */
public record ConsideredOn(LocalDate day) {
}
