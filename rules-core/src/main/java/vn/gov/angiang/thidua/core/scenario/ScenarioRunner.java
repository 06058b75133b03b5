package vn.gov.angiang.thidua.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.InspectableEvaluator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs scenario cases against an evaluator and says, for each, what differed from its expectation.
 * Only what a case's {@code expect} states is checked:
 * {@code award}, {@code awardByScore}, {@code score}, {@code bonus}, {@code deductions},
 * {@code selfScoreGap} (values); {@code reasons}, {@code warnings} (the exact list of codes, in any
 * order); {@code criteria}, {@code groups} (code → points, for the codes listed);
 * {@code evidence} (criterion code → the references that counted); {@code fired}, {@code notFired}
 * (rules, by their code: the first word of the name, {@code "TT3.1"}, {@code "EVIDENCE_NO_REF"}; a full
 * name is accepted too); {@code error} and {@code field} (the dossier must be rejected as input).
 */
public final class ScenarioRunner {

    private static final Set<String> KNOWN = Set.of("award", "awardByScore", "score", "bonus", "deductions",
            "selfScoreGap", "reasons", "warnings", "criteria", "groups", "evidence", "fired", "notFired", "error",
            "field");

    private final InspectableEvaluator evaluator;

    public ScenarioRunner(InspectableEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public CaseResult run(ScenarioCase c) {
        List<String> failures = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        JsonNode expect = c.expect();
        expect.fieldNames().forEachRemaining(f -> {
            if (!KNOWN.contains(f)) {
                failures.add("unknown expectation \"" + f + "\" (kỳ vọng không hợp lệ); known: " + KNOWN);
            }
        });
        Dossier dossier;
        try {
            dossier = DossierJson.readDossier(c.dossier().toString());
        } catch (InvalidDossierException e) {
            if (expect.has("error")) {
                check(failures, "error", expect.get("error").asText(), e.code());
                if (expect.has("field")) {
                    check(failures, "field", expect.get("field").asText(), e.field());
                }
            } else {
                failures.add("the dossier cannot be read: " + e.getMessage());
            }
            return new CaseResult(c, failures, fired);
        }
        if (expect.has("error")) {
            failures.add("error: expected the dossier to be rejected with " + expect.get("error").asText()
                    + ", but it was read");
            return new CaseResult(c, failures, fired);
        }
        Evaluation e = evaluator.evaluate(dossier, c.consideredOn(), fired::add);
        text(failures, expect, "award", e.award().name());
        text(failures, expect, "awardByScore", e.awardByScore().name());
        number(failures, expect, "score", e.score());
        number(failures, expect, "bonus", e.bonus());
        number(failures, expect, "deductions", e.deductions());
        if (expect.has("selfScoreGap")) {
            number(failures, expect, "selfScoreGap", e.selfScoreGap());
        }
        codes(failures, expect, "reasons", e.reasons().stream().map(Reason::code).toList());
        codes(failures, expect, "warnings", e.warnings().stream().map(Warning::code).toList());
        points(failures, expect, "criteria", e.criteria(), CriterionResult::code, CriterionResult::points);
        points(failures, expect, "groups", e.groups(), GroupResult::code, GroupResult::points);
        if (expect.has("evidence")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expect.get("evidence").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> x = it.next();
                List<String> want = new ArrayList<>();
                x.getValue().forEach(v -> want.add(v.asText()));
                List<String> got = e.criterion(x.getKey()).map(CriterionResult::evidence).orElse(null);
                if (got == null || !sorted(want).equals(sorted(got))) {
                    failures.add("evidence of " + x.getKey() + ": expected " + sorted(want) + ", got " + got);
                }
            }
        }
        if (expect.has("fired")) {
            for (JsonNode r : expect.get("fired")) {
                if (fired.stream().noneMatch(n -> names(r.asText(), n))) {
                    failures.add("rule did not fire: \"" + r.asText() + "\"" + unknownRule(r.asText()));
                }
            }
        }
        if (expect.has("notFired")) {
            for (JsonNode r : expect.get("notFired")) {
                List<String> firing = fired.stream().filter(n -> names(r.asText(), n)).toList();
                if (!firing.isEmpty()) {
                    failures.add("rule fired but should not: \"" + String.join("\", \"", firing) + "\"");
                } else if (evaluator.ruleNames().stream().noneMatch(n -> names(r.asText(), n))) {
                    failures.add("no rule has the code or name \"" + r.asText() + "\" (không có quy tắc nào có mã"
                            + " hoặc tên này)");
                }
            }
        }
        return new CaseResult(c, failures, fired);
    }

    /**
     * A rule's code: the first word of its name ({@code "TT3.1"} of {@code "TT3.1 Vụ việc … được phát hiện,
     * xử lý"}), by which scenarios and tests name rules, so that a rule's title can change freely.
     */
    public static String codeOf(String ruleName) {
        return ruleName.strip().split("\\s+", 2)[0];
    }

    /** Whether a scenario's entry ({@code fired}, {@code notFired}) names this rule: its code, or its whole name. */
    static boolean names(String entry, String ruleName) {
        String e = entry.strip();
        return e.equals(codeOf(ruleName)) || e.equals(ruleName.strip());
    }

    private String unknownRule(String entry) {
        return evaluator.ruleNames().stream().anyMatch(n -> names(entry, n)) ? ""
                : " (no rule has this code or name / không có quy tắc nào có mã hoặc tên này)";
    }

    private static void text(List<String> failures, JsonNode expect, String field, String actual) {
        if (expect.has(field)) {
            check(failures, field, expect.get(field).asText(), actual);
        }
    }

    private static void check(List<String> failures, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            failures.add(field + ": expected " + expected + ", got " + actual);
        }
    }

    private static void number(List<String> failures, JsonNode expect, String field, BigDecimal actual) {
        if (!expect.has(field)) {
            return;
        }
        BigDecimal want = expect.get(field).decimalValue();
        if (actual == null || want.compareTo(actual) != 0) {
            failures.add(field + ": expected " + want.toPlainString() + ", got "
                    + (actual == null ? "nothing" : actual.toPlainString()));
        }
    }

    private static void codes(List<String> failures, JsonNode expect, String field, List<String> actual) {
        if (!expect.has(field)) {
            return;
        }
        List<String> want = new ArrayList<>();
        expect.get(field).forEach(v -> want.add(v.asText()));
        if (!sorted(want).equals(sorted(actual))) {
            failures.add(field + ": expected " + sorted(want) + ", got " + sorted(actual));
        }
    }

    private static <T> void points(List<String> failures, JsonNode expect, String field, List<T> actual,
                                   Function<T, String> code, Function<T, BigDecimal> points) {
        if (!expect.has(field)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.get(field).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> x = it.next();
            BigDecimal got = actual.stream().filter(a -> code.apply(a).equals(x.getKey())).map(points)
                    .findFirst().orElse(null);
            BigDecimal want = x.getValue().decimalValue();
            if (got == null || got.compareTo(want) != 0) {
                failures.add(field + " " + x.getKey() + ": expected " + want.toPlainString() + ", got "
                        + (got == null ? "no such code" : got.toPlainString()));
            }
        }
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
