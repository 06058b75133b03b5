package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetException.Problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DAY;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DOSSIER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.mini;

/**
 * The hostile corpus against the sandbox: each file is refused at its line, by the check of the
 * compiled code alone (the friendly word scan turned off) as well as with it, or it is contained:
 * the dossier fails with an error naming the rule, and the next evaluation is untouched.
 */
class SandboxTest {

    /** A guard against a hang, not a measure of speed: a contained rule stops within its 5 s budget. */
    private static final Duration HANG = Duration.ofSeconds(60);

    static List<HostileCorpus> corpus() {
        return HostileCorpus.all();
    }

    private static RuleSource withMini(HostileCorpus h) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mini.drl", mini("95"));
        files.put(h.file(), h.text());
        return RuleSource.of("hostile", "1", files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCompiledCodeCheckAloneRefusesOrTheEvaluationContainsIt(HostileCorpus h) {
        if (h.refused()) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> RuleSetCompiler.compile(withMini(h), false), h.file() + " was not refused");
            assertRefusedAt(h, e.problems());
        } else if (h.isolated()) {
            assertIsolated(() -> new DroolsEvaluator(RuleSetCompiler.compile(withMini(h), false)));
        } else {
            assertContained(h, new DroolsEvaluator(RuleSetCompiler.compile(withMini(h), false)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validationRefusesOrTheEvaluationContainsIt(HostileCorpus h) {
        List<Problem> problems = RuleSets.validate(withMini(h));
        if (h.refused()) {
            assertRefusedAt(h, problems);
            for (Problem p : problems) {
                assertFalse(p.message().isBlank());
            }
        } else if (h.isolated()) {
            assertEquals(List.of(), problems);
            assertIsolated(() -> (DroolsEvaluator) RuleSets.load(withMini(h)));
        } else {
            assertEquals(List.of(), problems);
            assertContained(h, (DroolsEvaluator) RuleSets.load(withMini(h)));
        }
    }

    /** Nominees that differ in each property a rule may read. */
    private static final List<vn.gov.angiang.thidua.api.Dossier> VARIED = List.of(DOSSIER,
            dossier("HS-2", vn.gov.angiang.thidua.api.NomineeKind.COLLECTIVE, "Phòng Kế hoạch – Tổng hợp"),
            dossier("HS-3", vn.gov.angiang.thidua.api.NomineeKind.INDIVIDUAL, "Lê Văn A"),
            dossier("HS-4", vn.gov.angiang.thidua.api.NomineeKind.INDIVIDUAL, "Nguyễn Thị Bích Ngọc"),
            DOSSIER, dossier("HS-5", vn.gov.angiang.thidua.api.NomineeKind.COLLECTIVE, "Kho"));

    private static vn.gov.angiang.thidua.api.Dossier dossier(String id, vn.gov.angiang.thidua.api.NomineeKind kind,
                                                             String name) {
        return new vn.gov.angiang.thidua.api.Dossier(id, new vn.gov.angiang.thidua.api.Nominee(kind, name,
                "BQLKKT-AG", "P", null, null), null, null, null, null, null, null);
    }

    /**
     * Each dossier's evaluation, after the others in one evaluator and beside them on two threads, is its
     * evaluation alone in a fresh one: failures included, by their message.
     */
    static void assertIsolated(java.util.function.Supplier<DroolsEvaluator> fresh) {
        DroolsEvaluator shared = fresh.get();
        List<String> alone = VARIED.stream().map(d -> outcome(fresh.get(), d)).toList();
        assertEquals(alone, VARIED.stream().map(d -> outcome(shared, d)).toList(), "one after the other");
        List<String> parallel = assertTimeoutPreemptively(HANG, () -> VARIED.parallelStream()
                .map(d -> outcome(shared, d)).toList());
        assertEquals(alone, parallel, "side by side");
    }

    private static String outcome(DroolsEvaluator e, vn.gov.angiang.thidua.api.Dossier d) {
        try {
            return e.explain(d, DAY).toString();
        } catch (RuleSetException x) {
            return "failed: " + x.getMessage();
        }
    }

    private static void assertRefusedAt(HostileCorpus h, List<Problem> problems) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(h.file()) && p.line() == h.line()),
                h.file() + " should be refused at line " + h.line() + ", got " + problems);
    }

    private static void assertContained(HostileCorpus h, DroolsEvaluator evaluator) {
        Evaluation before = RuleSets.load(RuleSource.of("mini", "1", Map.of("mini.drl", mini("95")))).evaluate(DOSSIER, DAY);
        for (int i = 0; i < 2; i++) { // twice: the first failure leaves nothing behind for the second
            RuleSetException e = assertTimeoutPreemptively(HANG,
                    () -> assertThrows(RuleSetException.class, () -> evaluator.evaluate(DOSSIER, DAY)));
            assertTrue(e.getMessage().lines().findFirst().orElse("").contains(h.rule()),
                    "the error should name the rule \"" + h.rule() + "\" on its first line: " + e.getMessage());
            assertTrue(e.getMessage().contains(DOSSIER.id()), e::getMessage);
        }
        Evaluation after = RuleSets.load(RuleSource.of("mini", "1", Map.of("mini.drl", mini("95")))).evaluate(DOSSIER, DAY);
        assertEquals(before, after);
    }

    @Test
    void theIndexListsEveryHostileFile() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(SandboxTest.class.getResource("/hostile").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList(),
                    HostileCorpus.names().stream().sorted().toList());
        }
    }

    @Test
    void aTimeLimitStopsARuleThatRunsLongBetweenItsSteps() {
        HostileCorpus h = corpus().stream().filter(c -> c.file().equals("cartesian-from-function.drl")).findFirst().orElseThrow();
        // 1 ms: reached long before the steps run out (each step of this rule makes 60 matches).
        DroolsEvaluator evaluator = ((DroolsEvaluator) RuleSets.load(withMini(h))).withTimeLimit(Duration.ofMillis(1));
        RuleSetException e = assertThrows(RuleSetException.class, () -> evaluator.evaluate(DOSSIER, DAY));
        assertTrue(e.getMessage().contains("time limit of 1 ms"), e::getMessage);
        assertTrue(e.getMessage().contains(DOSSIER.id()) && e.getMessage().contains(" in rule \""), e::getMessage);
    }

    @Test
    void anErrorThrownInsideARuleFailsThatDossierAloneAndTheBatchGoesOn() {
        // Built past the sandbox, as only a test can: no checked rule can recurse, yet the evaluator must
        // still contain a StackOverflowError however one arises.
        String drl = mini("95") + """
                function int deeper(int n) { return deeper(n + 1) + 1; }
                rule "S.1 Đệ quy vô tận"
                    ruleflow-group "tong-diem"
                when
                then
                    insert(warning("DEEP", "" + deeper(0), null, "x", "x"));
                end
                """;
        org.kie.api.KieBase kieBase = new org.kie.internal.utils.KieHelper()
                .addContent(drl, org.kie.api.io.ResourceType.DRL)
                .build(org.drools.model.codegen.ExecutableModelProject.class);
        DroolsEvaluator evaluator = new DroolsEvaluator(new CompiledRuleSet(
                new vn.gov.angiang.thidua.api.RuleSetInfo("unchecked", "1", "-"), kieBase, List.of(), Map.of()));
        for (int i = 0; i < 2; i++) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> evaluator.evaluate(DOSSIER, DAY));
            assertTrue(e.getMessage().contains("StackOverflowError"), e::getMessage);
            assertTrue(e.getMessage().contains("Đệ quy vô tận"), e::getMessage);
        }
        vn.gov.angiang.thidua.api.Outcome o = new vn.gov.angiang.thidua.api.BatchEvaluation(evaluator, DAY, false)
                .evaluate(new vn.gov.angiang.thidua.api.json.DossierRead.Ok(0, DOSSIER));
        assertTrue(o instanceof vn.gov.angiang.thidua.api.ErrorRecord, o::toString);
    }

    @Test
    void aJoinThatBuildsMillionsOfCombinationsInsideTheEngineIsStoppedByTheMemoryBudget() {
        // Each pattern joined to the first (so validation admits it), but 300 items of one criterion make
        // 27 million combinations, built by the engine between two steps of rule code.
        String drl = RuleSetCompilerTest.HEADER + """
                rule "S.JOIN Ghép ba" ruleflow-group "tong-diem"
                when
                    $a : EvidenceItem($c : criterion)
                    $b : EvidenceItem(criterion == $c)
                    $d : EvidenceItem(criterion == $c)
                    not Nominee()
                then
                end
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mini.drl", mini("95"));
        files.put("join.drl", drl);
        DroolsEvaluator evaluator = (DroolsEvaluator) RuleSets.load(RuleSource.of("join", "1", files));
        List<vn.gov.angiang.thidua.api.Evidence> items = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(new vn.gov.angiang.thidua.api.Evidence("TT1.2", "VV " + i, DAY.minusMonths(3), "vụ việc", "kết quả",
                    null, null));
        }
        vn.gov.angiang.thidua.api.Dossier many = new vn.gov.angiang.thidua.api.Dossier("HS-NHIEU", DOSSIER.nominee(),
                items, null, null, null, null, null);
        RuleSetException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(RuleSetException.class, () -> evaluator.evaluate(many, DAY)));
        assertTrue(e.getMessage().contains("S.JOIN Ghép ba"), e::getMessage);
        assertTrue(e.getMessage().contains("HS-NHIEU"), e::getMessage);
    }

    @Test
    void aHarmlessRuleWithTextAndDecimalHelpersStillValidatesAndRuns() {
        String drl = """
                package thidua;
                import vn.gov.angiang.thidua.api.*;
                import vn.gov.angiang.thidua.vocabulary.*;
                import function vn.gov.angiang.thidua.vocabulary.Functions.*;

                rule "S.2 Cảnh báo tên đơn vị viết thường"
                    ruleflow-group "tong-diem"
                when
                    $n : Nominee(name != null, name.strip().length() > 3)
                    Score($s : score, score >= 80B)
                then
                    String name = $n.name().strip().toUpperCase();
                    insert(warning("TEN_DON_VI", name.substring(0, 3), null,
                        "Điểm " + $s.add(points("0.5")).stripTrailingZeros().toPlainString() + " của " + name,
                        "Score " + atMost($s, points("100")).toPlainString() + " of " + name));
                end
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mini.drl", mini("95"));
        files.put("canh-bao.drl", drl);
        RuleSource source = RuleSource.of("harmless", "1", files);
        assertEquals(List.of(), RuleSets.validate(source));
        Evaluation e = RuleSets.load(source).evaluate(DOSSIER, DAY);
        assertTrue(e.warnings().stream().anyMatch(w -> w.code().equals("TEN_DON_VI")
                && w.message().vi().equals("Điểm 95.5 của PHÒNG")), () -> e.warnings().toString());
    }

    /**
     * collectSet keeps the order its elements came in (the engine hands them over last inserted first): Drools'
     * own HashSet orders enums by identity hash, a new order in every run of the JVM (so a rule reading its first
     * element answered differently each run).
     */
    @Test
    void collectSetIsInTheOrderItsElementsCame() {
        HostileCorpus h = corpus().stream().filter(c -> c.file().equals("collect-set-order.drl")).findFirst().orElseThrow();
        Evaluation e = RuleSets.load(withMini(h)).evaluate(DOSSIER, DAY);
        assertEquals(List.of("ORDER_EXCLUSION"), e.warnings().stream().map(w -> w.code()).filter(c -> c.startsWith("ORDER_"))
                .toList());
    }
}
