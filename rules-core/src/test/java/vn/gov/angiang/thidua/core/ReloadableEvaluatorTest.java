package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DAY;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DOSSIER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.mini;

/** What a host gets from RuleSets: interfaces, and a folder read again on reload. (The MDC: examples/spring-boot, whose logback keeps one.) */
class ReloadableEvaluatorTest {

    @TempDir
    Path tmp;

    private static Path folder(Path dir, String drl) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ruleset.properties"), "id=sua\nversion=1\nfiles=mini.drl\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mini.drl"), drl, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aFolderIsReadAgainOnReloadAndABrokenEditLeavesTheRulesInUse() throws IOException {
        Path dir = folder(tmp.resolve("rules"), mini("95"));
        try (ReloadableEvaluator rules = RuleSets.fromDirectory(dir)) {
            RuleSetInfo first = rules.ruleSet();
            assertSame(first, rules.reload(), "an unchanged folder is not compiled again");
            folder(dir, mini("92"));
            RuleSetInfo second = rules.reload();
            assertNotEquals(first.sha256(), second.sha256());
            assertEquals(0, new BigDecimal("92").compareTo(rules.evaluate(DOSSIER, DAY).score()));
            assertEquals(second, rules.evaluate(DOSSIER, DAY).ruleSet());

            folder(dir, mini("97").replace("then", "thenn"));
            RuleSetException e = assertThrows(RuleSetException.class, rules::reload);
            assertFalse(e.problems().isEmpty());
            assertEquals("mini.drl", e.problems().get(0).file());
            assertEquals(second, rules.ruleSet(), "the last good rules stay in use");
        }
    }

    @Test
    void aWatchedFolderThatFailsToReloadThrowsItsProblems() throws IOException {
        Path dir = folder(tmp.resolve("watched"), mini("95"));
        try (ReloadableEvaluator rules = RuleSets.watch(dir, null)) {
            RuleSetInfo first = rules.ruleSet();
            folder(dir, mini("97").replace("then", "thenn"));
            RuleSetException e = assertThrows(RuleSetException.class, rules::reload);
            assertEquals("mini.drl", e.problems().get(0).file());
            assertEquals(first, rules.ruleSet());
        }
    }

    @Test
    void onlyEvaluatorsOfThisLibraryCanBeInspected() {
        assertThrows(IllegalArgumentException.class, () -> RuleSets.inspect(new vn.gov.angiang.thidua.api.Evaluator() {
            @Override
            public vn.gov.angiang.thidua.api.Evaluation evaluate(vn.gov.angiang.thidua.api.Dossier d, java.time.LocalDate day) {
                return null;
            }

            @Override
            public vn.gov.angiang.thidua.api.Evaluation explain(vn.gov.angiang.thidua.api.Dossier d, java.time.LocalDate day) {
                return null;
            }

            @Override
            public RuleSetInfo ruleSet() {
                return null;
            }
        }));
    }
}
