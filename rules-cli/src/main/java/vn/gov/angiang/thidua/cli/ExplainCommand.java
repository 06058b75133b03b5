package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code thidua explain}: each dossier told for people — award, score and band, every group and criterion with
 * what counted and what did not, the reasons with the plan's clauses, why the score is not higher, the gap to the
 * self-score; the rules that fired only with {@code --trace}. Everything comes from the evaluation ({@link Explainer}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Giải thích kết quả xét hồ sơ bằng lời: mức khen, điểm, điểm từng tiêu chí với chứng cứ được "
                + "và không được tính, lý do (theo mục của Kế hoạch), vì sao chưa cao hơn, chênh lệch với điểm tự chấm.",
                "Explains evaluations in plain words: the award, the score and its band, each criterion with the "
                        + "evidence that counted and what did not, the blocking reasons with the plan's clause, why "
                        + "the score is not higher, and the gap to the self-score."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:đã giải thích / explained",
                "1:có hồ sơ lỗi / some dossier could not be read or evaluated",
                "2:dùng lệnh sai / misuse: bad option or --limit, missing file, no dossier with --id, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class ExplainCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = "--id", paramLabel = "ID",
            description = "Chỉ giải thích hồ sơ có mã này / explain only the dossier with this id.")
    String id;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
            description = "vi (tiếng Việt) hoặc / or en. Mặc định / default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (cho người đọc / for people) hoặc / or json (một mảng / one array). "
                    + "Mặc định / default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--trace", description = "Kèm các quy tắc đã chạy / include the rules that fired, in order.")
    boolean trace;

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
        InspectableEvaluator evaluator = rules.load(root);
        PlanClauses clauses = PlanClauses.of(ThiDuaCli.rulesFolder(rules.folder));
        BatchEvaluation batch = new BatchEvaluation(evaluator, day, trace);
        long[] errors = {0};
        DossierJson.ArrayWriter array = format == Format.json ? DossierJson.arrayWriter(root.out()) : null;
        long[] shown = {0};
        try {
            Inputs.read(inputs, input.readLimits(), root.in(), root.err(), (in, read) -> {
                if (id != null && !id.equals(idOf(read))) {
                    return;
                }
                shown[0]++;
                Outcome outcome = batch.evaluate(read);
                if (outcome instanceof ErrorRecord) {
                    errors[0]++;
                }
                if (array != null) {
                    array.write(outcome instanceof Evaluation e ? Explainer.explain(e, Inputs.dossier(read), clauses) : outcome);
                } else {
                    String text = outcome instanceof Evaluation e
                            ? ExplanationText.of(Explainer.explain(e, Inputs.dossier(read), clauses), lang)
                            : ExplanationText.ofError((ErrorRecord) outcome, in.name(), lang);
                    root.out().print((shown[0] > 1 ? "\n" : "") + text);
                }
            });
        } finally {
            if (array != null) {
                array.close();
            }
            root.out().flush();
        }
        if (id != null && shown[0] == 0) {
            throw new CliException(ThiDuaCli.USAGE, String.join(", ", files)
                    + ": không có hồ sơ mã / holds no dossier with id " + id);
        }
        return errors[0] > 0 ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }

    private static String idOf(DossierRead read) {
        return read instanceof DossierRead.Ok ok ? ok.dossier().id() : ((DossierRead.Failed) read).error().dossierId();
    }
}
