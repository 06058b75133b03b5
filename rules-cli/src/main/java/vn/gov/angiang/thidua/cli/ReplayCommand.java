package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code thidua replay}: evaluates again the dossier of each decision record, on its day, with the rule set given,
 * and says whether the result is the one recorded. A record made by another rule set (another sha256) is named,
 * not compared.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Xét lại hồ sơ của từng bản ghi quyết định (evaluate --record) và so với kết quả đã ghi.",
                "Evaluates again the dossier of each decision record (evaluate --record), on the day recorded, and "
                        + "compares the result with the one recorded."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:mọi kết quả trùng khớp / every result is the one recorded",
                "1:có kết quả khác, bản ghi của bộ quy tắc khác hoặc không xét lại được / some result differs, was "
                        + "made by another rule set, or cannot be replayed",
                "2:dùng lệnh sai / misuse: missing file, unusable rule folder",
                "3:lỗi nội bộ / internal error"})
final class ReplayCommand implements Callable<Integer> {

    /** The verdict on the record of a dossier that could not be read: there is nothing to evaluate again. */
    private static final String NOTHING_TO_REPLAY = "";

    @ParentCommand
    ThiDuaCli root;

    @Mixin
    RulesOption rules;

    @Mixin
    LoggingOptions logging;

    @Parameters(paramLabel = "RECORDS", description = "Tệp bản ghi quyết định / the decision records (JSON Lines).")
    Path records;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(records)) {
            throw new CliException(ThiDuaCli.USAGE, "không tìm thấy tệp / no such file: " + records);
        }
        InspectableEvaluator evaluator = rules.load(root);
        String sha = evaluator.ruleSet().sha256();
        long same = 0;
        long other = 0;
        long unread = 0;
        long line = 0;
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String verdict = replay(evaluator, sha, text);
                if (NOTHING_TO_REPLAY.equals(verdict)) {
                    unread++;
                } else if (verdict == null) {
                    same++;
                } else {
                    other++;
                    root.out().println(records + ":" + line + ": " + verdict);
                }
            }
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không đọc được / cannot read " + records + ": " + e.getMessage());
        }
        root.out().println(same + " bản ghi trùng khớp, " + other + " không, " + unread
                + " hồ sơ lỗi khi nhận (không có gì để xét lại) / " + same + " records reproduced, " + other + " not, "
                + unread + " of dossiers that could not be read (nothing to replay)");
        return other > 0 ? ThiDuaCli.FAILED : ThiDuaCli.OK;
    }

    /** Null when the record is reproduced; otherwise why not, in words. */
    private static String replay(InspectableEvaluator evaluator, String sha, String text) {
        JsonNode record;
        try {
            record = DossierJson.tree(text);
        } catch (ThiDuaException e) {
            return "không phải JSON / not JSON: " + e.getMessage();
        }
        String id = record.path("dossierId").asText("?");
        String recordedSha = record.at("/ruleSet/sha256").asText("");
        if (!recordedSha.equals(sha)) {
            return id + ": ghi bởi bộ quy tắc khác / made by another rule set (sha256 " + recordedSha + ", not " + sha + ")";
        }
        if (!record.hasNonNull("dossier")) {
            return NOTHING_TO_REPLAY;
        }
        try {
            Evaluation again = evaluator.evaluate(DossierJson.readDossier(record.get("dossier").toString()),
                    LocalDate.parse(record.path("consideredOn").asText()));
            JsonNode expected = comparable(record.get("result"));
            JsonNode actual = comparable(DossierJson.tree(DossierJson.writeLine(again)));
            return expected.equals(actual) ? null
                    : id + ": kết quả khác / a different result: recorded " + summary(expected) + ", now " + summary(actual);
        } catch (RuntimeException e) {
            return id + ": không xét lại được / cannot be replayed: " + e.getMessage();
        }
    }

    /** The result without what the rules do not decide: the trace, and the batch's warning of a repeated id. */
    private static JsonNode comparable(JsonNode result) {
        JsonNode copy = result.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("trace");
            if (o.get("warnings") instanceof ArrayNode warnings) {
                for (int i = warnings.size() - 1; i >= 0; i--) {
                    if (BatchEvaluation.DUPLICATE_DOSSIER_ID.equals(warnings.get(i).path("code").asText())) {
                        warnings.remove(i);
                    }
                }
            }
        }
        return copy;
    }

    private static String summary(JsonNode r) {
        return r.path("award").asText() + " " + r.path("score").asText();
    }
}
