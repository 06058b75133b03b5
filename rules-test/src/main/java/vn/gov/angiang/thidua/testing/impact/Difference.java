package vn.gov.angiang.thidua.testing.impact;

import vn.gov.angiang.thidua.api.Outcome;

import java.util.List;

/** One dossier under two rule sets: its outcome under each (an evaluation or an error record) and what changed. */
public record Difference(DossierOnDay dossier, Outcome base, Outcome head, List<Change> changes) {

    public Difference {
        changes = List.copyOf(changes);
    }

    /** True when the two rule sets disagree on this dossier. */
    public boolean changed() {
        return !changes.isEmpty();
    }
}
