package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.Acceptance;
import vn.gov.angiang.thidua.testing.Coverage;
import vn.gov.angiang.thidua.testing.ScenarioReport;
import vn.gov.angiang.thidua.testing.ScenarioResult;
import vn.gov.angiang.thidua.testing.Scenarios;
import vn.gov.angiang.thidua.testing.TestedRules;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua test}: runs scenario files against the rules, with a coverage gate and mutation testing. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Chạy các tệp kịch bản (*.scenario.json; thư mục được tìm đệ quy) với bộ quy tắc. Một thư mục"
                + " quy tắc (có ruleset.properties) vừa là bộ quy tắc vừa chứa kịch bản: thidua test DIR.",
                "Runs scenario files (*.scenario.json; folders are searched recursively) against the rules; prints "
                        + "each failing case, expected and actual side by side, and ends with the line 'N passed, M "
                        + "failed'. A rule folder (with ruleset.properties) given as PATH is also the rule set tested, "
                        + "unless --rules says otherwise. With --mutations, single-token mutants of the rule files are "
                        + "then tried against the same scenarios (see rules-drl/README.md §6)."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:mọi trường hợp đạt / every case passed (and the coverage reached --min-coverage)",
                "1:có trường hợp không đạt, hoặc độ phủ, điểm đột biến dưới ngưỡng / some cases failed, or coverage or mutation score below the gate",
                "2:dùng lệnh sai / misuse: bad option, no such path, no scenario file, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = "--coverage",
            description = "In theo từng tệp quy tắc các quy tắc chưa kịch bản nào làm chạy, và dòng 'rules covered: K/T'"
                    + " / print per rule file the rules no scenario fired, and the line 'rules covered: K/T'.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "P",
            description = "Không đạt nếu ít hơn P phần trăm quy tắc được chạy (kéo theo --coverage) / fail when fewer "
                    + "than P percent of the rules fired (implies --coverage).")
    BigDecimal minCoverage;

    @Option(names = "--accept",
            description = "Nhận kết quả mới: viết lại kỳ vọng của các trường hợp không đạt theo kết quả thực tế, chỉ"
                    + " những giá trị khác nhau, không đụng đến trường hợp đạt; in ra những gì đã sửa / accept the new"
                    + " outcomes: rewrite the failing cases' expectations to their actual outcomes, only the values"
                    + " that differ, never a passing case; prints what changed.")
    boolean accept;

    @Option(names = "--case", paramLabel = "CASE",
            description = "Với --accept: chỉ trường hợp có tên này (hoặc 'tệp › tên'); lặp lại được / with --accept: "
                    + "only the case of this name (or 'file › name'); repeatable.")
    List<String> cases = new java.util.ArrayList<>();

    @Mixin
    MutationOptions mutation;

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
        if (minCoverage != null && (minCoverage.signum() < 0 || minCoverage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new CliException(ThiDuaCli.USAGE, "--min-coverage phải từ 0 đến 100 / must be between 0 and 100: "
                    + minCoverage.toPlainString());
        }
        mutation.check();
        if (mutation.requested()) {
            // A mutant that makes the engine fail on a case is killed, as meant: its warning tells the reader
            // nothing, and hundreds of them would bury the report (a level given in JAVA_OPTS is kept).
            String key = "org.slf4j.simpleLogger.log.vn.gov.angiang.thidua.core.DroolsEvaluator";
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
        Scenarios scenarios = Scenarios.in(paths);
        if (scenarios.files().isEmpty()) {
            throw new CliException(ThiDuaCli.USAGE, "không có tệp kịch bản nào / no scenario files (*.scenario.json) in "
                    + paths);
        }
        TestedRules tested = testedRules();
        ScenarioReport report = scenarios.against(tested).run();
        PrintStream out = root.out();
        if (!cases.isEmpty() && !accept) {
            throw new CliException(ThiDuaCli.USAGE, "--case chỉ dùng cùng --accept / --case goes with --accept");
        }
        if (accept) {
            List<Acceptance.Change> changes = Acceptance.of(tested).apply(report, cases);
            changes.forEach(c -> out.println("✎ " + c));
            out.println(changes.size() + " giá trị đã được viết lại / " + changes.size() + " values rewritten");
            report = scenarios.against(tested).run();
        }
        boolean verbose = logging.verbose || root.logging.verbose;
        for (ScenarioResult r : report.results()) {
            if (!r.passed()) {
                out.print(r.describe());
            } else if (verbose) {
                out.println("✓ " + r.title());
            }
        }
        boolean gateFailed = false;
        if (coverage || minCoverage != null) {
            Coverage c = report.coverage();
            out.println();
            out.print(c.describe());
            if (minCoverage != null && !c.meets(minCoverage)) {
                gateFailed = true;
                out.println("✗ độ phủ dưới ngưỡng / coverage below the gate: " + c.percent().toPlainString() + "% < "
                        + minCoverage.toPlainString() + "%");
            }
        }
        out.println(report.summary());
        if (mutation.requested() && report.passed()) {
            gateFailed |= !mutation.run(tested, rules.folder, paths, out);
        } else if (mutation.requested()) {
            out.println("✗ chưa thử đột biến: các kịch bản phải đạt trước / mutants not tried: the scenarios must pass"
                    + " first");
        }
        return report.passed() && !gateFailed ? ThiDuaCli.OK : ThiDuaCli.FAILED;
    }

    /** The rules tested: --rules, else the one rule folder among the paths, else the embedded set. */
    private TestedRules testedRules() {
        List<Path> ruleFolders = paths.stream().filter(p -> Files.isRegularFile(p.resolve(RuleSource.DESCRIPTOR))).toList();
        if (rules.folder == null && ruleFolders.size() == 1) {
            rules.folder = ruleFolders.get(0);
        } else if (rules.folder == null && ruleFolders.size() > 1) {
            throw new CliException(ThiDuaCli.USAGE, "nhiều thư mục quy tắc, hãy chọn một bằng --rules / several rule"
                    + " folders: choose one with --rules: " + ruleFolders);
        }
        RuleSource source = rules.folder == null ? RuleSets.defaultSource() : source(ThiDuaCli.rulesFolder(rules.folder));
        return new TestedRules(rules.load(root), source);
    }

    private RuleSource source(Path dir) {
        try {
            return RuleSource.fromDirectory(dir);
        } catch (vn.gov.angiang.thidua.api.RuleSetException e) {
            Problems.print(e, dir, root.err());
            throw new CliException(ThiDuaCli.USAGE, null);
        }
    }
}
