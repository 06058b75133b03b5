package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.EvaluationThreads;
import vn.gov.angiang.thidua.core.HostileCorpus;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Nothing of one dossier reaches another: for any batch, each dossier's evaluation — after the others in
 * one evaluator, and beside them on two threads — is byte for byte its evaluation alone in a fresh
 * evaluator (no session, table phase or cache used before). With the default rule set, and with the
 * default set plus the corpus's rules that insert values from the table phase and iterate sets.
 */
@Tag("properties")
@Timeout(600)
class IsolationProperties {

    @Test
    void theDefaultRuleSetEvaluatesEachDossierAsIfAlone() {
        check(DefaultRules.EVALUATOR, 60);
    }

    @Test
    void aRuleSetWhoseTablePhaseInsertsValuesEvaluatesEachDossierAsIfAlone() {
        Map<String, String> files = new LinkedHashMap<>(RuleSets.defaultSource().files());
        for (HostileCorpus h : HostileCorpus.all()) {
            if (h.isolated()) {
                files.put(h.file(), h.text());
            }
        }
        check(RuleSets.load(RuleSource.of("an-giang-bqlkkt-2026-table-values", "1", files)), 40);
    }

    private static void check(InspectableEvaluator shared, int examples) {
        ExecutorService two = Executors.newFixedThreadPool(2, EvaluationThreads.factory("isolation"));
        try {
            Theories.check(examples, lists().of(Dossiers.dossiers()).ofSizeBetween(1, 8), dossiers -> {
                List<String> alone = new ArrayList<>();
                for (Dossier d : dossiers) {
                    alone.add(written(shared.withTimeLimit(Duration.ofSeconds(30)), d)); // a fresh evaluator
                }
                List<String> inTurn = new ArrayList<>();
                for (Dossier d : dossiers) {
                    inTurn.add(written(shared, d));
                }
                assertEquals(alone, inTurn, "one after the other");
                List<Future<String>> beside = new ArrayList<>();
                for (Dossier d : dossiers) {
                    beside.add(two.submit(() -> written(shared, d)));
                }
                List<String> parallel = new ArrayList<>();
                for (Future<String> f : beside) {
                    try {
                        parallel.add(f.get());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                assertEquals(alone, parallel, "side by side");
            });
        } finally {
            two.shutdownNow();
        }
    }

    /** The evaluation as JSON with its trace, or the failure's message. */
    private static String written(InspectableEvaluator e, Dossier d) {
        try {
            return DossierJson.write(e.explain(d, Dossiers.CONSIDERED_ON));
        } catch (RuleSetException x) {
            return "failed: " + x.getMessage();
        }
    }
}
