package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code thidua test --mutations} on a small rule folder of its own (a few mutants, so that the test stays
 * quick): the score, the survivors in words, the gate, the equivalents file; and the default folder's
 * equivalents file exported and accepted.
 */
class MutationsCliTest {

    private static final String RULES = """
            package thidua;

            import vn.gov.angiang.thidua.api.*;
            import vn.gov.angiang.thidua.vocabulary.*;
            import function vn.gov.angiang.thidua.vocabulary.Functions.*;

            rule "THAM_SO.NGUONG_KHEN Ngưỡng điểm khen thưởng"
                ruleflow-group "bang-tieu-chi"
            when
            then
                insert(Threshold.of(Award.GIAY_KHEN, "80"));
                insert(Threshold.of(Award.BANG_KHEN, "90"));
            end

            rule "DOSSIER_COPIES Hồ sơ không đủ số bộ"
                ruleflow-group "dieu-kien"
            when
                Submission(copies < 2)
            then
                insert(reason(Category.DOSSIER, "DOSSIER_COPIES", null, "Không đủ số bộ.", "Too few copies."));
            end

            rule "DIEM.TONG Tổng điểm"
                ruleflow-group "tong-diem"
            when
            then
                java.math.BigDecimal zero = points("0");
                insert(new Score(zero, zero, zero, zero));
            end

            rule "XEP_LOAI.KHONG_XET Không xét khen thưởng"
                ruleflow-group "xep-loai"
            when
            then
                insert(new AwardByScore(Award.NONE));
                insert(new FinalAward(Award.NONE));
            end
            """;

    /** Thresholds that no rule of this small folder reads: their ±1 is equivalent here. */
    private static final String EQUIVALENTS = """
            # the award of this folder does not read the thresholds
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.GIAY_KHEN, "⟦80 → 79⟧")); | không quy tắc nào đọc / unread
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.GIAY_KHEN, "⟦80 → 81⟧")); | không quy tắc nào đọc / unread
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.BANG_KHEN, "⟦90 → 89⟧")); | không quy tắc nào đọc / unread
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.BANG_KHEN, "⟦90 → 91⟧")); | không quy tắc nào đọc / unread
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.⟦GIAY_KHEN → NONE⟧, "80")); | không quy tắc nào đọc / unread
            rules.drl | THAM_SO.NGUONG_KHEN | insert(Threshold.of(Award.⟦BANG_KHEN → NONE⟧, "90")); | không quy tắc nào đọc / unread
            """;

    private static final String ONE_COPY = """
            { "name": "một bộ: không đủ", "dossier": { "submission": { "copies": 1, "received": "2026-11-18" } },
              "expect": { "reasons": [ { "code": "DOSSIER_COPIES", "category": "DOSSIER" } ], "award": "NONE",
                          "awardByScore": "NONE", "score": 0, "bonus": 0, "deductions": 0 } }""";
    private static final String TWO_COPIES = """
            { "name": "hai bộ: đủ", "dossier": { "submission": { "copies": 2, "received": "2026-11-18" } },
              "expect": { "reasons": [] } }""";

    @TempDir
    Path dir;

    private Path folder(String... cases) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("ruleset.properties"), "id=nho\nversion=1\nfiles=rules.drl\n");
        Files.writeString(rules.resolve("rules.drl"), RULES, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("mutants-equivalent.txt"), EQUIVALENTS, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("rules.scenario.json"), """
                { "description": "số bộ", "consideredOn": "2026-11-25",
                  "base": "base.json", "cases": [ %s ] }""".formatted(String.join(",\n", cases)), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("base.json"), Cli.dossier("B-1"), StandardCharsets.UTF_8);
        return rules;
    }

    private static int lineOf(String text, String what) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(what)) {
                return i + 1;
            }
        }
        throw new AssertionError(what + " not in the rules");
    }

    @Test
    void scenariosThatPinEveryTokenReachTheGateAndDroppingACaseNamesTheLineItPinned() throws IOException {
        Path rules = folder(ONE_COPY, TWO_COPIES);

        Cli.Result pinned = Cli.run("test", "--mutations", "--min-mutation-score", "100", rules.toString());

        assertEquals(0, pinned.status(), pinned::toString);
        assertTrue(pinned.out().contains("mutation score: 100% (killed "), pinned::toString);
        assertTrue(pinned.out().contains("equivalent 6,"), pinned::toString);
        assertFalse(pinned.out().contains("không làm kịch bản nào sai"), pinned::toString);
        assertTrue(pinned.out().lines().anyMatch(l -> l.startsWith("phép so sánh / comparison")), pinned::toString);

        Files.writeString(rules.resolve("rules.scenario.json"), Files.readString(rules.resolve("rules.scenario.json"))
                .replace(",\n" + TWO_COPIES, ""));
        Cli.Result loose = Cli.run("test", "--mutations", "--min-mutation-score", "100", rules.toString());

        int line = lineOf(RULES, "Submission(copies < 2)");
        assertEquals(1, loose.status(), loose::toString);
        assertTrue(loose.out().contains("✗ rules.drl:" + line + ": đổi 2 thành 3 không làm kịch bản nào sai / changing 2 to"
                + " 3 changes no scenario's outcome"), loose::toString);
        assertTrue(loose.out().contains("✗ rules.drl:" + line + ": đổi < thành <= không làm kịch bản nào sai"), loose::toString);
        assertTrue(loose.out().contains("rules.drl | DOSSIER_COPIES | Submission(copies ⟦"), loose::toString);
        assertTrue(loose.out().contains("mutation score below the gate"), loose::toString);
        assertEquals("1 passed, 0 failed", loose.out().lines().filter(l -> l.endsWith(" failed")).findFirst().orElse(""),
                "the scenarios themselves pass: " + loose);
    }

    @Test
    void aStaleEquivalentEntryFailsTheGate() throws IOException {
        Path rules = folder(ONE_COPY, TWO_COPIES);
        Files.writeString(rules.resolve("mutants-equivalent.txt"), EQUIVALENTS
                + "rules.drl | DOSSIER_COPIES | Submission(copies ⟦< → >⟧ 2) | no such mutant\n", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("test", "--mutations", "--min-mutation-score", "100", "--mutation-time", "10m",
                rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("mutants-equivalent.txt:8: không ứng với đột biến nào"), r::toString);
    }

    @Test
    void badMutationOptionsAreMisuse() throws IOException {
        Path rules = folder(ONE_COPY);
        assertEquals(2, Cli.run("test", "--min-mutation-score", "101", rules.toString()).status());
        assertEquals(2, Cli.run("test", "--max-mutants", "0", rules.toString()).status());
        assertEquals(2, Cli.run("test", "--mutation-time", "soon", rules.toString()).status());
    }

    @Test
    void theDefaultFolderExportsItsEquivalentsFileAndValidateAcceptsIt() {
        Path out = dir.resolve("rules-a");
        assertEquals(0, Cli.run("export-rules", out.toString()).status());
        assertTrue(Files.isRegularFile(out.resolve("mutants-equivalent.txt")));
        Cli.Result v = Cli.run("validate", out.toString());
        assertEquals(0, v.status(), v::toString);
    }
}
