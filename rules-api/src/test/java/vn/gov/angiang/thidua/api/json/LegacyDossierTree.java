package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;

/**
 * Builds one dossier's tree token by token, checking every limit as it goes: the depth, the length
 * of each text and number, the items of each list, and the bytes read so far. A limit met throws
 * {@link LimitExceeded}, a key written twice {@link DuplicateField}; either refuses this dossier only,
 * and {@link #skipRest()} then reads past what is left of it.
 */
final class LegacyDossierTree {

    /** The digits of one number: a dossier's numbers are counts, points and dates' parts. */
    static final int MAX_NUMBER_LENGTH = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonParser p;
    private final ReadLimits limits;
    private final long start;
    private final int depth;
    private String id;

    /**
     * @param start the byte offset where the dossier starts in the input, to measure its size
     * @param depth the parser's nesting depth around the dossier (0 alone, 1 in an array)
     */
    LegacyDossierTree(JsonParser p, ReadLimits limits, long start, int depth) {
        this.p = p;
        this.limits = limits;
        this.start = start;
        this.depth = depth;
    }

    /** The dossier whose first token, {@code first}, the parser has just read. */
    JsonNode read(JsonToken first) throws IOException {
        return value(first, null, 0);
    }

    /** The dossier's id, once read (so that an error after it can name the dossier); else null. */
    String id() {
        return id;
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

    /** The value that starts with {@code t}, {@code level} containers deep in the dossier (0: the dossier). */
    private JsonNode value(JsonToken t, String field, int level) throws IOException {
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
                    BigDecimal d = decimal(p);
                    if (d == null || Math.abs((long) d.scale()) > MAX_NUMBER_LENGTH) {
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

    /**
     * The decimal the parser has just read; null when its exponent is beyond what a BigDecimal holds
     * (1e2036854775808, 1e-2147483649, 0.5e-2147483647: Java's scale is an int), which Jackson reports
     * with a NumberFormatException that is no IOException, and would escape the reader.
     */
    static BigDecimal decimal(JsonParser p) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            return null;
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
        ArrayDeque<String> steps = new ArrayDeque<>();
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
}
