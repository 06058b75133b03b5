package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.HostileCorpus;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each hostile rule file of rules-core's corpus appended to the default 2026 rule set, as an editor of
 * the folder would: refused at its line, or contained (every dossier an error record naming the rule);
 * and afterwards, in the same JVM, generated dossiers get exactly the evaluations the default rule set
 * gave them before any hostile file was loaded.
 */
class HostileEditsTest {

    private static final int DOSSIERS = 40;
    private static final List<Dossier> dossiers = new ArrayList<>();
    private static final List<Evaluation> before = new ArrayList<>();

    @BeforeAll
    static void evaluateWithTheDefaultRulesFirst() {
        Theories.check(DOSSIERS, Dossiers.plausible(), d -> {
            dossiers.add(d);
            before.add(DefaultRules.EVALUATOR.evaluate(d, Dossiers.CONSIDERED_ON));
        });
    }

    static List<HostileCorpus> corpus() {
        return HostileCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileEditIsRefusedOrContainedAndChangesNothingAfterwards(HostileCorpus h) {
        Map<String, String> files = new LinkedHashMap<>(RuleSets.defaultSource().files());
        files.put(h.file(), h.text());
        RuleSource edited = RuleSource.of("an-giang-bqlkkt-2026-edited", "1", files);
        if (h.refused()) {
            List<RuleSetException.Problem> problems = RuleSets.validate(edited);
            assertTrue(problems.stream().anyMatch(p -> p.file().equals(h.file()) && p.line() == h.line()),
                    () -> h.file() + " should be refused at line " + h.line() + ": " + problems);
        } else if (h.isolated()) {
            // each dossier as if alone: after the others in one evaluator, and in a fresh one
            InspectableEvaluator hostile = RuleSets.load(edited);
            for (int i = 0; i < 10; i++) {
                Dossier d = dossiers.get(i);
                assertEquals(hostile.withTimeLimit(Duration.ofSeconds(30)).explain(d, Dossiers.CONSIDERED_ON),
                        hostile.explain(d, Dossiers.CONSIDERED_ON), d::id);
            }
        } else {
            InspectableEvaluator hostile = RuleSets.load(edited);
            BatchEvaluation batch = new BatchEvaluation(hostile, Dossiers.CONSIDERED_ON, false);
            for (int i = 0; i < 3; i++) {
                DossierRead.Ok read = new DossierRead.Ok(i, dossiers.get(i));
                Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> batch.evaluate(read));
                ErrorRecord e = assertInstanceOf(ErrorRecord.class, o, h.file());
                assertEquals(ErrorRecord.EVALUATION_FAILED, e.error().code());
                assertEquals(dossiers.get(i).id(), e.dossierId());
                assertTrue(e.error().message().contains(h.rule()), e.error()::message);
            }
        }
        InspectableEvaluator fresh = RuleSets.inspect(RuleSets.defaults());
        for (int i = 0; i < dossiers.size(); i++) {
            assertEquals(before.get(i), DefaultRules.EVALUATOR.evaluate(dossiers.get(i), Dossiers.CONSIDERED_ON));
            assertEquals(before.get(i), fresh.evaluate(dossiers.get(i), Dossiers.CONSIDERED_ON));
        }
    }
}
