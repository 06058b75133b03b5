package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.core.DroolsEvaluator;

import java.time.LocalDate;

/** The outcome of one record read: its evaluation, or the error record that stands for it. */
final class Evaluations {

    /** The code of the error record of a dossier that was read but that the rules could not evaluate. */
    static final String EVALUATION_FAILED = "EVALUATION_FAILED";

    private Evaluations() {
    }

    static Outcome of(DroolsEvaluator evaluator, DossierRead read, LocalDate consideredOn, boolean explain) {
        if (read instanceof DossierRead.Failed failed) {
            return failed.error();
        }
        Dossier d = ((DossierRead.Ok) read).dossier();
        try {
            return explain ? evaluator.explain(d, consideredOn) : evaluator.evaluate(d, consideredOn);
        } catch (InvalidDossierException e) {
            return e.toRecord(read.index());
        } catch (ThiDuaException e) {
            return new ErrorRecord(d.id(), read.index(), new ErrorRecord.Error(EVALUATION_FAILED,
                    e.getMessage().lines().findFirst().orElse("evaluation failed"), null));
        }
    }

    static Dossier dossier(DossierRead read) {
        return read instanceof DossierRead.Ok ok ? ok.dossier() : null;
    }
}
