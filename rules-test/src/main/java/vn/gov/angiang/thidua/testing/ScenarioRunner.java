package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.GroupResult;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs scenario cases against rules and says, for each, what differed from its expectation. Only what
 * a case's {@code expect} states is checked (scenario.schema.json describes each field):
 * {@code award}, {@code awardByScore}, {@code score}, {@code bonus}, {@code deductions},
 * {@code selfScoreGap} (values); {@code reasons}, {@code warnings} (the exact list, in any order: a code,
 * or an object with the code and its {@code category}, {@code ref}); {@code criteria}, {@code groups}
 * (code → points, for the codes listed); {@code evidence} (criterion code → the references that counted);
 * {@code fired}, {@code notFired} (rules, by their code — the first word of the name, {@code "TT3.1"} — or
 * by their whole name); {@code error} and {@code field} (the dossier must be rejected as input).
 */
final class ScenarioRunner {

    static final Set<String> KNOWN = Set.of("award", "awardByScore", "score", "bonus", "deductions",
            "selfScoreGap", "reasons", "warnings", "criteria", "groups", "evidence", "fired", "notFired", "error",
            "field");

    private final TestedRules rules;
    /** Every rule's name, read from the rule files once: cases name rules by code or name many times over. */
    private final List<String> ruleNames;

    ScenarioRunner(TestedRules rules) {
        this.rules = rules;
        this.ruleNames = rules.rulesByFile().values().stream().flatMap(List::stream).toList();
    }

    /** Whether a rule has this code or this whole name. */
    private boolean hasRule(String codeOrName) {
        return ruleNames.stream().anyMatch(n -> RuleNames.names(codeOrName, n));
    }

    ScenarioResult run(ScenarioCase c) {
        List<Mismatch> out = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        JsonNode expect = c.expect();
        expect.fieldNames().forEachRemaining(f -> {
            if (!KNOWN.contains(f)) {
                out.add(new Mismatch("expect." + f, "one of " + new java.util.TreeSet<>(KNOWN),
                        "kỳ vọng không hợp lệ / an unknown expectation"));
            }
        });
        Dossier dossier;
        try {
            dossier = DossierJson.readDossier(c.dossier().toString());
        } catch (InvalidDossierException e) {
            if (expect.has("error")) {
                check(out, "error", expect.get("error").asText(), e.code());
                if (expect.has("field")) {
                    check(out, "field", expect.get("field").asText(), e.field());
                }
            } else {
                out.add(new Mismatch("dossier", "readable", "hồ sơ không đọc được / cannot be read: " + e.getMessage()));
            }
            return new ScenarioResult(c.file(), c.name(), out, fired);
        }
        if (expect.has("error")) {
            out.add(new Mismatch("error", expect.get("error").asText(), "the dossier was read"));
            return new ScenarioResult(c.file(), c.name(), out, fired);
        }
        Evaluation e;
        try {
            e = rules.evaluator().explain(dossier, c.consideredOn());
        } catch (ThiDuaException x) {
            out.add(new Mismatch("evaluation", "an evaluation", "đánh giá thất bại / the evaluation failed: "
                    + x.getMessage()));
            return new ScenarioResult(c.file(), c.name(), out, fired);
        }
        fired.addAll(e.trace());
        text(out, expect, "award", e.award().name());
        text(out, expect, "awardByScore", e.awardByScore().name());
        number(out, expect, "score", e.score());
        number(out, expect, "bonus", e.bonus());
        number(out, expect, "deductions", e.deductions());
        number(out, expect, "selfScoreGap", e.selfScoreGap());
        listed(out, expect, "reasons", e.reasons(), r -> List.of(r.code(), String.valueOf(r.category()),
                String.valueOf(r.ref())));
        listed(out, expect, "warnings", e.warnings(), w -> List.of(w.code(), "", String.valueOf(w.ref())));
        points(out, expect, "criteria", e.criteria(), CriterionResult::code, CriterionResult::points);
        points(out, expect, "groups", e.groups(), GroupResult::code, GroupResult::points);
        if (expect.has("evidence")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expect.get("evidence").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> x = it.next();
                List<String> want = new ArrayList<>();
                x.getValue().forEach(v -> want.add(v.asText()));
                List<String> got = e.criterion(x.getKey()).map(CriterionResult::evidence).orElse(null);
                if (got == null || !sorted(want).equals(sorted(got))) {
                    out.add(new Mismatch("evidence " + x.getKey(), sorted(want).toString(),
                            got == null ? "no such criterion" : sorted(got).toString()));
                }
            }
        }
        if (expect.has("fired")) {
            for (JsonNode r : expect.get("fired")) {
                if (fired.stream().noneMatch(n -> RuleNames.names(r.asText(), n))) {
                    out.add(new Mismatch("fired " + r.asText(), "fires", hasRule(r.asText())
                            ? "did not fire / không chạy"
                            : "không có quy tắc nào có mã hoặc tên này / no rule has this code or name"));
                }
            }
        }
        if (expect.has("notFired")) {
            for (JsonNode r : expect.get("notFired")) {
                List<String> firing = fired.stream().filter(n -> RuleNames.names(r.asText(), n)).toList();
                if (!firing.isEmpty()) {
                    out.add(new Mismatch("notFired " + r.asText(), "does not fire", "fired / đã chạy: "
                            + String.join(", ", firing)));
                } else if (!hasRule(r.asText())) {
                    out.add(new Mismatch("notFired " + r.asText(), "a rule of the set",
                            "không có quy tắc nào có mã hoặc tên này / no rule has this code or name"));
                }
            }
        }
        return new ScenarioResult(c.file(), c.name(), out, fired);
    }

    private static void text(List<Mismatch> out, JsonNode expect, String field, String actual) {
        if (expect.has(field)) {
            check(out, field, expect.get(field).asText(), actual);
        }
    }

    private static void check(List<Mismatch> out, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(new Mismatch(field, expected, String.valueOf(actual)));
        }
    }

    private static void number(List<Mismatch> out, JsonNode expect, String field, BigDecimal actual) {
        if (!expect.has(field)) {
            return;
        }
        BigDecimal want = expect.get(field).decimalValue();
        if (actual == null || want.compareTo(actual) != 0) {
            out.add(new Mismatch(field, want.toPlainString(), actual == null ? "nothing" : actual.toPlainString()));
        }
    }

    /**
     * Reasons or warnings: the exact list, in any order. An expected entry is a code, or an object with the
     * code and, optionally, the {@code category} and {@code ref} it must have; each is compared as far as it
     * is written, so {@code "DOSSIER_LATE"} matches any category.
     */
    private static <T> void listed(List<Mismatch> out, JsonNode expect, String field, List<T> actual,
                                   Function<T, List<String>> codeCategoryRef) {
        if (!expect.has(field)) {
            return;
        }
        List<List<String>> got = new ArrayList<>(actual.stream().map(codeCategoryRef).toList());
        List<List<String>> unmatched = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (JsonNode w : expect.get(field)) {
            List<String> want = w.isObject()
                    ? java.util.Arrays.asList(w.path("code").asText(), w.hasNonNull("category") ? w.get("category").asText()
                    : null, w.hasNonNull("ref") ? w.get("ref").asText() : null)
                    : java.util.Arrays.asList(w.asText(), null, null);
            wanted.add(render(want));
            Iterator<List<String>> it = got.iterator();
            boolean found = false;
            while (it.hasNext() && !found) {
                List<String> g = it.next();
                if (matches(want, g)) {
                    it.remove();
                    found = true;
                }
            }
            if (!found) {
                unmatched.add(want);
            }
        }
        if (!unmatched.isEmpty() || !got.isEmpty()) {
            out.add(new Mismatch(field, sortedText(wanted), sortedText(actual.stream().map(codeCategoryRef)
                    .map(g -> render(shapeOf(g, unmatched))).toList())));
        }
    }

    private static boolean matches(List<String> want, List<String> got) {
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i) != null && !want.get(i).equals(got.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The actual entry shown with as much detail as the expectation asked for (a category only if one was asked). */
    private static List<String> shapeOf(List<String> got, Collection<List<String>> asked) {
        boolean category = asked.stream().anyMatch(a -> a.get(1) != null);
        boolean ref = asked.stream().anyMatch(a -> a.get(2) != null);
        return java.util.Arrays.asList(got.get(0), category && !got.get(1).isEmpty() ? got.get(1) : null,
                ref ? got.get(2) : null);
    }

    private static String render(List<String> entry) {
        StringBuilder s = new StringBuilder(entry.get(0));
        if (entry.get(1) != null) {
            s.append(" (").append(entry.get(1)).append(')');
        }
        if (entry.get(2) != null) {
            s.append(" ref ").append(entry.get(2));
        }
        return s.toString();
    }

    private static <T> void points(List<Mismatch> out, JsonNode expect, String field, List<T> actual,
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
                out.add(new Mismatch(field + " " + x.getKey(), want.toPlainString(),
                        got == null ? "no such code" : got.toPlainString()));
            }
        }
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static String sortedText(List<String> list) {
        return sorted(list).toString();
    }
}
