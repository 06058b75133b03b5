package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.Dossier;

import java.time.LocalDate;

/** A dossier and the day it is considered: exclusions, receipt and evidence windows are judged on that day. */
public record DossierOnDay(Dossier dossier, LocalDate consideredOn) {
}
