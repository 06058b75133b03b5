package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua explain}: one dossier, point by point, with the rules that fired. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Giải thích kết quả xét một hồ sơ: điểm từng tiêu chí, chứng cứ được tính, lý do, "
                + "các quy tắc đã chạy.",
                "Explains the evaluation of one dossier: the points of each criterion, the evidence that counted, "
                        + "the reasons, and the rules that fired, in order."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:đã giải thích / explained",
                "1:hồ sơ lỗi / the dossier could not be read or evaluated",
                "2:dùng lệnh sai / misuse: bad option or --limit, missing file, not exactly one dossier, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = "--id", paramLabel = "ID",
            description = "Chọn hồ sơ theo mã trong một tệp nhiều hồ sơ / pick the dossier with this id from a batch file.")
    String id;

    @Mixin
    InputOptions input;

    @Mixin
    LoggingOptions logging;

    @Parameters(paramLabel = "FILE", description = "Tệp hồ sơ / the dossier file ('-' = stdin).")
    String file;

    @Override
    public Integer call() {
        LocalDate day = input.day();
        List<Inputs.Input> inputs = Inputs.resolve(List.of(file), input.inputFormat);
        List<DossierRead> chosen = new ArrayList<>();
        long count = Inputs.read(inputs, input.readLimits(), root.in(), root.err(), (input, read) -> {
            if (id == null || id.equals(idOf(read))) {
                if (chosen.size() < 2) {
                    chosen.add(read);
                }
            }
        });
        if (id != null && chosen.isEmpty()) {
            throw new CliException(ThiDuaCli.USAGE, file + ": không có hồ sơ mã / holds no dossier with id " + id);
        }
        if (chosen.isEmpty()) {
            throw new CliException(ThiDuaCli.USAGE, file + ": không có hồ sơ nào / holds no dossier");
        }
        if (chosen.size() > 1) {
            throw new CliException(ThiDuaCli.USAGE, file + (id == null
                    ? " có " + count + " hồ sơ; chọn một bằng --id, hoặc dùng evaluate --explain / holds " + count
                    + " dossiers: pick one with --id, or use evaluate --explain"
                    : ": nhiều hồ sơ cùng mã / several dossiers have the id " + id));
        }
        DossierRead read = chosen.get(0);
        InspectableEvaluator evaluator = rules.load(root);
        Outcome outcome = new BatchEvaluation(evaluator, day, true).evaluate(read);
        try (Table table = new Table(root.out(), true, false)) {
            table.begin(evaluator.ruleSet(), day);
            table.outcome(read.index(), file, Inputs.dossier(read), outcome);
        }
        return outcome instanceof ErrorRecord ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }

    private static String idOf(DossierRead read) {
        return read instanceof DossierRead.Ok ok ? ok.dossier().id() : ((DossierRead.Failed) read).error().dossierId();
    }
}
