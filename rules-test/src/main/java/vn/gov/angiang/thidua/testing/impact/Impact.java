package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.json.DossierRead;

/**
 * Two rule sets side by side — the base (as used now) and the head (as edited) — evaluating the same
 * dossiers. Thread-safe when both evaluators are.
 */
public record Impact(Evaluator base, Evaluator head) {

    /** The dossier evaluated under both sets, on its day; a failure on either side is an outcome, not an exception. */
    public Difference compare(DossierOnDay d) {
        Outcome b = outcome(base, d);
        Outcome h = outcome(head, d);
        return new Difference(d, b, h, Changes.between(b, h));
    }

    /** Whether the two sets disagree on the dossier. */
    public boolean disagree(DossierOnDay d) {
        return compare(d).changed();
    }

    private static Outcome outcome(Evaluator evaluator, DossierOnDay d) {
        // BatchEvaluation turns whatever a rule set throws on one dossier into that dossier's error record.
        return new BatchEvaluation(evaluator, d.consideredOn(), false).evaluate(new DossierRead.Ok(0, d.dossier()));
    }
}
