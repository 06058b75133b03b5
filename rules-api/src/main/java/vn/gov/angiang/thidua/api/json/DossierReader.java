package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading path for batches of dossiers, from files or streams, within {@link ReadLimits}.
 * Every record of the input yields exactly one {@link DossierRead}, in order: a dossier, or the error
 * record that stands for it. A broken JSON Lines line costs only itself; a JSON array that breaks
 * partway yields the records before the break and one error record for the rest. Nothing from
 * Jackson escapes; an input that cannot be read at all throws {@link ThiDuaException}. Thread-safe.
 */
public final class DossierReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");

    private final ReadLimits limits;
    private final JsonFactory factory;

    public DossierReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(100)
                        .maxNameLength(Math.min(limits.maxStringLength(), 1_000))
                        .build())
                .build();
    }

    /** A reader with the default limits. */
    public DossierReader() {
        this(ReadLimits.defaults());
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads every record of {@code in} and hands each to {@code sink}, in order. Does not close {@code in}. */
    public void read(InputStream in, InputFormat format, Consumer<DossierRead> sink) {
        try {
            if (format == InputFormat.JSON_LINES) {
                readLines(new BufferedInputStream(in, 1 << 16), sink);
            } else {
                readDocument(in, sink);
            }
        } catch (IOException e) {
            throw new ThiDuaException("cannot read the input (không đọc được dữ liệu): " + e.getMessage(), e);
        }
    }

    // ---- JSON Lines ------------------------------------------------------------------------------

    private void readLines(BufferedInputStream in, Consumer<DossierRead> sink) throws IOException {
        skipByteOrderMark(in);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long index = 0;
        long lineNr = 0;
        while (true) {
            line.reset();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() < limits.maxDossierBytes()) {
                    line.write(b);
                } else {
                    tooLong = true; // keep reading to the end of the line, keep nothing
                }
            }
            if (b == -1 && line.size() == 0 && !tooLong) {
                return;
            }
            lineNr++;
            byte[] bytes = line.toByteArray();
            if (tooLong) {
                sink.accept(failed(index++, new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes",
                        idIn(new String(bytes, StandardCharsets.UTF_8)), null, "line " + lineNr + " is longer than "
                        + limits.maxDossierBytes() + " bytes, the limit maxDossierBytes (hồ sơ quá lớn)", lineNr, null)));
            } else if (!isBlank(bytes)) {
                sink.accept(readLine(index++, lineNr, bytes));
            }
            if (b == -1) {
                return;
            }
        }
    }

    private DossierRead readLine(long index, long lineNr, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(index, new InvalidDossierException(ErrorRecord.INVALID_UTF8, null,
                    idIn(new String(bytes, StandardCharsets.UTF_8)), null, "line " + lineNr
                    + " is not valid UTF-8 (dòng không phải UTF-8): save the file as UTF-8", lineNr, null));
        }
        try (JsonParser p = factory.createParser(text)) {
            Element e = new Element(p, 0);
            JsonToken first = p.nextToken();
            JsonNode tree = e.value(first, null, 0);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "more than one JSON value on the line");
            }
            return bind(index, tree);
        } catch (IOException | LimitExceeded | DuplicateField ex) {
            InvalidDossierException error = error(ex, idIn(text));
            return failed(index, relocate(error, lineNr));
        }
    }

    /** On a JSON Lines line, the parser's line 1 is the file's line {@code lineNr}. */
    private static InvalidDossierException relocate(InvalidDossierException e, long lineNr) {
        ErrorRecord.Error r = e.toRecord(0).error();
        if (r.line() == null) {
            return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(), r.message(), lineNr, null);
        }
        return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(),
                r.message().replace("line " + r.line() + ",", "line " + lineNr + ","), lineNr, r.column());
    }

    // ---- JSON: an array, one dossier, or several one after another ----------------------------------

    private void readDocument(InputStream in, Consumer<DossierRead> sink) throws IOException {
        long index = 0;
        try (JsonParser p = factory.createParser(in)) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (IOException e) {
                sink.accept(failed(0, error(e, null)));
                return;
            }
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = next(p, sink, index);
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                long start = p.currentTokenLocation().getByteOffset();
                Element e = new Element(p, start);
                try {
                    sink.accept(bind(index, e.value(t, null, 0)));
                } catch (LimitExceeded | DuplicateField ex) {
                    // Only this dossier is spoiled: skip the rest of it and go on with the next.
                    sink.accept(failed(index, error(ex, e.id)));
                    if (!e.skipRest()) {
                        return;
                    }
                } catch (IOException ex) {
                    sink.accept(failed(index, restOfInput(error(ex, e.id))));
                    return;
                }
                index++;
                t = next(p, sink, index);
                if (t == null && array) {
                    return; // next() has reported the truncation
                }
            }
            if (array && t == JsonToken.END_ARRAY) {
                afterArray(p, sink, index);
            }
        }
    }

    /** The next token; a syntax error there is reported as the rest of the input, and ends reading. */
    private JsonToken next(JsonParser p, Consumer<DossierRead> sink, long index) {
        try {
            JsonToken t = p.nextToken();
            if (t == null && p.getParsingContext().inArray()) {
                JsonLocation at = p.currentLocation();
                sink.accept(failed(index, new InvalidDossierException(ErrorRecord.MALFORMED_JSON, "TRUNCATED", null,
                        null, "the JSON array ends without its closing ']' at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + " (mảng JSON bị cắt cụt)", at.getLineNr() < 0 ? null : (long) at.getLineNr(),
                        at.getColumnNr() < 0 ? null : (long) at.getColumnNr())));
            }
            return t;
        } catch (IOException e) {
            sink.accept(failed(index, restOfInput(error(e, null))));
            return null;
        }
    }

    private void afterArray(JsonParser p, Consumer<DossierRead> sink, long index) {
        try {
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                sink.accept(failed(index, new InvalidDossierException(ErrorRecord.MALFORMED_JSON, "AFTER_END", null,
                        null, "content after the end of the array at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + " (JSON sai cú pháp)", (long) at.getLineNr(), (long) at.getColumnNr())));
            }
        } catch (IOException e) {
            sink.accept(failed(index, error(e, null)));
        }
    }

    private static InvalidDossierException restOfInput(InvalidDossierException e) {
        ErrorRecord.Error r = e.toRecord(0).error();
        return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(), r.message()
                + "; nothing after this point can be read (phần còn lại không đọc được)", r.line(), r.column());
    }

    // ---- one dossier's tree, within the limits --------------------------------------------------------

    /** Builds one dossier's tree token by token, counting its bytes and list items as it goes. */
    private final class Element {
        private final JsonParser p;
        private final long start;
        private final int depth;
        String id;

        Element(JsonParser p, long start) {
            this.p = p;
            this.start = start;
            this.depth = p.getParsingContext().getNestingDepth();
        }

        JsonNode value(JsonToken t, String field, int level) throws IOException {
            if (t == null) {
                throw new JsonParseException(p, "no JSON value");
            }
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = NODES.objectNode();
                    String name;
                    while ((name = nextName()) != null) {
                        JsonNode v = value(p.nextToken(), name, level + 1);
                        o.set(name, v);
                        if (level == 0 && "id".equals(name) && v.isTextual()) {
                            id = v.asText();
                        }
                        checkSize();
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = NODES.arrayNode();
                    boolean evidence = "evidence".equals(field);
                    int max = evidence ? limits.maxEvidenceItems() : limits.maxListItems();
                    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                        if (a.size() >= max) {
                            throw new LimitExceeded(evidence ? "maxEvidenceItems" : "maxListItems", field,
                                    "more than " + max + " items in " + field + " (quá nhiều mục)");
                        }
                        a.add(value(item, null, level + 1));
                        checkSize();
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(p.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new JsonParseException(p, "unexpected " + t);
            }
        }

        private String nextName() throws IOException {
            try {
                return p.nextFieldName();
            } catch (JsonParseException e) {
                if (e.getOriginalMessage().startsWith("Duplicate field")) {
                    throw new DuplicateField(e.getOriginalMessage().replaceAll("Duplicate field '([^']*)'.*", "$1"));
                }
                throw e;
            }
        }

        private void checkSize() {
            if (start >= 0 && p.currentLocation().getByteOffset() - start > limits.maxDossierBytes()) {
                throw new LimitExceeded("maxDossierBytes", null,
                        "the dossier is larger than " + limits.maxDossierBytes() + " bytes (hồ sơ quá lớn)");
            }
        }

        /** Reads past the rest of this dossier without keeping it; false if the input breaks meanwhile. */
        boolean skipRest() {
            try {
                while (p.getParsingContext().getNestingDepth() > depth) {
                    if (p.nextToken() == null) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** A limit met inside one dossier: the dossier is refused, the input can go on. */
    private static final class LimitExceeded extends RuntimeException {
        final String limit;
        final String field;

        LimitExceeded(String limit, String field, String message) {
            super(message, null, false, false);
            this.limit = limit;
            this.field = field;
        }
    }

    /** The same key twice in one object: a typo that could hide evidence; the dossier is refused. */
    private static final class DuplicateField extends RuntimeException {
        final String name;

        DuplicateField(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    // ---- errors ------------------------------------------------------------------------------------

    private static InvalidDossierException error(Exception e, String id) {
        if (e instanceof LimitExceeded l) {
            return new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, l.limit, id, l.field,
                    l.getMessage() + ": the limit " + l.limit + " (vượt giới hạn)", null, null);
        }
        if (e instanceof DuplicateField d) {
            return new InvalidDossierException(ErrorRecord.INVALID_DOSSIER, "DUPLICATE_FIELD", id, d.name,
                    "the field '" + d.name + "' is written twice in one object (một trường ghi hai lần)", null, null);
        }
        JsonProcessingException j = (JsonProcessingException) (e instanceof JsonProcessingException ? e : null);
        JsonLocation at = j == null ? null : j.getLocation();
        Long line = at == null || at.getLineNr() < 0 ? null : (long) at.getLineNr();
        Long column = at == null || at.getColumnNr() < 0 ? null : (long) at.getColumnNr();
        String where = line == null ? "" : " at line " + line + ", column " + column;
        String what = (j == null ? e.getMessage() : j.getOriginalMessage());
        what = what == null ? e.getClass().getSimpleName() : what.lines().findFirst().orElse("").strip();
        if (e instanceof StreamConstraintsException) {
            String limit = what.contains("String value length") ? "maxStringLength"
                    : what.contains("nesting depth") ? "maxNestingDepth"
                    : what.contains("Number value length") ? "maxNumberLength"
                    : what.contains("Name length") ? "maxStringLength" : "maxDossierBytes";
            return new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, limit, id, null,
                    "the input goes beyond the limit " + limit + where + ": " + shorten(what) + " (vượt giới hạn)",
                    line, column);
        }
        if (e instanceof CharConversionException || what.contains("Invalid UTF-8")) {
            return new InvalidDossierException(ErrorRecord.INVALID_UTF8, null, id, null,
                    "not valid UTF-8" + where + ": save the file as UTF-8 (tệp không phải UTF-8)", line, column);
        }
        return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, null, id, null,
                "malformed JSON" + where + ": " + shorten(what) + " (JSON sai cú pháp)", line, column);
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static DossierRead bind(long index, JsonNode tree) {
        try {
            return new DossierRead.Ok(index, DossierJson.bind(tree));
        } catch (InvalidDossierException e) {
            return failed(index, e);
        }
    }

    private static DossierRead.Failed failed(long index, InvalidDossierException e) {
        return new DossierRead.Failed(index, e.toRecord(index));
    }

    /** The id of a dossier whose text cannot be parsed, when it can still be seen. */
    private static String idIn(String text) {
        Matcher m = ID.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
