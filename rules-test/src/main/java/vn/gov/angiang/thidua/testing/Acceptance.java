package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accepts new outcomes: the expectations of failing scenario cases rewritten to what the rules now give,
 * minimally — only the values that differed, each in place in the file's text, the rest of the file as it
 * was — and never a passing case. {@code thidua test --accept [CASE…]} and the workbench use it:
 * <pre>{@code
 * ScenarioReport report = Scenarios.in(dir).against(tested).run();
 * List<Acceptance.Change> changes = Acceptance.of(tested).apply(report, List.of()); // all failing cases
 * }</pre>
 * What cannot be accepted (a dossier the case expected to be rejected, a file that does not parse, an
 * unknown expectation) is left as it is and stays failing.
 */
public final class Acceptance {

    /** One value rewritten: the case, what ({@code "criteria TT3.1"}), the text before and after. */
    public record Change(Path file, String caseName, String what, String before, String after) {
        /** {@code "criteria-collective.scenario.json › name: criteria TT3.1: 15 → 18"}. */
        @Override
        public String toString() {
            return file.getFileName() + " › " + caseName + ": " + what + ": " + before + " → " + after;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYED = Set.of("criteria", "groups", "evidence");
    private static final Set<String> ACCEPTABLE = Set.of("award", "awardByScore", "score", "bonus", "deductions",
            "selfScoreGap", "reasons", "warnings", "criteria", "groups", "evidence", "fired", "notFired");

    private final TestedRules rules;

    private Acceptance(TestedRules rules) {
        this.rules = rules;
    }

    /** Acceptance against the rules the report was run on. */
    public static Acceptance of(TestedRules rules) {
        return new Acceptance(rules);
    }

    /** The changes {@link #apply} would make, nothing written. {@code cases} empty: every failing case. */
    public List<Change> plan(ScenarioReport report, Collection<String> cases) {
        return edit(report, cases, false);
    }

    /**
     * Rewrites the failing cases' expectations (of those named in {@code cases}, by name or "file › name";
     * empty: all) and returns what changed. Each file is written whole or not at all.
     */
    public List<Change> apply(ScenarioReport report, Collection<String> cases) {
        return edit(report, cases, true);
    }

    private List<Change> edit(ScenarioReport report, Collection<String> cases, boolean write) {
        Map<Path, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        for (ScenarioResult r : report.failures()) {
            if (cases.isEmpty() || cases.contains(r.name()) || cases.contains(r.title())) {
                byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Path, List<ScenarioResult>> f : byFile.entrySet()) {
            changes.addAll(editFile(f.getKey(), f.getValue(), write));
        }
        return changes;
    }

    private List<Change> editFile(Path file, List<ScenarioResult> failures, boolean write) {
        String text;
        List<ScenarioCase> cases;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            cases = ScenarioFiles.read(file);
        } catch (IOException | ThiDuaException e) {
            return List.of(); // a file that cannot be read stays failing, with its own message
        }
        Map<String, int[]> spans = spans(text);
        TreeMap<Integer, int[]> edits = new TreeMap<>(); // start → {end}; replacement below
        Map<Integer, String> replacements = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ScenarioCase c = cases.get(i);
            ScenarioResult failed = failures.stream().filter(r -> r.name().equals(c.name())).findFirst().orElse(null);
            if (failed == null) {
                continue;
            }
            Evaluation e = evaluate(c);
            if (e == null) {
                continue;
            }
            Map<String, JsonNode> values = new LinkedHashMap<>(); // path in expect → new value
            for (Mismatch m : failed.mismatches()) {
                String field = m.what().split(" ", 2)[0];
                if (!ACCEPTABLE.contains(field) || !c.expect().has(field)) {
                    continue;
                }
                String key = m.what().contains(" ") ? m.what().split(" ", 2)[1] : null;
                if (KEYED.contains(field) && key != null && actualOf(e, field, key) != null) {
                    values.put(field + "/" + key, actualOf(e, field, key));
                } else {
                    values.put(field, actual(e, c.expect(), field));
                }
            }
            for (Map.Entry<String, JsonNode> v : values.entrySet()) {
                if (values.containsKey(v.getKey().split("/")[0]) && v.getKey().contains("/")) {
                    continue; // the whole field is rewritten
                }
                int[] span = spans.get("cases/" + i + "/expect/" + v.getKey());
                if (span == null) {
                    continue;
                }
                String after = compact(v.getValue());
                String before = text.substring(span[0], span[1]);
                edits.put(span[0], new int[]{span[1]});
                replacements.put(span[0], after);
                changes.add(new Change(file, c.name(), v.getKey().replace('/', ' '), before.replaceAll("\\s+", " "),
                        after));
            }
        }
        if (write && !edits.isEmpty()) {
            StringBuilder out = new StringBuilder(text);
            for (Map.Entry<Integer, int[]> x : edits.descendingMap().entrySet()) {
                out.replace(x.getKey(), x.getValue()[0], replacements.get(x.getKey()));
            }
            writeWhole(file, out.toString());
        }
        return changes;
    }

    private Evaluation evaluate(ScenarioCase c) {
        try {
            return rules.evaluator().explain(DossierJson.readDossier(c.dossier().toString()), c.consideredOn());
        } catch (ThiDuaException e) {
            return null; // a dossier that cannot be read or evaluated: nothing to accept
        }
    }

    /** The actual value of an expectation, in the shape the expectation is written in. */
    private static JsonNode actual(Evaluation e, JsonNode expect, String field) {
        JsonNode written = expect.get(field);
        return switch (field) {
            case "award" -> JSON.getNodeFactory().textNode(e.award().name());
            case "awardByScore" -> JSON.getNodeFactory().textNode(e.awardByScore().name());
            case "score" -> number(e.score());
            case "bonus" -> number(e.bonus());
            case "deductions" -> number(e.deductions());
            case "selfScoreGap" -> number(e.selfScoreGap());
            case "reasons" -> listed(written, e.reasons().stream().map(r -> List.of(r.code(),
                    String.valueOf(r.category()), String.valueOf(r.ref()))).toList());
            case "warnings" -> listed(written, e.warnings().stream().map(w -> List.of(w.code(), "",
                    String.valueOf(w.ref()))).toList());
            case "criteria", "groups", "evidence" -> keyed(e, written, field);
            case "fired", "notFired" -> {
                Set<String> fired = Set.copyOf(e.trace());
                var kept = JSON.createArrayNode();
                boolean mustFire = field.equals("fired");
                written.forEach(r -> {
                    if (fired.stream().anyMatch(n -> RuleNames.names(r.asText(), n)) == mustFire) {
                        kept.add(r);
                    }
                });
                yield kept;
            }
            default -> written;
        };
    }

    /** Every listed code of a keyed expectation with its actual value; a code the evaluation lacks is dropped. */
    private static JsonNode keyed(Evaluation e, JsonNode written, String field) {
        var out = JSON.createObjectNode();
        written.fieldNames().forEachRemaining(k -> {
            JsonNode v = actualOf(e, field, k);
            if (v != null) {
                out.set(k, v);
            }
        });
        return out;
    }

    private static JsonNode actualOf(Evaluation e, String field, String code) {
        return switch (field) {
            case "criteria" -> e.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                    .map(c -> number(c.points())).orElse(null);
            case "groups" -> e.groups().stream().filter(g -> g.code().equals(code)).findFirst()
                    .map(g -> number(g.points())).orElse(null);
            case "evidence" -> e.criterion(code).map(CriterionResult::evidence).map(refs -> {
                var a = JSON.createArrayNode();
                refs.stream().sorted().forEach(a::add);
                return (JsonNode) a;
            }).orElse(null);
            default -> null;
        };
    }

    /** Reasons or warnings as codes, or as objects with as much detail as the expectation asked for. */
    private static JsonNode listed(JsonNode written, List<List<String>> actual) {
        boolean category = false;
        boolean ref = false;
        for (JsonNode w : written) {
            category |= w.isObject() && w.hasNonNull("category");
            ref |= w.isObject() && w.hasNonNull("ref");
        }
        var out = JSON.createArrayNode();
        for (List<String> a : actual.stream().sorted(java.util.Comparator.comparing((List<String> l) -> l.get(0)))
                .toList()) {
            if (!category && !ref) {
                out.add(a.get(0));
            } else {
                var o = out.addObject().put("code", a.get(0));
                if (category && !a.get(1).isEmpty() && !a.get(1).equals("null")) {
                    o.put("category", a.get(1));
                }
                if (ref && !a.get(2).equals("null")) {
                    o.put("ref", a.get(2));
                }
            }
        }
        return out;
    }

    private static JsonNode number(BigDecimal d) {
        if (d == null) {
            return JSON.getNodeFactory().nullNode();
        }
        BigDecimal plain = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        return JSON.getNodeFactory().numberNode(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A value on one line, as the scenario files write short values: {@code { "TT1": 2, "TT2": 5 }}. */
    static String compact(JsonNode v) {
        try {
            if (v.isObject()) {
                List<String> parts = new ArrayList<>();
                v.fields().forEachRemaining(f -> parts.add(text(f.getKey()) + ": " + compact(f.getValue())));
                return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
            }
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(compact(x)));
                return "[" + String.join(", ", parts) + "]";
            }
            return v.isBigDecimal() ? v.decimalValue().toPlainString() : JSON.writeValueAsString(v);
        } catch (IOException e) {
            throw new ThiDuaException("Cannot write " + v, e);
        }
    }

    private static String text(String s) {
        return compact(JSON.getNodeFactory().textNode(s));
    }

    /** Where each value of the text is: path ("cases/3/expect/criteria/TT3.1") → {start, end} in characters. */
    static Map<String, int[]> spans(String text) {
        Map<String, int[]> spans = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            walk(p, "", spans, text);
        } catch (IOException e) {
            throw new ThiDuaException("Cannot read scenario text: " + e.getMessage(), e);
        }
        return spans;
    }

    /** Records the value the parser is at under {@code path}, and every value inside it; leaves the parser on its last token. */
    private static void walk(JsonParser p, String path, Map<String, int[]> spans, String text) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                walk(p, path.isEmpty() ? name : path + "/" + name, spans, text);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, path + "/" + i++, spans, text);
            }
        }
        int end = (int) p.currentLocation().getCharOffset();
        spans.put(path, new int[]{start, end});
    }

    private static void writeWhole(Path file, String text) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".accept-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ThiDuaException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

}
