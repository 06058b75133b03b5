package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.SchemaSupport.EVALUATION;

/**
 * The optional fields added for explanations — a criterion's method, per-item points and rate bands, and the award
 * thresholds — are valid against the shipped schema, checked by it, and absent when not known, so that an older
 * evaluation is written exactly as before.
 */
class EvaluationAdditionsSchemaTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static Evaluation withMethods() {
        return new Evaluation("BQLKKT-2026-CN-012", new RuleSetInfo("an-giang-bqlkkt-2026", "1.0.0", SHA),
                LocalDate.of(2026, 11, 25), new BigDecimal("89.5"), Award.GIAY_KHEN, Award.GIAY_KHEN, List.of(),
                List.of(new CriterionResult("CN3.2", new BigDecimal("7"), new BigDecimal("14"), List.of("Tờ trình 5"),
                                "CN3.2 Tham mưu", "PER_ITEM", new BigDecimal("7"), List.of()),
                        new CriterionResult("CN2.2", new BigDecimal("10"), new BigDecimal("15"), List.of("BC 1"),
                                "CN2.2 Hoàn thành", "RATE", null, List.of(
                                new CriterionResult.RateBand(new BigDecimal("95"), new BigDecimal("15")),
                                new CriterionResult.RateBand(new BigDecimal("80"), new BigDecimal("10"))))),
                List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null,
                List.of(new AwardThreshold(Award.GIAY_KHEN, new BigDecimal("80")),
                        new AwardThreshold(Award.BANG_KHEN, new BigDecimal("90"))));
    }

    @Test
    void theNewFieldsAreValid() {
        String json = DossierJson.writeLine(withMethods());
        assertEquals(List.of(), List.copyOf(EVALUATION.validate(SchemaSupport.tree(json))), json);
        assertTrue(json.contains("\"thresholds\":[{\"award\":\"GIAY_KHEN\",\"from\":80}"), json);
        assertTrue(json.contains("\"method\":\"RATE\",\"bands\":[{\"percent\":95,\"points\":15}"), json);
    }

    @Test
    void anEvaluationWithoutThemIsWrittenAsBefore() {
        Evaluation old = new Evaluation("A", new RuleSetInfo("x", "0", SHA), LocalDate.of(2026, 11, 25),
                BigDecimal.TEN, Award.NONE, Award.NONE, List.of(),
                List.of(new CriterionResult("TT1.1", BigDecimal.ZERO, new BigDecimal("4"), List.of(), null)),
                List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
        String json = DossierJson.writeLine(old);
        assertFalse(json.contains("thresholds") || json.contains("method") || json.contains("perItem")
                || json.contains("bands"), json);
        assertTrue(json.contains("\"rule\":null"), "the rule is still written when unknown: " + json);
    }

    @Test
    void theSchemaChecksThem() {
        List<Consumer<ObjectNode>> breakages = List.of(
                e -> ((ObjectNode) e.get("criteria").get(0)).put("method", "BY_HAND"),
                e -> ((ObjectNode) e.get("criteria").get(0)).put("perItem", -7),
                e -> ((ObjectNode) e.get("criteria").get(1).get("bands").get(0)).put("percent", 101),
                e -> ((ObjectNode) e.get("criteria").get(1).get("bands").get(0)).remove("points"),
                e -> ((ObjectNode) e.get("thresholds").get(0)).remove("from"),
                e -> ((ObjectNode) e.get("thresholds").get(0)).put("award", "HUÂN_CHƯƠNG"));
        for (Consumer<ObjectNode> breakage : breakages) {
            ObjectNode e = (ObjectNode) SchemaSupport.tree(DossierJson.writeLine(withMethods()));
            breakage.accept(e);
            assertFalse(EVALUATION.validate(e).isEmpty(), e.toString());
        }
    }
}
