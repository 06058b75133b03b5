package vn.gov.angiang.thidua.testing.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A counterexample written for people to keep: the dossier as a dossier file (fields that are absent left
 * out), and a scenario case that pins what the head rule set gives for it — ready to paste into the
 * {@code cases} of a {@code .scenario.json} file, or written as a scenario file of its own.
 */
public final class ScenarioCaseWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioCaseWriter() {
    }

    /** The dossier as indented JSON, without the fields it does not have. */
    public static String dossier(Dossier dossier) {
        return DossierJson.write(withoutNulls(DossierJson.tree(DossierJson.writeLine(dossier))));
    }

    /** A scenario case named {@code name}: the whole dossier, its day, and the head's outcome as the expectation. */
    public static String scenarioCase(Difference d, String name) {
        return DossierJson.write(caseNode(d, name));
    }

    /** A scenario file holding that one case. */
    public static String scenarioFile(Difference d, String name, String description) {
        ObjectNode file = NODES.objectNode();
        file.put("description", description);
        file.put("consideredOn", d.dossier().consideredOn().toString());
        file.set("cases", NODES.arrayNode().add(caseNode(d, name)));
        return DossierJson.write(file);
    }

    private static ObjectNode caseNode(Difference d, String name) {
        ObjectNode c = NODES.objectNode();
        c.put("name", name);
        c.put("consideredOn", d.dossier().consideredOn().toString());
        ObjectNode dossier = (ObjectNode) withoutNulls(DossierJson.tree(DossierJson.writeLine(d.dossier().dossier())));
        for (String field : List.of("id", "nominee", "evidence", "reports", "proceedings", "sanctions", "submission",
                "selfScore")) {
            if (!dossier.has(field)) {
                dossier.putNull(field);
            }
        }
        // A scenario's base merges into these objects: an absent field is written as null so that the base's goes.
        explicitNulls(dossier.get("nominee"), "kind", "name", "agency", "unit", "unitType", "employment");
        JsonNode submission = dossier.get("submission");
        explicitNulls(submission, "confirmation", "report", "copies", "received");
        if (submission != null && submission.isObject()) {
            explicitNulls(submission.get("confirmation"), "by", "ref", "date");
            explicitNulls(submission.get("report"), "figures", "cases");
        }
        c.set("dossier", dossier);
        c.set("expect", d.head() instanceof Evaluation e ? expect(e)
                : NODES.objectNode().put("error", ((ErrorRecord) d.head()).error().code()));
        return c;
    }

    private static ObjectNode expect(Evaluation e) {
        ObjectNode x = NODES.objectNode();
        x.put("award", e.award().name());
        x.put("awardByScore", e.awardByScore().name());
        x.put("score", e.score());
        x.put("bonus", e.bonus());
        x.put("deductions", e.deductions());
        ArrayNode reasons = x.putArray("reasons");
        for (Reason r : e.reasons()) {
            ObjectNode o = reasons.addObject().put("code", r.code()).put("category", r.category().name());
            if (r.ref() != null) {
                o.put("ref", r.ref());
            }
        }
        ArrayNode warnings = x.putArray("warnings");
        for (Warning w : e.warnings()) {
            ObjectNode o = warnings.addObject().put("code", w.code());
            if (w.ref() != null) {
                o.put("ref", w.ref());
            }
        }
        ObjectNode criteria = x.putObject("criteria");
        for (CriterionResult c : e.criteria()) {
            criteria.put(c.code(), c.points());
        }
        ObjectNode groups = x.putObject("groups");
        for (GroupResult g : e.groups()) {
            groups.put(g.code(), g.points());
        }
        return x;
    }

    private static void explicitNulls(JsonNode node, String... fields) {
        if (node instanceof ObjectNode o) {
            for (String f : fields) {
                if (!o.has(f)) {
                    o.putNull(f);
                }
            }
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(f.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ScenarioCaseWriter::withoutNulls);
        }
        return node;
    }
}
