package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code thidua report}: the Office's summary of a batch (plan, section IV.1) as one HTML page, CSV or JSON —
 * one row per dossier, those that could not be read included, sorted by award, score and Vietnamese name, with
 * totals per award and per unit and the histogram of the scores.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Bảng tổng hợp của Văn phòng (Kế hoạch, mục IV.1): mỗi hồ sơ một dòng (kể cả hồ sơ lỗi), "
                + "xếp theo mức khen, điểm, tên (thứ tự tiếng Việt); tổng theo mức khen và theo đơn vị; biểu đồ điểm.",
                "The Office's summary of a batch: one row per dossier (unreadable ones too), sorted by award, score "
                        + "and name in Vietnamese order; totals per award and per unit; a histogram of the scores.",
                "html: một trang tự chứa, in khổ A4, mỗi dòng dẫn tới phần giải thích / one self-contained page that "
                        + "prints on A4, each row linked to its explanation. csv: UTF-8 có BOM / UTF-8 with a BOM. "
                        + "json: cho hệ thống khác / for other systems."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:đã ghi báo cáo, mọi hồ sơ đã xét / written, every dossier evaluated",
                "1:đã ghi báo cáo, có hồ sơ lỗi / written, some dossiers could not be evaluated (they are rows too)",
                "2:dùng lệnh sai / misuse: bad option, missing file, cannot write --out, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { html, csv, json }

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "html, csv hoặc / or json.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true,
            description = "Tệp báo cáo ghi ra / the report file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
            description = "Ngôn ngữ của trang HTML / language of the HTML page: vi, en. Mặc định / default: "
                    + "${DEFAULT-VALUE}.")
    Lang lang;

    @Mixin
    InputOptions input;

    @Mixin
    LoggingOptions logging;

    @Mixin
    Letterhead letterhead;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp hồ sơ / dossier files ('-' = stdin).")
    List<String> files;

    @Override
    public Integer call() {
        LocalDate day = input.day();
        List<Inputs.Input> inputs = Inputs.resolve(files, input.inputFormat);
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write --out " + out
                    + ": không phải tệp trong một thư mục có sẵn / not a file in an existing folder");
        }
        InspectableEvaluator evaluator = rules.load(root);
        PlanClauses clauses = PlanClauses.of(ThiDuaCli.rulesFolder(rules.folder));
        BatchEvaluation batch = new BatchEvaluation(evaluator, day, false);
        List<OfficeSummary.Row> rows = new ArrayList<>();
        List<AwardThreshold> thresholds = new ArrayList<>();
        long[] errors = {0};
        Inputs.read(inputs, input.readLimits(), root.in(), root.err(), (in, read) -> {
            Outcome outcome = batch.evaluate(read);
            if (outcome instanceof Evaluation e) {
                if (thresholds.isEmpty()) {
                    thresholds.addAll(e.thresholds());
                }
            } else {
                errors[0]++;
            }
            rows.add(OfficeSummary.row(read.index(), in.name(), Inputs.dossier(read), outcome, clauses));
        });
        OfficeSummary summary = OfficeSummary.of(evaluator.ruleSet(), day, rows, thresholds);
        write(summary, target);
        root.err().println("thidua: " + rows.size() + " hồ sơ → " + out + (errors[0] == 0 ? ""
                : " (" + errors[0] + " hồ sơ lỗi, có trong báo cáo)") + " / " + rows.size() + " dossiers → " + out
                + (errors[0] == 0 ? "" : " (" + errors[0] + " could not be evaluated; they are rows of the report)"));
        return errors[0] > 0 ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }

    /** Written beside the target, then moved over it: a reader never sees half a report. */
    private void write(OfficeSummary summary, Path target) {
        Path tmp = null;
        try {
            // Not createTempFile, whose file only its owner may read: the report is for the Office to share.
            tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                switch (format) {
                    case html -> HtmlSummary.write(summary, lang, letterhead, w);
                    case csv -> CsvSummary.write(summary, w);
                    case json -> w.write(DossierJson.write(summary) + "\n");
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write " + out + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the report itself was written or its error reported; a stray temporary file is all that is left
                }
            }
        }
    }
}
