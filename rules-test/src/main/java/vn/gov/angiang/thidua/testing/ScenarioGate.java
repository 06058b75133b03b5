package vn.gov.angiang.thidua.testing;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.core.RuleSetGate;
import vn.gov.angiang.thidua.core.RuleSource;

import java.nio.file.Path;
import java.util.List;

/** The gate of a watched rule folder that runs the folder's own scenario files against the candidate rules. */
final class ScenarioGate implements RuleSetGate {

    @Override
    public List<String> failures(Evaluator candidate, RuleSource source, Path folder) {
        return Scenarios.in(folder).against(new TestedRules(candidate, source)).run().failures().stream()
                .map(r -> r.title() + ": " + String.join("; ", r.mismatches().stream().map(Mismatch::toString).toList()))
                .toList();
    }
}
