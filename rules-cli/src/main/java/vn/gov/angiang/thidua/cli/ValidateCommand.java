package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua validate}: compiles and checks a rule folder (or the embedded rule set). */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Kiểm tra một thư mục quy tắc: biên dịch và soát từng tệp DRL.",
                "Compiles and checks a folder of rules; prints OK with the rule set's id, version, number of rules "
                        + "and sha256, or each problem as file:line:column: message."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:bộ quy tắc dùng được / the rule set is usable",
                "1:bộ quy tắc có lỗi / the rule set has problems",
                "2:dùng lệnh sai / misuse: bad option, no such folder",
                "3:lỗi nội bộ / internal error"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @picocli.CommandLine.Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (mặc định / default) hoặc / or json: {\"ok\", \"ruleSet\", \"problems\": [{\"file\", "
                    + "\"line\", \"column\", \"message\"}]} cho công cụ / for tools.")
    String format;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Thư mục quy tắc cần kiểm tra (như --rules) / the rule folder to check (as --rules).")
    Path folder;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        if (folder != null && rules.folder != null && !folder.equals(rules.folder)) {
            throw new CliException(ThiDuaCli.USAGE, "hai thư mục quy tắc khác nhau / two different rule folders: "
                    + folder + " and " + rules.folder);
        }
        Path dir = ThiDuaCli.rulesFolder(folder != null ? folder : rules.folder);
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException(ThiDuaCli.USAGE, "--format phải là text hoặc json / must be text or json: " + format);
        }
        PrintStream out = root.out();
        InspectableEvaluator evaluator;
        try {
            evaluator = root.rules().load(dir);
        } catch (RuleSetException e) {
            List<RuleSetException.Problem> problems = e.problems().isEmpty()
                    ? List.of(new RuleSetException.Problem(dir == null ? "classpath:" + RuleSets.DEFAULT_FOLDER
                    : dir.toString(), 0, 0, e.getMessage()))
                    : e.problems();
            if (format.equals("json")) {
                out.println(json(null, problems, dir));
                return ThiDuaCli.FAILED;
            }
            for (RuleSetException.Problem p : problems) {
                out.println(Problems.line(p, dir));
            }
            out.println(problems.size() + " lỗi, bộ quy tắc không dùng được / " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ", the rule set cannot be used");
            return ThiDuaCli.FAILED;
        }
        RuleSetInfo info = evaluator.ruleSet();
        String changed = VersionRecord.warning(info, dir);
        if (format.equals("json")) {
            com.fasterxml.jackson.databind.node.ObjectNode json = json(info, List.of(), dir);
            com.fasterxml.jackson.databind.node.ArrayNode warnings = json.putArray("warnings");
            if (changed != null) {
                warnings.add(changed);
            }
            out.println(json);
            return ThiDuaCli.OK;
        }
        out.println("OK: " + info.id() + " " + info.version() + ", " + evaluator.ruleNames().size() + " rules, sha256 "
                + info.sha256());
        if (changed != null) {
            out.println(changed);
        }
        return ThiDuaCli.OK;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode json(RuleSetInfo info, List<RuleSetException.Problem> problems, Path dir) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
        root.put("ok", problems.isEmpty());
        if (info != null) {
            root.putObject("ruleSet").put("id", info.id()).put("version", info.version()).put("sha256", info.sha256());
        }
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("problems");
        for (RuleSetException.Problem p : problems) {
            list.addObject().put("file", Problems.file(p.file(), dir)).put("line", p.line()).put("column", p.column())
                    .put("message", p.message());
        }
        return root;
    }
}
