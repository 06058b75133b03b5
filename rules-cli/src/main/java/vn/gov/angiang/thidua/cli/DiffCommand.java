package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.testing.impact.Changes;
import vn.gov.angiang.thidua.testing.impact.Impact;
import vn.gov.angiang.thidua.testing.impact.ImpactSearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua diff}: what an edit of the rules changes, on the dossiers given or on dossiers it generates. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"So sánh hai bộ quy tắc / compares two rule sets.",
                "Với các tệp hồ sơ: xét mỗi hồ sơ theo cả hai bộ và liệt kê mọi hồ sơ có khen thưởng, điểm, lý do, "
                        + "điểm tiêu chí (hoặc cảnh báo) thay đổi, kèm tóm tắt theo loại thay đổi.",
                "With dossier files: evaluates each dossier under both sets and lists every dossier whose award, score, "
                        + "reasons, criterion points (or warnings) change, with a summary per kind of change.",
                "Không có tệp: tìm kiếm trên các hồ sơ sinh ngẫu nhiên (có seed) một hồ sơ mà hai bộ xét khác nhau, "
                        + "thu gọn nó và in ra cùng một trường hợp kịch bản; đây là tìm kiếm, không phải chứng minh.",
                "Without files: searches seeded generated dossiers for one on which the two sets disagree, shrinks it "
                        + "and prints it with a scenario case; a search, not a proof."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:không có khác biệt / no difference (none found by the search)",
                "1:có khác biệt, hoặc có hồ sơ không đọc được / differences found, or some dossiers could not be read",
                "2:dùng lệnh sai / misuse: bad option, missing file, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class DiffCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    ThiDuaCli root;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Bộ quy tắc đang dùng (mặc định: bộ 2026 kèm theo) / the rule set as used now (default: the "
                    + "embedded 2026 set).")
    Path base;

    @Option(names = "--head", paramLabel = "DIR",
            description = "Bộ quy tắc đã sửa (mặc định: bộ 2026 kèm theo) / the rule set as edited (default: the "
                    + "embedded 2026 set).")
    Path head;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (cho người đọc / for people) hoặc / or json. Mặc định / default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed của tìm kiếm (mặc định: ngẫu nhiên, được in ra) / the search's seed (default: random, "
                    + "printed so that the search can be repeated).")
    Long seed;

    @Option(names = "--tries", paramLabel = "N",
            description = "Số hồ sơ sinh tối đa / at most this many generated dossiers (default 5000).")
    Long tries;

    @Option(names = "--time", paramLabel = "DURATION", converter = DurationOption.class,
            description = "Thời gian tìm tối đa, chưa kể thu gọn (30s, 2m, PT1M) / at most this long, shrinking aside "
                    + "(default 30s).")
    Duration time;

    @Option(names = "--examples", paramLabel = "N",
            description = "Số hồ sơ khác biệt cần tìm, mỗi hồ sơ một kiểu thay đổi khác / how many disagreeing dossiers "
                    + "to collect, each with different kinds of change (default 1).")
    Integer examples;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Ghi trường hợp kịch bản thành tệp .scenario.json / write the scenario case as a scenario file.")
    Path out;

    @Mixin
    InputOptions input;

    @Mixin
    LoggingOptions logging;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Tệp hồ sơ (mảng JSON, một hồ sơ, .jsonl; '-' = stdin); không có: tìm kiếm / dossier files "
                    + "(JSON array, one dossier, .jsonl; '-' = stdin); none: search.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        if (base == null && head == null) {
            throw new CliException(ThiDuaCli.USAGE, "cần --base hoặc --head (hoặc cả hai) / give --base or --head "
                    + "(or both): the two rule sets to compare");
        }
        boolean searching = files.isEmpty();
        if (!searching && (seed != null || tries != null || time != null || examples != null || out != null)) {
            throw new CliException(ThiDuaCli.USAGE, "--seed, --tries, --time, --examples và --out chỉ dùng khi tìm kiếm"
                    + " (không có tệp hồ sơ) / --seed, --tries, --time, --examples and --out are for the search (no "
                    + "dossier files)");
        }
        if (tries != null && tries < 1 || examples != null && examples < 1) {
            throw new CliException(ThiDuaCli.USAGE, "--tries và --examples phải từ 1 trở lên / --tries and --examples "
                    + "must be at least 1");
        }
        List<Inputs.Input> inputs = searching ? List.of() : Inputs.resolve(files, input.inputFormat);
        InspectableEvaluator b = load(base);
        InspectableEvaluator h = load(head);
        DiffOutput output = new DiffOutput(root.out(), format == Format.json, b.ruleSet(), h.ruleSet());
        return searching ? search(new Impact(b, h), output) : compare(inputs, b, h, output);
    }

    private Integer compare(List<Inputs.Input> inputs, InspectableEvaluator b, InspectableEvaluator h, DiffOutput output) {
        LocalDate day = input.day();
        BatchEvaluation underBase = new BatchEvaluation(b, day, false);
        BatchEvaluation underHead = new BatchEvaluation(h, day, false);
        output.beginDossiers(day);
        Inputs.read(inputs, input.readLimits(), root.in(), root.err(), (in, read) -> {
            Outcome before = underBase.evaluate(read);
            Outcome after = underHead.evaluate(read);
            if (read instanceof DossierRead.Failed failed) {
                output.unreadable(in.name(), failed.error());
            } else {
                output.dossier(in.name(), read.index(), Inputs.dossier(read).id(), Changes.between(before, after));
            }
        });
        return output.endDossiers() ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }

    private Integer search(Impact impact, DiffOutput output) {
        long s = seed != null ? seed : new SecureRandom().nextLong() >>> 16;
        ImpactSearch.Limits limits = new ImpactSearch.Limits(s, tries != null ? tries : 5_000,
                time != null ? time : Duration.ofSeconds(30), input.consideredOn, examples != null ? examples : 1);
        // The dossiers probe both tables: a line, band or date only the edited one has is probed too.
        ImpactSearch.Result result = new ImpactSearch(impact, List.of(table(head), table(base))).run(limits);
        String again = "thidua diff" + (base != null ? " --base " + base : "") + (head != null ? " --head " + head : "")
                + (input.consideredOn != null ? " --considered-on " + input.consideredOn : "") + " --seed " + s
                + " --tries " + limits.tries();
        if (out != null && !result.found().isEmpty()) {
            write(out, output.scenarioFile(result.found().get(0)));
        }
        output.search(result, again, out);
        return result.found().isEmpty() ? ThiDuaCli.OK : ThiDuaCli.FAILED;
    }

    private static CriteriaTable table(Path dir) {
        return CriteriaTable.read((dir == null ? RuleSets.defaultSource() : RuleSource.fromDirectory(dir)).files());
    }

    private InspectableEvaluator load(Path dir) {
        RulesOption option = new RulesOption();
        option.folder = dir;
        return option.load(root);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write " + file + ": " + e.getMessage());
        }
    }
}
