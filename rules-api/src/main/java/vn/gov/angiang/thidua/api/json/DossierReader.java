package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading path for batches of dossiers, from files or streams, within {@link ReadLimits}.
 * Every record of the input yields exactly one {@link DossierRead}, in order: a dossier, or the error
 * record that stands for it. A broken JSON Lines line costs only itself; a JSON array that breaks
 * partway yields the records before the break and one error record for the rest; a dossier in an
 * array that only breaks a limit, or has a duplicate key, costs only itself. The input must be UTF-8
 * (a byte order mark is skipped); overlong forms and encoded surrogates are invalid UTF-8 in both
 * layouts. Nothing from Jackson escapes: a problem of the input is an error record, and only an input
 * that cannot be read at all (an I/O error of the stream) throws {@link ThiDuaException}. Thread-safe.
 * <pre>
 * DossierReader reader = new DossierReader(ReadLimits.defaults().withMaxEvidenceItems(500));
 * reader.read(in, InputFormat.JSON_LINES, read -> ...);   // one DossierRead per line, in order
 * Dossier d = reader.readDossier(json);                    // one dossier, or InvalidDossierException
 * </pre>
 */
public final class DossierReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
    /** The digits of one number: a dossier's numbers are counts, points and dates' parts. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** The nesting Jackson itself allows: deeper than this, a JSON array cannot be read past the dossier. */
    private static final int PARSER_MAX_NESTING = 1_000;

    private final ReadLimits limits;
    private final JsonFactory factory;

    public DossierReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // The limits are checked value by value as each dossier's tree is built, so that a dossier that
        // breaks one costs only itself; Jackson's own constraints, looser, are the backstop that keeps
        // memory bounded (a text is never buffered beyond the size of a dossier).
        int longestText = Math.max(limits.maxStringLength(), limits.maxDossierBytes());
        // Duplicate keys are found while the tree is built, not by the parser: the parser's check would
        // also fire while the rest of a refused dossier is skipped, and end the reading there.
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller's stream stays the caller's
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(longestText)
                        .maxNameLength(longestText)
                        .maxNestingDepth(Math.max(PARSER_MAX_NESTING, limits.maxNestingDepth() + 1))
                        .maxNumberLength(10 * MAX_NUMBER_LENGTH)
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

    /**
     * Reads every record of {@code in} and hands each to {@code sink}, in order. Does not close {@code in}.
     *
     * @throws ThiDuaException when the stream itself fails (an I/O error); whatever the stream holds is
     *                         answered with records instead
     */
    public void read(InputStream in, InputFormat format, Consumer<DossierRead> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        try {
            if (format == InputFormat.JSON_LINES) {
                readLines(new BufferedInputStream(in, 1 << 16), sink);
            } else {
                BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
                skipByteOrderMark(buffered);
                readDocument(new Utf8Check(buffered), sink);
            }
        } catch (IOException e) {
            throw new ThiDuaException("cannot read the input (không đọc được dữ liệu): " + e.getMessage(), e);
        }
    }

    /**
     * Reads exactly one dossier from its JSON text, within the same limits as a batch.
     *
     * @throws InvalidDossierException naming the dossier (when its id could be read), the field, and the
     *                                 error's code and kind, as the error record of a batch would
     */
    public Dossier readDossier(String json) {
        Objects.requireNonNull(json, "json");
        // A text has at least as many bytes as characters: refuse a huge one before copying it.
        byte[] bytes = json.length() > limits.maxDossierBytes() ? null : json.getBytes(StandardCharsets.UTF_8);
        if (bytes == null || bytes.length > limits.maxDossierBytes()) {
            throw new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes", idIn(json), null,
                    "the dossier is larger than " + limits.maxDossierBytes() + " bytes, the limit maxDossierBytes"
                            + " (hồ sơ quá lớn)", null, null);
        }
        try (JsonParser p = factory.createParser(bytes)) {
            Element e = new Element(p, 0, 0);
            try {
                JsonToken first = p.nextToken();
                JsonNode tree = first == null ? null : e.value(first, null, 0);
                if (first != null && p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value: a dossier is one object");
                }
                return DossierJson.bind(tree);
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                throw error(ex, e.id == null ? idIn(json) : e.id, p, at -> charColumn(bytes, 0, at));
            }
        } catch (IOException ex) {
            throw error(ex, idIn(json), null, null);
        }
    }

    // ---- JSON Lines ------------------------------------------------------------------------------

    private void readLines(BufferedInputStream in, Consumer<DossierRead> sink) throws IOException {
        skipByteOrderMark(in);
        byte[] chunk = new byte[1 << 16];
        Line line = new Line(limits.maxDossierBytes());
        long[] index = {0};
        long lineNr = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.append(chunk, from, i - from);
                    endOfLine(line, ++lineNr, index, sink);
                    from = i + 1;
                }
            }
            line.append(chunk, from, n - from);
        }
        if (line.size() > 0 || line.tooLong) {
            endOfLine(line, ++lineNr, index, sink);
        }
    }

    /** One line read: its record, unless it is blank (a blank line is no record). */
    private void endOfLine(Line line, long lineNr, long[] index, Consumer<DossierRead> sink) {
        if (line.tooLong) {
            sink.accept(failed(index[0]++, new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes",
                    idIn(new String(line.buf(), 0, line.size(), StandardCharsets.UTF_8)), null, "line " + lineNr
                    + " is longer than " + limits.maxDossierBytes() + " bytes, the limit maxDossierBytes (hồ sơ quá lớn)",
                    lineNr, null)));
        } else if (!isBlank(line.buf(), line.size())) {
            sink.accept(readLine(index[0]++, lineNr, line.buf(), line.size()));
        }
        line.reset();
    }

    /** The bytes of one line, up to the limit; beyond it only the fact that the line was too long is kept. */
    private static final class Line extends ByteArrayOutputStream {
        private final int max;
        boolean tooLong;

        Line(int max) {
            super(Math.min(max, 8192));
            this.max = max;
        }

        void append(byte[] b, int off, int len) {
            int room = max - count;
            if (len > room) {
                tooLong = true;
                len = Math.max(room, 0);
            }
            write(b, off, len);
        }

        byte[] buf() {
            return buf;
        }

        @Override
        public void reset() {
            super.reset();
            tooLong = false;
        }
    }

    private DossierRead readLine(long index, long lineNr, byte[] bytes, int length) {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, chars, true);
        if (result.isError()) {
            long column = chars.position() + 1L;
            return failed(index, new InvalidDossierException(ErrorRecord.INVALID_UTF8, null,
                    idIn(new String(bytes, 0, length, StandardCharsets.UTF_8)), null, "not valid UTF-8 at line "
                    + lineNr + ", column " + column + String.format(": the byte 0x%02X", bytes[in.position()] & 0xFF)
                    + " is not valid UTF-8; save the file as UTF-8 (dòng không phải UTF-8)", lineNr, column));
        }
        String text = chars.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark: files joined end to end, each with its own
        }
        try (JsonParser p = factory.createParser(text)) {
            Element e = new Element(p, 0, 0);
            try {
                JsonNode tree = e.value(p.nextToken(), null, 0);
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value on the line");
                }
                return new DossierRead.Ok(index, DossierJson.bind(tree));
            } catch (InvalidDossierException ex) {
                return failed(index, relocate(ex, lineNr));
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                return failed(index, relocate(error(ex, e.id == null ? idIn(text) : e.id, p, null), lineNr));
            }
        } catch (IOException ex) {
            return failed(index, relocate(error(ex, idIn(text), null, null), lineNr));
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

    private void readDocument(Utf8Check in, Consumer<DossierRead> sink) throws IOException {
        JsonParser parser;
        try {
            parser = factory.createParser(in); // reads the first bytes, to tell the encoding
        } catch (IOException e) {
            sink.accept(failed(0, error(inputError(e), null, null, in)));
            return;
        }
        long index = 0;
        try (JsonParser p = parser) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (IOException e) {
                sink.accept(failed(0, error(inputError(e), null, p, in)));
                return;
            }
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = next(p, sink, index, in);
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                JsonLocation startAt = p.currentTokenLocation();
                // The dossier's first token is read already: for an object or array, the parser is inside it.
                Element e = new Element(p, startAt.getByteOffset(),
                        p.getParsingContext().getNestingDepth() - (t.isStructStart() ? 1 : 0));
                try {
                    JsonNode tree = e.value(t, null, 0);
                    DossierRead read;
                    try {
                        read = new DossierRead.Ok(index, DossierJson.bind(tree));
                    } catch (InvalidDossierException invalid) {
                        // The binding knows the field, not the place: give the line where the dossier starts.
                        read = failed(index, array && startAt.getLineNr() > 0 && invalid.toRecord(0).error().line() == null
                                ? relocate(invalid, startAt.getLineNr()) : invalid);
                    }
                    sink.accept(read);
                } catch (LimitExceeded | DuplicateField ex) {
                    // Only this dossier is spoiled: skip the rest of it and go on with the next, unless the
                    // input breaks meanwhile; then this record stands for the rest of the input too.
                    InvalidDossierException error = error(ex, e.id, p, in);
                    boolean skipped = e.skipRest();
                    sink.accept(failed(index, skipped ? error : restOfInput(error)));
                    if (!skipped) {
                        return;
                    }
                } catch (IOException ex) {
                    sink.accept(failed(index, restOfInput(error(inputError(ex), e.id, p, in))));
                    return;
                }
                index++;
                t = next(p, sink, index, in);
                if (t == null && array) {
                    return; // next() has reported the truncation
                }
            }
            if (array && t == JsonToken.END_ARRAY) {
                afterArray(p, sink, index, in);
            }
        }
    }

    /** The next token; a syntax error there is reported as the rest of the input, and ends reading. */
    private JsonToken next(JsonParser p, Consumer<DossierRead> sink, long index, Columns columns) throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null && p.getParsingContext().inArray()) {
                JsonLocation at = p.currentLocation();
                Long line = line(at);
                Long column = column(at, columns);
                sink.accept(failed(index, new InvalidDossierException(ErrorRecord.MALFORMED_JSON, "TRUNCATED", null,
                        null, "the JSON array ends without its closing ']' at line " + line + ", column " + column
                        + " (mảng JSON bị cắt cụt)", line, column)));
            }
            return t;
        } catch (IOException e) {
            sink.accept(failed(index, restOfInput(error(inputError(e), null, p, columns))));
            return null;
        }
    }

    private void afterArray(JsonParser p, Consumer<DossierRead> sink, long index, Columns columns) throws IOException {
        try {
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                Long line = line(at);
                Long column = column(at, columns);
                sink.accept(failed(index, new InvalidDossierException(ErrorRecord.MALFORMED_JSON, "AFTER_END", null,
                        null, "content after the end of the array at line " + line + ", column " + column
                        + " (JSON sai cú pháp)", line, column)));
            }
        } catch (IOException e) {
            sink.accept(failed(index, error(inputError(e), null, p, columns)));
        }
    }

    /**
     * Columns in characters. Jackson counts a byte parser's columns in bytes, and Vietnamese letters take
     * two or three: the column is recounted in characters from the bytes of the line, where they are known.
     */
    interface Columns {
        /** The column of {@code at} in characters, or -1 when it cannot be told. */
        long of(JsonLocation at);
    }

    private static Long line(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? null : (long) at.getLineNr();
    }

    private static Long column(JsonLocation at, Columns columns) {
        if (at == null || at.getColumnNr() < 0) {
            return null;
        }
        long chars = columns == null || at.getByteOffset() < 0 ? -1 : columns.of(at);
        return chars > 0 ? chars : (long) at.getColumnNr();
    }

    /** The character column of {@code at}, from {@code bytes}, which begin at offset {@code base} of the input. */
    private static long charColumn(byte[] bytes, long base, JsonLocation at) {
        long end = at.getByteOffset() - base;
        long start = end - (at.getColumnNr() - 1);
        if (start < 0 || end > bytes.length || start > end) {
            return -1;
        }
        long chars = 1;
        for (long i = start; i < end; i++) {
            if ((bytes[(int) i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars;
    }

    /**
     * An exception of the parser that says what the input holds (broken JSON, a limit, invalid UTF-8);
     * any other I/O error is the stream's failure, and is thrown on.
     */
    private static IOException inputError(IOException e) throws IOException {
        if (e instanceof JsonProcessingException || e instanceof CharConversionException) {
            return e;
        }
        throw e;
    }

    private static InvalidDossierException restOfInput(InvalidDossierException e) {
        ErrorRecord.Error r = e.toRecord(0).error();
        return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(), r.message()
                + "; nothing after this point can be read (phần còn lại không đọc được)", r.line(), r.column());
    }

    // ---- one dossier's tree, within the limits --------------------------------------------------------

    /**
     * Builds one dossier's tree token by token, checking every limit as it goes: the depth, the length
     * of each text and number, the items of each list, and the bytes read so far.
     */
    private final class Element {
        private final JsonParser p;
        private final long start;
        private final int depth;
        String id;

        /** @param depth the parser's nesting depth around the dossier (0 alone, 1 in an array) */
        Element(JsonParser p, long start, int depth) {
            this.p = p;
            this.start = start;
            this.depth = depth;
        }

        /** The value that starts with {@code t}, {@code level} containers deep in the dossier (0: the dossier). */
        JsonNode value(JsonToken t, String field, int level) throws IOException {
            if (t == null) {
                throw new JsonParseException(p, "no JSON value");
            }
            switch (t) {
                case START_OBJECT -> {
                    checkDepth(level);
                    ObjectNode o = NODES.objectNode();
                    String name;
                    while ((name = nextName()) != null) {
                        if (o.has(name)) {
                            throw new DuplicateField(name, path(p.getParsingContext()));
                        }
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
                    checkDepth(level);
                    ArrayNode a = NODES.arrayNode();
                    boolean evidence = level == 1 && "evidence".equals(field);
                    int max = evidence ? limits.maxEvidenceItems() : limits.maxListItems();
                    JsonStreamContext array = p.getParsingContext();
                    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                        if (a.size() >= max) {
                            String list = path(array.getParent());
                            throw new LimitExceeded(evidence ? "maxEvidenceItems" : "maxListItems", list,
                                    "more than " + max + " items in " + (list == null ? "a list" : list)
                                    + " (quá nhiều mục)");
                        }
                        a.add(value(item, null, level + 1));
                        checkSize();
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    String text = p.getText();
                    if (text.length() > limits.maxStringLength()) {
                        String at = path(p.getParsingContext());
                        throw new LimitExceeded("maxStringLength", at, "a text of " + text.length()
                                + " characters" + (at == null ? "" : " in " + at) + ", more than "
                                + limits.maxStringLength() + " (văn bản quá dài)");
                    }
                    return NODES.textNode(text);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    String at = path(p.getParsingContext());
                    if (p.getTextLength() > MAX_NUMBER_LENGTH) {
                        throw new LimitExceeded("maxNumberLength", at, "a number of " + p.getTextLength()
                                + " characters" + (at == null ? "" : " in " + at) + ", more than "
                                + MAX_NUMBER_LENGTH + " (số quá dài)");
                    }
                    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                        // 0e-999999999 is short, but written out in full it is a gigabyte of zeros.
                        java.math.BigDecimal d = p.getDecimalValue();
                        if (Math.abs((long) d.scale()) > MAX_NUMBER_LENGTH) {
                            throw new LimitExceeded("maxNumberLength", at, "the number " + p.getText()
                                    + (at == null ? "" : " in " + at) + " has an exponent beyond ±"
                                    + MAX_NUMBER_LENGTH + " (số mũ quá lớn)");
                        }
                        return NODES.numberNode(d);
                    }
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
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

        /** An object or array at {@code level} is {@code level + 1} deep, the dossier itself being 1. */
        private void checkDepth(int level) {
            if (level + 1 > limits.maxNestingDepth()) {
                throw new LimitExceeded("maxNestingDepth", path(p.getParsingContext().getParent()),
                        "objects and arrays nested more than "
                        + limits.maxNestingDepth() + " deep (lồng nhau quá sâu)");
            }
        }

        private String nextName() throws IOException {
            String name = p.nextFieldName();
            if (name != null && name.length() > limits.maxStringLength()) {
                throw new LimitExceeded("maxStringLength", path(p.getParsingContext().getParent()),
                        "a field name of " + name.length()
                        + " characters, more than " + limits.maxStringLength() + " (tên trường quá dài)");
            }
            return name;
        }

        /**
         * The field path, within the dossier, of the value the context {@code c} is at (as
         * {@code evidence[2].date}); null for the dossier itself.
         */
        private String path(JsonStreamContext c) {
            java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
            for (; c != null && c.getNestingDepth() > depth; c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    steps.push("." + c.getCurrentName());
                } else if (c.inArray()) {
                    steps.push("[" + c.getCurrentIndex() + "]");
                }
            }
            String path = String.join("", steps);
            return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
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
        final String path;

        DuplicateField(String name, String path) {
            super(name, null, false, false);
            this.name = name;
            this.path = path;
        }
    }

    // ---- UTF-8 ---------------------------------------------------------------------------------------

    /**
     * Passes bytes through only once they are known to be well-formed UTF-8 (RFC 3629: no overlong
     * forms, no encoded surrogates, nothing above U+10FFFF), which Jackson does not check everywhere. At
     * the first bad byte it hands over what came before it, and fails on the next read, so that the
     * dossiers before the bad byte are still read.
     */
    static final class Utf8Check extends java.io.FilterInputStream implements Columns {
        private final byte[] window = new byte[1 << 16]; // the latest bytes passed on, to count columns
        private long passed;      // bytes passed on so far
        private int needed;       // continuation bytes still expected
        private int lower = 0x80; // bounds of the next continuation byte
        private int upper = 0xBF;
        private long line = 1;
        private long column = 1;
        private InvalidUtf8 pending;

        Utf8Check(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pending != null) {
                throw pending;
            }
            int n = super.read(b, off, len);
            if (n <= 0) {
                if (n < 0 && needed > 0) {
                    throw new InvalidUtf8(line, column, "the input ends inside a UTF-8 character");
                }
                return n;
            }
            int sequenceStart = off;
            for (int i = off; i < off + n; i++) {
                int x = b[i] & 0xFF;
                if (needed == 0) {
                    sequenceStart = i;
                    if (x < 0x80) {
                        if (x == '\n') {
                            line++;
                            column = 0;
                        }
                    } else if (x >= 0xC2 && x <= 0xDF) {
                        expect(1, 0x80, 0xBF);
                    } else if (x == 0xE0) {
                        expect(2, 0xA0, 0xBF);
                    } else if (x >= 0xE1 && x <= 0xEC || x == 0xEE || x == 0xEF) {
                        expect(2, 0x80, 0xBF);
                    } else if (x == 0xED) {
                        expect(2, 0x80, 0x9F);
                    } else if (x == 0xF0) {
                        expect(3, 0x90, 0xBF);
                    } else if (x >= 0xF1 && x <= 0xF3) {
                        expect(3, 0x80, 0xBF);
                    } else if (x == 0xF4) {
                        expect(3, 0x80, 0x8F);
                    } else {
                        return fail(b, off, sequenceStart - off, String.format("the byte 0x%02X", x));
                    }
                    if (needed == 0 || x < 0x80) {
                        column++;
                    }
                } else {
                    if (x < lower || x > upper) {
                        return fail(b, off, sequenceStart - off, String.format("the byte 0x%02X", x));
                    }
                    lower = 0x80;
                    upper = 0xBF;
                    if (--needed == 0) {
                        column++;
                    }
                }
            }
            keep(b, off, n);
            return n;
        }

        private void keep(byte[] b, int off, int n) {
            int skip = Math.max(0, n - window.length); // only the latest bytes are kept
            long at = passed + skip;
            for (int i = off + skip, end = off + n; i < end; ) {
                int pos = (int) (at % window.length);
                int chunk = Math.min(end - i, window.length - pos);
                System.arraycopy(b, i, window, pos, chunk);
                i += chunk;
                at += chunk;
            }
            passed += n;
        }

        @Override
        public long of(JsonLocation at) {
            long end = at.getByteOffset();
            long start = end - (at.getColumnNr() - 1);
            if (start < Math.max(0, passed - window.length) || end > passed || start > end) {
                return -1;
            }
            long chars = 1;
            for (long i = start; i < end; i++) {
                if ((window[(int) (i % window.length)] & 0xC0) != 0x80) {
                    chars++;
                }
            }
            return chars;
        }

        private void expect(int bytes, int low, int high) {
            needed = bytes;
            lower = low;
            upper = high;
        }

        /** Hands over the {@code good} bytes before the bad sequence; the next read fails. */
        private int fail(byte[] b, int off, int good, String what) throws InvalidUtf8 {
            pending = new InvalidUtf8(line, column, what + " is not valid UTF-8");
            if (good <= 0) {
                throw pending;
            }
            keep(b, off, good);
            return good;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Invalid UTF-8, with the line and column (in characters) where it was met. */
    static final class InvalidUtf8 extends CharConversionException {
        final long line;
        final long column;

        InvalidUtf8(long line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    // ---- errors ------------------------------------------------------------------------------------

    /**
     * The error that an exception met while reading stands for. {@code p}, when given, locates errors
     * that Jackson reports without a location.
     */
    private static InvalidDossierException error(Exception e, String id, JsonParser p, Columns columns) {
        if (e instanceof LimitExceeded l) {
            JsonLocation at = p == null ? null : p.currentLocation();
            Long line = line(at);
            Long column = column(at, columns);
            String where = line == null ? "" : " at line " + line + ", column " + column;
            return new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, l.limit, id, l.field,
                    l.getMessage() + where + ": the limit " + l.limit + " (vượt giới hạn)", line, column);
        }
        if (e instanceof DuplicateField d) {
            return new InvalidDossierException(ErrorRecord.INVALID_DOSSIER, "DUPLICATE_FIELD", id, d.path,
                    "the field '" + shorten(d.name) + "' is written twice in one object (một trường ghi hai lần)",
                    null, null);
        }
        if (e instanceof InvalidUtf8 u) {
            return new InvalidDossierException(ErrorRecord.INVALID_UTF8, null, id, null, "not valid UTF-8 at line "
                    + u.line + ", column " + u.column + ": " + u.getMessage() + "; save the file as UTF-8"
                    + " (tệp không phải UTF-8)", u.line, u.column);
        }
        JsonProcessingException j = (JsonProcessingException) (e instanceof JsonProcessingException ? e : null);
        JsonLocation at = j == null ? null : j.getLocation();
        if ((at == null || at.getLineNr() < 0) && p != null) {
            at = p.currentLocation();
        }
        Long line = line(at);
        Long column = column(at, columns);
        String where = line == null ? "" : " at line " + line + ", column " + column;
        String what = (j == null ? e.getMessage() : j.getOriginalMessage());
        what = what == null ? e.getClass().getSimpleName() : what.lines().findFirst().orElse("").strip();
        if (e instanceof StreamConstraintsException) {
            // Only what no dossier can hold gets this far: a text or name longer than a whole dossier, or
            // nesting deeper than the parser follows.
            String limit = what.contains("nesting depth") ? "maxNestingDepth"
                    : what.contains("Number value length") ? "maxNumberLength"
                    : what.contains("String value length") || what.contains("Name length") ? "maxStringLength"
                    : "maxDossierBytes";
            what = what.replaceAll(",? from `StreamReadConstraints[^`]*`", "");
            return new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, limit, id, null,
                    "the input goes beyond the limit " + limit + where + ": " + shorten(what) + " (vượt giới hạn)",
                    line, column);
        }
        if (e instanceof CharConversionException) {
            return new InvalidDossierException(ErrorRecord.INVALID_UTF8, null, id, null,
                    "not valid UTF-8" + where + ": save the file as UTF-8 (tệp không phải UTF-8)", line, column);
        }
        if (what.contains("Invalid UTF-8")) {
            // The bytes were checked before Jackson saw them: this is a letter where JSON allows none.
            return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, null, id, null, "malformed JSON" + where
                    + ": a character outside quotes where JSON allows none (JSON sai cú pháp)", line, column);
        }
        if (e instanceof JsonEOFException || what.contains("end-of-input")) {
            return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, "TRUNCATED", id, null,
                    "the input ends in the middle" + where + ": " + shorten(what) + " (dữ liệu bị cắt cụt)",
                    line, column);
        }
        return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, null, id, null,
                "malformed JSON" + where + ": " + shorten(what) + " (JSON sai cú pháp)", line, column);
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static DossierRead.Failed failed(long index, InvalidDossierException e) {
        return new DossierRead.Failed(index, e.toRecord(index));
    }

    /** The id of a dossier whose text cannot be parsed, when it can still be seen. */
    private static String idIn(String text) {
        Matcher m = ID.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
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
