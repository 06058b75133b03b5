package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kjar precompiled at build time (Precompiler, run by this module's pom) is the rule set compiled
 * from the DRL: same rules, same evaluations. Guards against a build that packages an empty or stale kjar.
 */
class PrecompiledRuleSetTest {

    @Test
    void theBuildShipsAPrecompiledRuleSetEqualToTheCompiledOne() throws IOException {
        InspectableEvaluator precompiled = RuleSets.inspect(RuleSets.precompiledDefaults().orElseThrow(
                () -> new AssertionError("no precompiled rule set on the classpath (precompiled.kjar)")));
        InspectableEvaluator compiled = RuleSets.load(RuleSets.defaultSource());
        assertTrue(precompiled.ruleNames().size() > 70, () -> "too few rules: " + precompiled.ruleNames().size());
        assertEquals(compiled.ruleNames(), precompiled.ruleNames());
        assertEquals(compiled.ruleSet(), precompiled.ruleSet());
        List<Path> dossiers;
        try (Stream<Path> files = Files.list(DefaultRules.SCENARIOS.resolve("bases"))) {
            dossiers = files.sorted().toList();
        }
        for (Path file : dossiers) {
            Dossier d = DossierJson.readDossier(Files.readString(file));
            assertEquals(compiled.explain(d, Dossiers.CONSIDERED_ON), precompiled.explain(d, Dossiers.CONSIDERED_ON),
                    file::toString);
        }
    }
}
