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

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code thidua replay}: evaluates again the dossier of each decision record, on its day, with the rule set given,
 * and says whether the result is the one recorded. A record made by another rule set (another sha256) is named,
 * not compared. A last line without its newline that is not a whole record — what a crash in mid-write
 * leaves, cut inside the JSON or inside a multi-byte character — is named as truncated, not counted, and
 * gives its own exit status when nothing else differs.
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
                "3:lỗi nội bộ / internal error",
                "4:mọi bản ghi đầy đủ trùng khớp nhưng dòng cuối bị cắt dở (ghi chưa xong) / every complete record is "
                        + "the one recorded, but the last line is truncated (a write cut short by a crash)"})
final class ReplayCommand implements Callable<Integer> {

    /** The verdict on the record of a dossier that could not be read: there is nothing to evaluate again. */
    private static final String NOTHING_TO_REPLAY = "";
    private static final String NOT_JSON = "không phải JSON / not JSON: ";
    private static final String NOT_UTF8 = "không phải UTF-8 / not UTF-8";
    /** Every complete record reproduced, but the last line was cut (a crash while it was written). */
    static final int TRUNCATED = 4;

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
        long cutLine = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(records), 1 << 16)) {
            for (RecordLine next = RecordLine.read(in); next != null; next = RecordLine.read(in)) {
                line++;
                String text = next.text();
                if (text != null && text.isBlank()) {
                    continue;
                }
                String verdict = text == null ? null : replay(evaluator, sha, text);
                if (!next.complete() && (text == null || verdict != null && verdict.startsWith(NOT_JSON))) {
                    cutLine = line; // what a crash in mid-write leaves: not a record, and not a difference
                } else if (text == null) {
                    other++;
                    root.out().println(records + ":" + line + ": " + NOT_UTF8);
                } else if (NOTHING_TO_REPLAY.equals(verdict)) {
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
        if (cutLine > 0) {
            root.out().println(records + ":" + cutLine + ": dòng cuối bị cắt dở (ghi chưa xong), không tính / the last "
                    + "line is truncated (an unfinished write), not counted");
        }
        root.out().println(same + " bản ghi trùng khớp, " + other + " không, " + unread
                + " hồ sơ lỗi khi nhận (không có gì để xét lại) / " + same + " records reproduced, " + other + " not, "
                + unread + " of dossiers that could not be read (nothing to replay)"
                + (cutLine > 0 ? "; dòng " + cutLine + " bị cắt / line " + cutLine + " truncated" : ""));
        return other > 0 ? ThiDuaCli.FAILED : cutLine > 0 ? TRUNCATED : ThiDuaCli.OK;
    }

    /**
     * One line of the file, as bytes up to a newline; {@code text} is null when they are not UTF-8, and
     * {@code complete} is false for a last line without its newline (where a cut is expected).
     */
    private record RecordLine(String text, boolean complete) {

        static RecordLine read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                bytes.write(b);
            }
            if (b == -1 && bytes.size() == 0) {
                return null;
            }
            try {
                return new RecordLine(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString(), b != -1);
            } catch (CharacterCodingException e) {
                return new RecordLine(null, b != -1);
            }
        }
    }

    /** Null when the record is reproduced; otherwise why not, in words. */
    private static String replay(InspectableEvaluator evaluator, String sha, String text) {
        JsonNode record;
        try {
            record = DossierJson.tree(text);
        } catch (ThiDuaException e) {
            return NOT_JSON + e.getMessage();
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
