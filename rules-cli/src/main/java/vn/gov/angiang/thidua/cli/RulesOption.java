package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Option;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.nio.file.Path;

/** {@code --rules DIR}: a folder of DRL files instead of the embedded 2026 rule set. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục quy tắc DRL (mặc định: bộ quy tắc 2026 kèm theo) / folder of DRL rule files "
                    + "(default: the embedded 2026 rule set).")
    Path folder;

    /**
     * The evaluator of the chosen rule set. A folder that does not exist, or rules that do not compile
     * (each problem printed as file:line:column: message), end the command with exit status 2.
     */
    InspectableEvaluator load(ThiDuaCli root) {
        Path dir = ThiDuaCli.rulesFolder(folder);
        try {
            InspectableEvaluator evaluator = root.rules().load(dir);
            String changed = VersionRecord.warning(evaluator.ruleSet(), dir);
            if (changed != null) {
                root.err().println(changed);
            }
            return evaluator;
        } catch (RuleSetException e) {
            Problems.print(e, dir, root.err());
            throw new CliException(ThiDuaCli.USAGE, null);
        }
    }
}
