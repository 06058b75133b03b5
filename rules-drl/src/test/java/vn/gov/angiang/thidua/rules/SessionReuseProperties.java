package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Sessions are reset and reused between dossiers: nothing of one dossier may reach the next. Each dossier,
 * evaluated in a session that has served other dossiers just before, gets what it gets in a session of its
 * own ({@code withTimeLimit} makes an evaluator whose first session is new).
 */
@Tag("properties")
class SessionReuseProperties {

    private static final InspectableEvaluator REUSING = DefaultRules.EVALUATOR;

    @Test
    void aReusedSessionGivesWhatANewOneGives() {
        Theories.check(150, lists().of(Dossiers.dossiers()).ofSizeBetween(1, 6), dossiers -> {
            for (Dossier d : dossiers) {
                InspectableEvaluator fresh = REUSING.withTimeLimit(Duration.ofSeconds(30));
                assertEquals(fresh.explain(d, Dossiers.CONSIDERED_ON), REUSING.explain(d, Dossiers.CONSIDERED_ON),
                        d::id);
            }
        });
    }

    @Test
    void evaluationsInTurnMatchExplanationsInTurn() {
        Theories.check(100, lists().of(Dossiers.plausible()).ofSizeBetween(2, 8), dossiers -> {
            List<String> fired = new java.util.ArrayList<>();
            for (Dossier d : dossiers) {
                fired.clear();
                var evaluation = REUSING.evaluate(d, Dossiers.CONSIDERED_ON, fired::add);
                var explained = REUSING.explain(d, Dossiers.CONSIDERED_ON);
                assertEquals(explained.trace(), fired, d::id);
                assertEquals(explained.score(), evaluation.score(), d::id);
            }
        });
    }
}
