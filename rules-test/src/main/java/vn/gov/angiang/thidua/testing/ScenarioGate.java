package vn.gov.angiang.thidua.testing;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.core.RuleFolderSnapshot;
import vn.gov.angiang.thidua.core.RuleSetGate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gate of a watched rule folder that runs the candidate's own scenario files — as read with its rule
 * files, not as the folder holds them now — against the candidate rules. The files are written to a
 * scratch folder for the run; failures name them by their place in the watched folder.
 */
final class ScenarioGate implements RuleSetGate {

    @Override
    public List<String> failures(Evaluator candidate, RuleFolderSnapshot snapshot) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("thidua-gate-");
            snapshot.writeScenarioFiles(scratch);
            String written = scratch.toString();
            String watched = snapshot.folder().toString();
            return Scenarios.in(scratch).against(new TestedRules(candidate, snapshot.rules())).run().failures().stream()
                    .map(r -> (r.title() + ": " + String.join("; ", r.mismatches().stream().map(Mismatch::toString)
                            .toList())).replace(written, watched))
                    .toList();
        } catch (IOException e) {
            throw new ThiDuaException("Cannot run the scenario files of " + snapshot.describe() + ": " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temporary folder: nothing of the candidate depends on it
        }
    }
}
