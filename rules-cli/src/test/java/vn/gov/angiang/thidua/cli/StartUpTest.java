package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading ahead at start-up: only for a command that will use the embedded rules, and a warm-up that reads. */
class StartUpTest {

    @Test
    void theWarmUpDossierIsReadWithoutErrorSoThatEveryDeserializerIsBuilt() {
        List<DossierRead> reads = new ArrayList<>();
        new DossierReader().read(new ByteArrayInputStream(StartUp.WARM_UP.getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, reads::add);
        assertEquals(1, reads.size());
        assertInstanceOf(DossierRead.Ok.class, reads.get(0), reads::toString);
        var d = ((DossierRead.Ok) reads.get(0)).dossier();
        assertTrue(!d.evidence().isEmpty() && !d.reports().isEmpty() && !d.proceedings().isEmpty()
                && !d.sanctions().isEmpty() && d.submission() != null, d::toString);
    }

    @Test
    void onlyCommandsThatEvaluateWithTheEmbeddedRulesLoadAhead() {
        assertTrue(StartUp.usesEmbeddedRules(new String[]{"evaluate", "--considered-on", "2026-11-25", "a.json"}));
        assertTrue(StartUp.usesEmbeddedRules(new String[]{"--debug", "explain", "a.json"}));
        assertTrue(StartUp.usesEmbeddedRules(new String[]{"report", "--format", "csv", "a.json"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"evaluate", "--rules", "dir", "a.json"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"evaluate", "--rules=dir", "a.json"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"evaluate", "--help"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"-vh", "evaluate", "a.json"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"validate", "dir"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{"evalute", "a.json"}));
        assertFalse(StartUp.usesEmbeddedRules(new String[]{}));
    }
}
