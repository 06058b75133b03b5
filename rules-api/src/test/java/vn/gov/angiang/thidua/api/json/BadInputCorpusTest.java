package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of bad files under {@code src/test/resources/bad-input}: one file per kind of bad input, each
 * read through {@link DossierReader}, and the error records compared with {@code expected.json} (code, kind,
 * field, and line and column where given). A single dossier is also read with {@link DossierReader#readDossier},
 * which must say the same.
 */
class BadInputCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every kind the issue names must have its file. */
    private static final Set<String> REQUIRED = Set.of("MALFORMED_JSON", "INVALID_UTF8", "WRONG_TYPE",
            "UNKNOWN_FIELD", "UNKNOWN_VALUE", "INVALID_DATE", "NEGATIVE_NUMBER", "NOT_AN_INTEGER",
            "TOO_MANY_DECIMALS", "MISSING_FIELD", "NUMBER_TOO_LARGE", "OUT_OF_RANGE", "NULL_ITEM",
            "DUPLICATE_FIELD", "TRUNCATED", "AFTER_END", "maxDossierBytes", "maxStringLength", "maxNestingDepth",
            "maxEvidenceItems", "maxListItems", "maxNumberLength");

    private static Path folder() {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/bad-input/expected.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expected() throws IOException {
        return JSON.readTree(folder().resolve("expected.json").toFile());
    }

    private static ReadLimits limits(JsonNode entry) {
        ReadLimits limits = ReadLimits.defaults();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("limits").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> l = it.next();
            int v = l.getValue().asInt();
            limits = switch (l.getKey()) {
                case "maxDossierBytes" -> limits.withMaxDossierBytes(v);
                case "maxStringLength" -> limits.withMaxStringLength(v);
                case "maxNestingDepth" -> limits.withMaxNestingDepth(v);
                case "maxEvidenceItems" -> limits.withMaxEvidenceItems(v);
                case "maxListItems" -> limits.withMaxListItems(v);
                default -> throw new IllegalArgumentException("no limit " + l.getKey());
            };
        }
        return limits;
    }

    private static List<DossierRead> read(Path file, ReadLimits limits) throws IOException {
        InputFormat format = file.toString().endsWith(".jsonl") ? InputFormat.JSON_LINES : InputFormat.JSON;
        List<DossierRead> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new DossierReader(limits).read(in, format, out::add);
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    @Test
    void everyFileHasItsExpectationAndEveryExpectationItsFile() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder())) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json") && !n.startsWith("."))
                    .forEach(files::add);
        }
        Set<String> described = new TreeSet<>();
        expected().fieldNames().forEachRemaining(n -> {
            if (!n.startsWith("_")) {
                described.add(n);
            }
        });
        assertEquals(files, described);
    }

    @Test
    void everyKindOfBadInputHasItsFile() throws IOException {
        Set<String> seen = new TreeSet<>();
        expected().forEach(entry -> entry.path("errors").forEach(error -> {
            seen.add(error.path("code").asText());
            if (error.hasNonNull("kind")) {
                seen.add(error.get("kind").asText());
            }
        }));
        Set<String> missing = new TreeSet<>(REQUIRED);
        missing.removeAll(seen);
        assertEquals(Set.of(), missing);
    }

    @TestFactory
    Stream<DynamicTest> eachFileYieldsItsRecordsWithTheExpectedErrors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
        }
        return tests.stream();
    }

    private static void check(String name, JsonNode entry) throws IOException {
        Path file = folder().resolve(name);
        List<DossierRead> out = read(file, limits(entry));
        int records = entry.path("records").asInt(1);
        assertEquals(records, out.size(), () -> name + ": " + out);
        JsonNode errors = entry.path("errors");
        for (int i = 0; i < out.size(); i++) {
            DossierRead r = out.get(i);
            assertEquals(i, r.index(), "indices count from 0 without a gap");
            JsonNode want = errors.get(String.valueOf(i));
            if (want == null) {
                assertInstanceOf(DossierRead.Ok.class, r, () -> name + " record " + r.index() + ": " + r);
                continue;
            }
            DossierRead.Failed failed = assertInstanceOf(DossierRead.Failed.class, r, () -> name + ": " + r);
            ErrorRecord.Error got = failed.error().error();
            assertEquals(i, failed.error().index());
            assertAll(name + " record " + i + ": " + got,
                    () -> assertEquals(text(want.get("code")), got.code(), "code"),
                    () -> assertEquals(text(want.get("kind")), got.kind(), "kind"),
                    () -> assertEquals(text(want.get("field")), got.field(), "field"),
                    () -> {
                        if (want.has("line")) {
                            assertEquals(want.get("line").asLong(), got.line(), "line");
                        }
                    },
                    () -> {
                        if (want.has("column")) {
                            assertEquals(want.get("column").asLong(), got.column(), "column");
                        }
                    },
                    () -> assertFalse(got.message() == null || got.message().isBlank(), "a message"),
                    () -> assertEquals(Set.of(), SchemaSupport.errors(SchemaSupport.EVALUATION,
                            DossierJson.writeLine(failed.error())), "valid against evaluation.schema.json"),
                    () -> assertFalse(got.message().matches("(?s).*(com\\.fasterxml|CoercionConfig|"
                            + "StreamReadConstraints|Exception).*"), "plain words, no library names"));
        }
        sameThroughReadDossier(name, file, entry, out);
    }

    /** One dossier alone is read the same way by readDossier, which throws what the batch would record. */
    private static void sameThroughReadDossier(String name, Path file, JsonNode entry, List<DossierRead> out)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        boolean oneObject = name.endsWith(".json") && out.size() == 1 && text.strip().startsWith("{")
                && java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8));
        if (!oneObject) {
            return;
        }
        DossierReader reader = new DossierReader(limits(entry));
        if (out.get(0) instanceof DossierRead.Ok ok) {
            assertEquals(ok.dossier(), reader.readDossier(text));
            return;
        }
        ErrorRecord.Error want = ((DossierRead.Failed) out.get(0)).error().error();
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> reader.readDossier(text));
        ErrorRecord.Error got = e.toRecord(0).error();
        assertAll(name + " through readDossier: " + got,
                () -> assertEquals(want.code(), got.code()),
                () -> assertEquals(want.kind(), got.kind()),
                () -> assertEquals(want.field(), got.field()),
                () -> assertEquals(want.line(), got.line()),
                () -> assertEquals(want.column(), got.column()));
    }
}
