package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.scenario.CaseResult;
import vn.gov.angiang.thidua.core.scenario.ScenarioCase;
import vn.gov.angiang.thidua.core.scenario.ScenarioFiles;
import vn.gov.angiang.thidua.core.scenario.ScenarioRunner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code thidua test}: runs scenario files against the rules. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Chạy các tệp kịch bản (*.scenario.json; thư mục được tìm đệ quy) với bộ quy tắc. Một thư mục"
                + " quy tắc (có ruleset.properties) vừa là bộ quy tắc vừa chứa kịch bản: thidua test DIR.",
                "Runs scenario files (*.scenario.json; folders are searched recursively) against the rules; prints "
                        + "each failing case and ends with the line 'N passed, M failed'. A rule folder (with "
                        + "ruleset.properties) given as PATH is also the rule set tested, unless --rules says otherwise."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:mọi trường hợp đạt / every case passed",
                "1:có trường hợp không đạt / some cases failed",
                "2:dùng lệnh sai / misuse: bad option, no such path, no scenario file, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = "--coverage",
            description = "Liệt kê quy tắc chưa từng chạy và quy tắc chạy trong mọi trường hợp / list the rules that "
                    + "never fired and those that fired in every case.")
    boolean coverage;

    @Mixin
    LoggingOptions logging;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Tệp hoặc thư mục kịch bản / scenario files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CliException(ThiDuaCli.USAGE, "không tìm thấy / no such file or folder: " + p);
            }
        }
        List<Path> files = ScenarioFiles.find(paths);
        if (files.isEmpty()) {
            throw new CliException(ThiDuaCli.USAGE, "không có tệp kịch bản nào / no scenario files (*"
                    + ScenarioFiles.SUFFIX + ") in " + paths);
        }
        // A rule folder given as the path to test (as export-rules writes it) is also the rule set to test.
        List<Path> ruleFolders = paths.stream()
                .filter(p -> Files.isRegularFile(p.resolve(vn.gov.angiang.thidua.core.RuleSource.DESCRIPTOR))).toList();
        if (rules.folder == null && ruleFolders.size() == 1) {
            rules.folder = ruleFolders.get(0);
        } else if (rules.folder == null && ruleFolders.size() > 1) {
            throw new CliException(ThiDuaCli.USAGE, "nhiều thư mục quy tắc, hãy chọn một bằng --rules / several rule"
                    + " folders: choose one with --rules: " + ruleFolders);
        }
        InspectableEvaluator evaluator = rules.load(root);
        ScenarioRunner runner = new ScenarioRunner(evaluator);
        PrintStream out = root.out();
        boolean verbose = logging.verbose || root.logging.verbose;
        int passed = 0;
        int failed = 0;
        Set<String> firedAnywhere = new TreeSet<>();
        Set<String> firedEverywhere = null;
        for (Path file : files) {
            List<ScenarioCase> cases;
            try {
                cases = ScenarioFiles.read(file);
            } catch (ThiDuaException e) {
                failed++;
                out.println("✗ " + file);
                out.println("    - " + e.getMessage());
                continue;
            }
            for (ScenarioCase c : cases) {
                CaseResult r;
                try {
                    r = runner.run(c);
                } catch (ThiDuaException e) {
                    r = new CaseResult(c, List.of("the evaluation failed: " + e.getMessage()), Set.of());
                }
                if (r.passed()) {
                    passed++;
                    if (verbose) {
                        out.println("✓ " + file + " › " + c.name());
                    }
                } else {
                    failed++;
                    out.println("✗ " + file + " › " + c.name());
                    for (String f : r.failures()) {
                        out.println("    - " + f);
                    }
                }
                firedAnywhere.addAll(r.fired());
                if (!r.fired().isEmpty()) {
                    if (firedEverywhere == null) {
                        firedEverywhere = new TreeSet<>(r.fired());
                    } else {
                        firedEverywhere.retainAll(r.fired());
                    }
                }
            }
        }
        if (coverage) {
            coverage(out, evaluator.ruleNames(), firedAnywhere, firedEverywhere == null ? Set.of() : firedEverywhere);
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ThiDuaCli.OK : ThiDuaCli.FAILED;
    }

    private static void coverage(PrintStream out, List<String> rules, Set<String> anywhere, Set<String> everywhere) {
        List<String> never = new ArrayList<>();
        for (String r : new LinkedHashSet<>(rules)) {
            if (!anywhere.contains(r)) {
                never.add(r);
            }
        }
        out.println();
        out.println("Độ phủ / coverage: " + (rules.size() - never.size()) + " of " + rules.size()
                + " rules fired in at least one case");
        out.println("Quy tắc chưa từng chạy / rules that never fired (" + never.size() + "):");
        never.forEach(r -> out.println("  - " + r));
        out.println("Quy tắc chạy trong mọi trường hợp được xét / rules that fired in every evaluated case ("
                + everywhere.size() + "):");
        everywhere.forEach(r -> out.println("  - " + r));
        out.println();
    }
}
