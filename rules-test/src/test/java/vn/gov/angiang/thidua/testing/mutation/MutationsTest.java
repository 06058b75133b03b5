package vn.gov.angiang.thidua.testing.mutation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.testing.TestedRules;
import vn.gov.angiang.thidua.testing.mutation.MutantResult.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run itself on a folder with one reason rule: statuses, the time limit, and scenarios that must pass first. */
class MutationsTest {

    @TempDir
    static Path dir;
    private static TestedRules tested;

    @BeforeAll
    static void folder() throws IOException {
        Files.writeString(dir.resolve("ruleset.properties"), "id=mot\nversion=1\nfiles=a.drl\n");
        Files.writeString(dir.resolve("a.drl"), """
                package thidua;
                import vn.gov.angiang.thidua.api.*;
                import vn.gov.angiang.thidua.vocabulary.*;
                import function vn.gov.angiang.thidua.vocabulary.Functions.*;

                rule "THAM_SO.NGUONG_KHEN Ngưỡng" ruleflow-group "bang-tieu-chi"
                when then insert(Threshold.of(Award.GIAY_KHEN, "80")); insert(Threshold.of(Award.BANG_KHEN, "90")); end

                rule "SCOPE_AGENCY Cơ quan khác" ruleflow-group "dieu-kien"
                when Nominee(agency != "BQLKKT-AG")
                then insert(reason(Category.SCOPE, "SCOPE_AGENCY", null, "Cơ quan khác.", "Another agency.")); end

                rule "DIEM.TONG Tổng điểm" ruleflow-group "tong-diem"
                when then java.math.BigDecimal zero = points("0"); insert(new Score(zero, zero, zero, zero)); end

                rule "XEP_LOAI.KHONG_XET Không xét" ruleflow-group "xep-loai"
                when then insert(new AwardByScore(Award.NONE)); insert(new FinalAward(Award.NONE)); end
                """, StandardCharsets.UTF_8);
        scenarios("{\"reasons\": [{\"code\": \"SCOPE_AGENCY\", \"category\": \"SCOPE\"}]}");
        tested = TestedRules.folder(dir);
    }

    private static void scenarios(String expect) throws IOException {
        Files.writeString(dir.resolve("a.scenario.json"), """
                { "consideredOn": "2026-11-25", "cases": [ { "name": "cơ quan khác",
                  "dossier": { "id": "X", "nominee": { "kind": "COLLECTIVE", "name": "P", "agency": "SO-TC" } },
                  "expect": %s } ] }""".formatted(expect), StandardCharsets.UTF_8);
    }

    @Test
    void aRunOutOfTimeStartsNoMutantAndSaysSo() {
        MutationReport r = Mutations.of(tested, List.of(dir), Equivalents.none()).timeLimit(Duration.ofNanos(1)).run();
        assertEquals(r.results().size(), r.count(Status.NOT_RUN), r::describe);
        assertTrue(r.results().size() > 10);
        assertTrue(r.summary().endsWith("not run " + r.results().size() + ")"), r.summary());
        assertEquals(0, r.scored());
    }

    @Test
    void theReasonsCategoryIsKilledAndTheUnreadThresholdsSurvive() {
        MutationReport r = Mutations.of(tested, List.of(dir), Equivalents.none()).threads(2).run();
        List<String> survivors = r.survivors().stream().map(m -> m.mutant().original() + "→" + m.mutant().replacement())
                .toList();
        assertTrue(survivors.containsAll(List.of("80→79", "80→81", "90→89", "90→91")), r::describe);
        assertTrue(r.results().stream().filter(m -> m.mutant().operator() == MutationOperator.REASON_CATEGORY)
                .allMatch(m -> m.status() == Status.KILLED), r::describe);
        assertTrue(r.results().stream().filter(m -> m.status() == Status.KILLED)
                .allMatch(m -> m.detail().equals("a.scenario.json › cơ quan khác")), r::describe);
        assertTrue(r.perMutant().compareTo(Duration.ZERO) > 0);
        assertTrue(r.score().signum() > 0 && !r.meets(java.math.BigDecimal.valueOf(100)), r::describe);
    }

    @Test
    void scenariosThatFailOnTheRulesAsWrittenStopTheRun() throws IOException {
        scenarios("{\"reasons\": []}");
        try {
            ThiDuaException x = assertThrows(ThiDuaException.class,
                    () -> Mutations.of(tested, List.of(dir), Equivalents.none()).run());
            assertTrue(x.getMessage().contains("cơ quan khác"), x.getMessage());
        } finally {
            scenarios("{\"reasons\": [{\"code\": \"SCOPE_AGENCY\", \"category\": \"SCOPE\"}]}");
        }
    }
}
