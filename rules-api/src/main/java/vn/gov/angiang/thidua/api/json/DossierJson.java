package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads dossiers and writes outcomes in the JSON of formats.md. Reading is strict: unknown fields,
 * duplicate keys, unknown enum values, impossible dates, fractions where whole numbers belong and
 * strings where numbers belong are errors naming the dossier and the field. Thread-safe.
 */
public final class DossierJson {

    static final String MALFORMED = "MALFORMED_JSON";

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    /**
     * Reads one value out of a longer stream (an array element, one of several documents). The
     * trailing-token check belongs to whole documents: here the next token is the next record.
     */
    private static final ObjectReader ELEMENT = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DossierJson() {
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Dossiers pass through a tree, which by default strips zeros (100.00 became 1E+2): keep
                // the decimal exactly as written.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(StrictDates.module())
                .addModule(StrictEnums.module())
                .build();
        // A number or boolean where text belongs is a wrong type, not a text.
        for (CoercionInputShape shape : new CoercionInputShape[]{
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Reads one dossier from its JSON text. */
    public static Dossier readDossier(String json) {
        try {
            return bind(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(null, e);
        }
    }

    /**
     * Reads a batch and hands every record to {@code sink} in input order: a JSON array of dossiers,
     * one dossier, or (when {@code jsonLines}) one dossier per line. A record that cannot be read
     * becomes a {@link DossierRead.Failed} and reading goes on with the next one where the input
     * allows it.
     */
    public static void readBatch(InputStream in, boolean jsonLines, Consumer<DossierRead> sink) {
        try {
            if (jsonLines) {
                readLines(in, sink);
            } else {
                readDocument(in, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readLines(InputStream in, Consumer<DossierRead> sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long index = 0;
        String line = lines.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1); // a byte-order mark (Windows editors); the array reader skips it too
        }
        for (; line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                String text = line;
                sink.accept(readOne(index++, () -> MAPPER.readTree(text)));
            }
        }
    }

    private static void readDocument(InputStream in, Consumer<DossierRead> sink) throws IOException {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken first;
            try {
                first = p.nextToken();
            } catch (JsonProcessingException e) {
                sink.accept(failed(0, e));
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                readArray(p, sink);
            } else {
                readSequence(p, first, sink);
            }
        }
    }

    /** One dossier, or several written one after another. */
    private static void readSequence(JsonParser p, JsonToken first, Consumer<DossierRead> sink) throws IOException {
        long index = 0;
        for (JsonToken t = first; t != null; ) {
            DossierRead r = readOne(index++, () -> ELEMENT.readTree(p));
            sink.accept(r);
            if (isMalformed(r)) {
                return; // a syntax error: the rest of the document cannot be delimited
            }
            try {
                t = p.nextToken();
            } catch (JsonProcessingException e) {
                sink.accept(failed(index, e));
                return;
            }
        }
    }

    private static void readArray(JsonParser p, Consumer<DossierRead> sink) throws IOException {
        long index = 0;
        while (true) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (JsonProcessingException e) {
                sink.accept(failed(index, e)); // a truncated array ends here, after the records before it
                return;
            }
            if (t == null) {
                return;
            }
            if (t == JsonToken.END_ARRAY) {
                afterArray(p, index, sink);
                return;
            }
            DossierRead r = readOne(index++, () -> ELEMENT.readTree(p));
            sink.accept(r);
            if (isMalformed(r)) {
                return; // a syntax error: the array cannot be followed past it
            }
        }
    }

    /** Anything after the closing bracket means the file is not the batch it seems to be: say so. */
    private static void afterArray(JsonParser p, long index, Consumer<DossierRead> sink) throws IOException {
        try {
            if (p.nextToken() != null) {
                var at = p.currentTokenLocation();
                sink.accept(new DossierRead.Failed(index, new InvalidDossierException(MALFORMED, null, null,
                        "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                                + ": content after the end of the array (JSON sai cú pháp)").toRecord(index)));
            }
        } catch (JsonProcessingException e) {
            sink.accept(failed(index, e));
        }
    }

    private static boolean isMalformed(DossierRead r) {
        return r instanceof DossierRead.Failed f && MALFORMED.equals(f.error().error().code());
    }

    private static DossierRead.Failed failed(long index, JsonProcessingException e) {
        return new DossierRead.Failed(index, malformed(null, e).toRecord(index));
    }

    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static DossierRead readOne(long index, TreeSource source) throws IOException {
        JsonNode tree;
        try {
            tree = source.read();
        } catch (JsonProcessingException e) {
            return failed(index, e);
        }
        try {
            return new DossierRead.Ok(index, bind(tree));
        } catch (InvalidDossierException e) {
            return new DossierRead.Failed(index, e.toRecord(index));
        }
    }

    private static Dossier bind(JsonNode tree) {
        String id = tree != null && tree.path("id").isTextual() ? tree.get("id").asText() : null;
        if (tree == null || !tree.isObject()) {
            throw new InvalidDossierException(DossierValidator.INVALID, id, null,
                    "a dossier must be a JSON object (hồ sơ phải là một đối tượng JSON)");
        }
        Dossier d;
        try {
            d = MAPPER.treeToValue(tree, Dossier.class);
        } catch (JsonMappingException e) {
            throw invalid(id, e);
        } catch (JsonProcessingException e) {
            throw malformed(id, e);
        }
        DossierValidator.check(d);
        return d;
    }

    private static InvalidDossierException invalid(String id, JsonMappingException e) {
        String field = path(e);
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "' (trường không có trong định dạng)";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "unknown value '" + f.getValue() + "'; expected one of "
                    + Arrays.toString(f.getTargetType().getEnumConstants()) + " (giá trị không hợp lệ)";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "wrong type or value for " + simpleType(m.getTargetType()) + ": " + e.getOriginalMessage()
                    .replaceAll("\\s*\\(through reference chain.*", "").lines().findFirst().orElse("");
        } else {
            message = e.getOriginalMessage().lines().findFirst().orElse("invalid value");
        }
        return new InvalidDossierException(DossierValidator.INVALID, id, field, message);
    }

    private static String simpleType(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Long.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        return type.getSimpleName();
    }

    private static InvalidDossierException malformed(String id, JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
        return new InvalidDossierException(MALFORMED, id, null,
                "malformed JSON" + where + ": " + what + " (JSON sai cú pháp)");
    }

    /** The field path of a binding error, as {@code evidence[2].date}. */
    static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? null : s.toString();
    }

    /** One outcome (evaluation or error record) as indented JSON. */
    public static String write(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One outcome as a single line of JSON (for JSON Lines). */
    public static String writeLine(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A writer of one JSON array of outcomes, element by element, so a large batch is never held in memory. */
    public static ArrayWriter arrayWriter(OutputStream out) {
        return new ArrayWriter(out);
    }

    /** Writes the elements of one JSON array as they come. Close it to end the array. */
    public static final class ArrayWriter implements AutoCloseable {
        private final JsonGenerator gen;

        private ArrayWriter(OutputStream out) {
            try {
                gen = MAPPER.createGenerator(out).useDefaultPrettyPrinter();
                gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                gen.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(Outcome outcome) {
            try {
                MAPPER.writeValue(gen, outcome);
                gen.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                gen.writeEndArray();
                gen.writeRaw('\n');
                gen.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Parses any JSON text into a tree (used by tools that compare or format JSON). */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonParseException e) {
            throw malformed(null, e);
        } catch (JsonProcessingException e) {
            throw malformed(null, e);
        }
    }
}
