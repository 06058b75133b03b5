package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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

    static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final DossierReader DEFAULT_READER = new DossierReader();

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
                // A tree (tree(), for tools that compare JSON) by default strips zeros (100.00 became
                // 1E+2): keep the decimal exactly as written.
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

    /**
     * Reads one dossier from its JSON text, within the default {@link ReadLimits} (see
     * {@link DossierReader#readDossier} for other limits).
     *
     * @param json the dossier's JSON text
     * @return the dossier, checked against the format
     * @throws InvalidDossierException with the code and kind of the error record a batch would give
     */
    public static Dossier readDossier(String json) {
        return DEFAULT_READER.readDossier(json);
    }

    /**
     * Reads a batch with the default {@link ReadLimits} and hands every record to {@code sink} in input
     * order: a JSON array of dossiers, one dossier, or (when {@code jsonLines}) one dossier per line.
     * See {@link DossierReader}.
     *
     * @param in        the input, UTF-8; not closed
     * @param jsonLines whether the input is JSON Lines rather than one JSON document
     * @param sink      told every record, as it is read
     * @throws ThiDuaException when the stream itself fails (an I/O error)
     */
    public static void readBatch(InputStream in, boolean jsonLines, Consumer<DossierRead> sink) {
        DEFAULT_READER.read(in, jsonLines ? InputFormat.JSON_LINES : InputFormat.JSON, sink);
    }

    static InvalidDossierException invalid(String id, JsonMappingException e) {
        String field = path(e);
        String message;
        String kind;
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            kind = "UNKNOWN_FIELD";
            String name = u.getPropertyName().length() > 100 ? u.getPropertyName().substring(0, 100) + "…"
                    : u.getPropertyName();
            message = "unknown field '" + name + "' (trường không có trong định dạng)";
        } else if (e instanceof InvalidFormatException f && target != null && target.isEnum()) {
            kind = "UNKNOWN_VALUE";
            message = "unknown value '" + f.getValue() + "'; expected one of "
                    + Arrays.toString(target.getEnumConstants()) + " (giá trị không hợp lệ)";
        } else if (target == java.time.LocalDate.class) {
            kind = "INVALID_DATE";
            message = "not a real date in the form yyyy-MM-dd: " + firstLine(original) + " (ngày không hợp lệ)";
        } else if ((target == Long.class || target == Integer.class) && original.contains("Floating-point")) {
            kind = "NOT_AN_INTEGER";
            message = "must be a whole number (phải là số nguyên): " + firstLine(original);
        } else if (original.contains("out of range of")) {
            // "Numeric value (99999999999) out of range of int": Jackson says so without a target type.
            kind = "NUMBER_TOO_LARGE";
            message = "the number is too large (số quá lớn): " + firstLine(original);
        } else if (target != null) {
            kind = "WRONG_TYPE";
            message = "wrong type or value for " + simpleType(target) + ": " + firstLine(original);
        } else {
            kind = "WRONG_TYPE";
            message = firstLine(original);
        }
        return new InvalidDossierException(DossierValidator.INVALID, kind, id, field, message, null, null);
    }

    private static String firstLine(String message) {
        return message.replaceAll("\\s*\\(through reference chain.*", "")
                .replaceAll("\\s*\\(but (?:could|might) if coercion[^)]*\\)", "")
                .lines().findFirst().orElse("invalid value");
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
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...} (" + type.getSimpleName() + ")";
    }

    static InvalidDossierException malformed(String id, JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
        return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, id, null,
                "malformed JSON" + where + ": " + what + " (JSON sai cú pháp)");
    }

    /** The field path of a binding error, as {@code evidence[2].date}. */
    private static String path(JsonMappingException e) {
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

    /**
     * A value of the formats (an evaluation, an error record, a list of them, a rule set's info) as indented JSON.
     *
     * @param value the value to write
     * @return its JSON text
     * @throws ThiDuaException when the value cannot be written as JSON
     */
    public static String write(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A value as a single line of JSON (for JSON Lines).
     *
     * @param value the value to write
     * @return its JSON text, on one line
     * @throws ThiDuaException when the value cannot be written as JSON
     */
    public static String writeLine(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A writer of one JSON array of outcomes, element by element, so a large batch is never held in memory.
     *
     * @param out where the array goes; not closed
     * @return the writer, to close when the batch ends
     */
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

        /**
         * Writes the next element of the array.
         *
         * @param element an evaluation, an error record or an explanation
         * @throws ThiDuaException         when the outcome cannot be written as JSON
         * @throws UncheckedIOException when the output stream fails
         */
        public void write(Object element) {
            try {
                LineWriter.VALUES.writeValue(gen, element); // flushed at close, not after every element
            } catch (JsonProcessingException e) {
                throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the array, and a line; the output stream stays open. */
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

    /**
     * A writer of JSON Lines: each outcome streamed to {@code out} as one line, as {@link #writeLine} and a
     * newline would give it, with no text in between. Not thread-safe: one thread writes.
     *
     * @param out where the lines go; not closed
     * @return the writer, to close (or flush) when the batch ends
     */
    public static LineWriter lineWriter(OutputStream out) {
        return new LineWriter(out);
    }

    /** Writes outcomes as lines of JSON as they come. Close it to flush what is buffered. */
    public static final class LineWriter implements AutoCloseable {
        private static final ObjectWriter VALUES = MAPPER.writer()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        private final JsonGenerator gen;

        private LineWriter(OutputStream out) {
            try {
                // Characters, encoded as a String would be: a character beyond U+FFFF as its four bytes, a lone
                // surrogate as '?' (Jackson's own UTF-8 output escapes the first and may merge the second with
                // the next character).
                gen = MAPPER.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                gen.setRootValueSeparator(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes one outcome and a newline.
         *
         * @param value an evaluation, an error record or an explanation
         * @throws ThiDuaException      when the outcome cannot be written as JSON
         * @throws UncheckedIOException when the output stream fails
         */
        public void write(Object value) {
            try {
                VALUES.writeValue(gen, value);
                gen.writeRaw('\n');
            } catch (JsonProcessingException e) {
                throw new ThiDuaException("cannot write JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Hands what is buffered to the output stream, and flushes it.
         *
         * @throws UncheckedIOException when the output stream fails
         */
        public void flush() {
            try {
                gen.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Flushes; the output stream stays open. */
        @Override
        public void close() {
            try {
                gen.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parses any JSON text into a tree (used by tools that compare or format JSON: the scenario runner, the
     * benchmarks). Not for hosts, who read dossiers with {@link #readDossier} or {@link DossierReader}.
     *
     * @param json any JSON text
     * @return its tree
     * @throws InvalidDossierException when the text is not JSON, or holds a number whose exponent no
     *                                 decimal can hold (1e2036854775808)
     */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(null, e);
        } catch (NumberFormatException e) {
            // Jackson reads decimals lazily, and says so with an exception that is not its own.
            throw new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, "maxNumberLength", null, null,
                    "a number has an exponent too large to read (số mũ quá lớn): the limit maxNumberLength",
                    null, null);
        }
    }
}
