package vn.gov.angiang.thidua.rules;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/criteria-2026.md, the criteria table users are pointed to, is generated from the rule set itself — the
 * lines, points, maxima, bands and thresholds the rules give a full dossier of each kind — so that it cannot drift
 * from the DRL. When the rules change, {@code mvn test -pl rules-drl -Dtest=CriteriaDocumentTest
 * -Dthidua.writeDocs=true} writes it again. (Small on purpose: it reads evaluations, and can read the criteria
 * table's model instead once there is one.)
 */
class CriteriaDocumentTest {

    private static final Path DOCUMENT = Path.of("../docs/criteria-2026.md");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    static String generate() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Sinh từ bộ quy tắc, đừng sửa tay / generated from the rule set, do not edit: ")
                .append("mvn test -pl rules-drl -Dtest=CriteriaDocumentTest -Dthidua.writeDocs=true -->\n")
                .append("# Bảng tiêu chí chấm điểm 2026 / The 2026 criteria table\n\n")
                .append("Bộ quy tắc / rule set `").append(DefaultRules.EVALUATOR.ruleSet().id()).append("` ")
                .append(DefaultRules.EVALUATOR.ruleSet().version()).append(". Mỗi con số dưới đây được ghi đúng một chỗ,")
                .append(" trong tệp DRL của nó (rules-drl/src/main/resources/thidua/rules). / Every number below is")
                .append(" written once, in its DRL file.\n");
        Evaluation collective = full("tap-the-day-du.json");
        table(md, "Tập thể / Collectives (criteria-collective.drl)", collective);
        table(md, "Cá nhân / Individuals (criteria-individual.drl)", full("ca-nhan-day-du.json"));
        md.append("\n## Mức khen / Awards (parameters.drl, award.drl)\n\n| Từ điểm / From | Mức khen / Award |\n|---:|---|\n");
        for (AwardThreshold t : collective.thresholds()) {
            md.append("| ").append(vi(t.from())).append(" | ").append(t.award().inWords().vi()).append(" / ")
                    .append(t.award().inWords().en()).append(" |\n");
        }
        return md.toString();
    }

    private static Evaluation full(String base) throws IOException {
        String json = Files.readString(DefaultRules.RULES.resolve("bases").resolve(base), StandardCharsets.UTF_8);
        return DefaultRules.EVALUATOR.explain(DossierJson.readDossier(json), DAY);
    }

    private static void table(StringBuilder md, String title, Evaluation e) {
        md.append("\n## ").append(title).append("\n\n| Mã / Code | Tiêu chí / Criterion | Cách tính / Method | Điểm / Points | Tối đa / Max |\n")
                .append("|---|---|---|---|---:|\n");
        for (GroupResult g : e.groups()) {
            md.append("| **").append(g.code()).append("** | **nhóm / group** |  |  | **").append(vi(g.max())).append("** |\n");
            for (CriterionResult c : e.criteria()) {
                if (c.code().equals(g.code()) || c.code().startsWith(g.code() + ".")) {
                    String name = c.rule() == null ? "" : c.rule().substring(c.rule().indexOf(' ') + 1);
                    md.append("| ").append(c.code()).append(" | ").append(name).append(" | ").append(method(c.method()))
                            .append(" | ").append(points(c)).append(" | ").append(vi(c.max())).append(" |\n");
                }
            }
        }
    }

    private static String method(String method) {
        return switch (method == null ? "" : method) {
            case "PER_ITEM" -> "mỗi việc / per item";
            case "FLAT" -> "đạt / met";
            case "RATE" -> "tỷ lệ / rate";
            case "REPORTS" -> "báo cáo / reports";
            default -> "";
        };
    }

    private static String points(CriterionResult c) {
        if (!c.bands().isEmpty()) {
            return c.bands().stream().map(b -> "≥ " + vi(b.percent()) + "%: " + vi(b.points()))
                    .collect(Collectors.joining("; "));
        }
        return c.perItem() == null ? "" : vi(c.perItem());
    }

    private static String vi(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Test
    void theCriteriaDocumentIsTheRuleSetsOwnTable() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("thidua.writeDocs")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "",
                "docs/criteria-2026.md differs from the rule set: run mvn test -pl rules-drl -Dtest=CriteriaDocumentTest"
                        + " -Dthidua.writeDocs=true");
    }
}
