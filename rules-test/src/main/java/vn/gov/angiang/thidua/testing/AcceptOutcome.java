package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Accept the new outcome" of one scenario case: its expectation is rewritten to what the rules now give, token by
 * token, so that the file's layout and every other case stay as they were and the change reads as a small diff.
 * Rewrites the numbers and words a case pins (award, awardByScore, score, bonus, deductions, selfScoreGap, the points
 * of each criterion and group); a case whose lists (reasons, warnings, evidence, fired rules) disagree is refused,
 * since which of their entries a person meant to pin is theirs to say.
 * <p>The workbench's "Chấp nhận kết quả mới"; issue 19's {@code thidua test --accept} is the same operation and may
 * take this class (or replace it) when the two are merged.
 */
public final class AcceptOutcome {

    private AcceptOutcome() {
    }

    /** One token rewritten: the field of {@code expect}, as the runner names it, and its old and new text. */
    public record Rewrite(String field, String before, String after) {
    }

    /** The new text of a scenario file, and the rewrites made in it (none when the case already passes). */
    public record Accepted(String text, List<Rewrite> rewrites) {
    }

    /**
     * The file's text with the case named {@code caseName} expecting what {@code rules} now give.
     *
     * @throws ThiDuaException when there is no such case, or it disagrees on something that is not a single value
     */
    public static Accepted accept(Path scenarioFile, String caseName, TestedRules rules) {
        ScenarioCase c = ScenarioFiles.read(scenarioFile).stream().filter(x -> x.name().equals(caseName)).findFirst()
                .orElseThrow(() -> new ThiDuaException("Không có trường hợp / no case named \"" + caseName + "\" in "
                        + scenarioFile.getFileName()));
        ScenarioResult result = new ScenarioRunner(rules).run(c);
        String text;
        try {
            text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.passed()) {
            return new Accepted(text, List.of());
        }
        Map<String, int[]> spans = valueSpans(text, caseName);
        List<Rewrite> rewrites = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Mismatch m : result.mismatches()) {
            int[] span = spans.get(m.what());
            if (span == null || !single(m.actual())) {
                throw new ThiDuaException("Không tự chấp nhận được / cannot accept automatically: " + m.what()
                        + " (kỳ vọng / expected " + m.expected() + ", thực tế / actual " + m.actual()
                        + "): sửa tay trong tệp kịch bản / edit it in the scenario file");
            }
            String before = text.substring(span[0], span[1]);
            String after = before.startsWith("\"") ? "\"" + m.actual() + "\"" : m.actual();
            rewrites.add(new Rewrite(m.what(), before, after));
            at.add(span);
            values.add(after);
        }
        StringBuilder out = new StringBuilder(text);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> at.get(i)[0]).reversed());
        for (int i : order) {
            out.replace(at.get(i)[0], at.get(i)[1], values.get(i));
        }
        return new Accepted(out.toString(), rewrites);
    }

    /** A value that fits one token: a number, or a code such as an award's name. */
    private static boolean single(String actual) {
        return actual.matches("-?[0-9]+(\\.[0-9]+)?|[A-Z_]+");
    }

    /**
     * Where each pinned value of the case's {@code expect} is in the text, by the runner's names for them
     * ("score", "criteria TT3.1"): character offsets of the value's token, start inclusive, end exclusive.
     */
    private static Map<String, int[]> valueSpans(String text, String caseName) {
        Map<String, int[]> spans = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return spans;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("cases") || p.currentToken() != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, int[]> found = new HashMap<>();
                    String name = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        JsonToken value = p.nextToken();
                        if (key.equals("name") && value == JsonToken.VALUE_STRING) {
                            name = p.getText();
                        } else if (key.equals("expect") && value == JsonToken.START_OBJECT) {
                            expectSpans(p, found);
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (caseName.equals(name)) {
                        return found;
                    }
                }
                return spans;
            }
        } catch (IOException e) {
            throw new ThiDuaException("Tệp kịch bản không đọc được / unreadable scenario file: " + e.getMessage());
        }
        return spans;
    }

    private static void expectSpans(JsonParser p, Map<String, int[]> found) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT && (key.equals("criteria") || key.equals("groups"))) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String code = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue()) {
                        found.put(key + " " + code, span(p));
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (value.isScalarValue()) {
                found.put(key, span(p));
            } else {
                p.skipChildren();
            }
        }
    }

    private static int[] span(JsonParser p) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        int end = (int) p.currentLocation().getCharOffset();
        return new int[]{start, end};
    }
}
