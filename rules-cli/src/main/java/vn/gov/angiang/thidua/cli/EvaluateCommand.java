package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.ParallelBatch;
import vn.gov.angiang.thidua.api.json.ReadLimits;
import vn.gov.angiang.thidua.core.EvaluationThreads;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.io.UncheckedIOException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua evaluate}: evaluates every dossier of the files given, in order. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Xét các hồ sơ / evaluates dossiers.",
                "FILE là một mảng JSON hồ sơ, một hồ sơ, hoặc tệp .jsonl/.ndjson (mỗi dòng một hồ sơ); '-' là stdin.",
                "FILE is a JSON array of dossiers, one dossier, or a .jsonl/.ndjson file (one dossier a line); "
                        + "'-' reads stdin.",
                "Mỗi hồ sơ một kết quả hoặc một bản ghi lỗi; dòng JSON Lines hỏng chỉ mất dòng đó; mã hồ sơ trùng "
                        + "được cảnh báo DUPLICATE_DOSSIER_ID.",
                "Every dossier gets an evaluation or an error record; a broken JSON Lines line costs only itself, a "
                        + "JSON array broken partway one error record for the rest; a dossier id met again gets "
                        + "the warning DUPLICATE_DOSSIER_ID.",
                "Với --format json: đúng một mảng JSON trên stdout, mỗi hồ sơ một kết quả hoặc một bản ghi lỗi, theo thứ tự.",
                "With --format json: exactly one JSON array on stdout, one evaluation or error record per dossier, "
                        + "in input order."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:mọi hồ sơ đã được xét / every dossier was evaluated",
                "1:có hồ sơ lỗi (bản ghi lỗi) / some records were errors (bad or damaged input)",
                "2:dùng lệnh sai / misuse: bad option or --limit, missing or unreadable file, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class EvaluateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, jsonl }

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (cho người đọc / for people), json (một mảng / one array), jsonl (mỗi dòng một kết quả / "
                    + "one a line). Mặc định / default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--explain",
            description = "Kèm các quy tắc đã chạy (trace) và điểm từng tiêu chí / include the rules fired (trace) "
                    + "and, in the table, the points of each criterion.")
    boolean explain;

    @Option(names = "--record", paramLabel = "RECORDS",
            description = "Ghi thêm mỗi kết quả một dòng JSON vào tệp này (bản ghi quyết định, để kiểm tra lại) / "
                    + "append one decision record (JSON line) per dossier to this file, for audit and replay.")
    Path record;

    @Option(names = "--mask-names",
            description = "Ẩn tên cá nhân trong bản ghi quyết định / mask individuals' names in the decision records.")
    boolean maskNames;

    @Option(names = "--threads", paramLabel = "N",
            description = "Số luồng xét hồ sơ / threads that parse and evaluate (default: the number of cores, "
                    + "${DEFAULT-VALUE}); output keeps the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    InputOptions input;

    @Mixin
    LoggingOptions logging;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp hồ sơ / dossier files ('-' = stdin).")
    List<String> files;

    @Override
    public Integer call() {
        LocalDate day = input.day();
        List<Inputs.Input> inputs = Inputs.resolve(files, input.inputFormat);
        ReadLimits readLimits = input.readLimits();
        if (threads < 1) {
            throw new CliException(ThiDuaCli.USAGE, "--threads phải từ 1 trở lên / must be at least 1: " + threads);
        }
        InspectableEvaluator evaluator = rules.load(root);
        // One batch for the whole run: a dossier id met again, in any of the files, gets a warning.
        BatchEvaluation batch = new BatchEvaluation(evaluator, day, explain);
        long[] errors = {0};
        try (DecisionRecords records = record == null ? null : DecisionRecords.open(record, inputs, maskNames);
             Report report = switch (format) {
            case table -> new Table(root.out(), explain, true);
            case json -> Report.jsonArray(root.out());
            case jsonl -> Report.jsonLines(root.out());
        }) {
            report.begin(evaluator.ruleSet(), day);
            long count;
            // Records are parsed and evaluated on every core; outcomes come back here, in input order.
            try (Progress progress = Progress.onTerminal(root.err(), inputs);
                 ParallelBatch parallel = new ParallelBatch(batch, threads, EvaluationThreads.factory("thidua"))) {
                count = Inputs.split(inputs, readLimits, root.in(), root.err(), (input, pending) ->
                        parallel.submit(pending, (read, o) -> {
                            if (records != null) {
                                records.write(evaluator.ruleSet(), day, input, read, o);
                            }
                            if (o instanceof ErrorRecord) {
                                errors[0]++;
                            }
                            report.outcome(read.index(), input.name(), Inputs.dossier(read), o);
                            progress.done();
                        }), progress::read);
            } catch (UncheckedIOException e) {
                throw new CliException(ThiDuaCli.USAGE, "không ghi được kết quả / cannot write the output: "
                        + e.getCause().getMessage());
            }
            if (errors[0] > 0 && format != Format.table) {
                root.err().println("thidua: " + errors[0] + "/" + count
                        + " hồ sơ không xét được (xem các bản ghi lỗi) / dossiers could not be evaluated "
                        + "(see the error records)");
            }
        }
        return errors[0] > 0 ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }
}
