package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one dossier, each checked as the parser reads it: the depth, the length of each text, name
 * and number, the items of each list, the bytes read so far, and no key twice in one object. Jackson's
 * databind reads the dossier through it ({@link DossierBinding}), so that parsing, checking and binding are
 * one pass. A limit met throws {@link LimitExceeded}, a key written twice {@link DuplicateField}; either
 * refuses this dossier only, and {@link #skipRest()} then reads past what is left of it. Whatever the input
 * broke is kept ({@link #broken()}): it outranks an error of the binding met earlier in the same dossier.
 */
final class DossierTokens extends JsonParserDelegate {

    /** The digits of one number: a dossier's numbers are counts, points and dates' parts. */
    static final int MAX_NUMBER_LENGTH = 100;

    private final ReadLimits limits;
    private final long start;
    private final int depth;
    private final List<Set<String>> names = new ArrayList<>(); // the keys of each open object, by level
    private String id;
    private Exception broken;

    /**
     * @param start the byte offset where the dossier starts in the input, to measure its size; -1 not to
     *              measure it (a parser of characters, whose input is bounded already)
     * @param depth the parser's nesting depth around the dossier (0 alone, 1 in an array)
     */
    DossierTokens(JsonParser p, ReadLimits limits, long start, int depth) {
        super(p);
        this.limits = limits;
        this.start = start;
        this.depth = depth;
    }

    /** Checks the dossier's first token, {@code first}, which the parser has just read. */
    void begin(JsonToken first) throws IOException {
        if (first == null) {
            throw new JsonParseException(delegate, "no JSON value");
        }
        checked(first);
    }

    /** The dossier's id, once read (so that an error after it can name the dossier); else null. */
    String id() {
        return id;
    }

    /** What the input or a limit broke in this dossier, or null. */
    Exception broken() {
        return broken;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t;
        try {
            t = delegate.nextToken();
        } catch (IOException | RuntimeException e) {
            broken = e;
            throw e;
        }
        return checked(t);
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    /** Children are skipped through the checks too: a key, text or list they hold may break a limit. */
    @Override
    public JsonParser skipChildren() throws IOException {
        if (currentToken() != null && currentToken().isStructStart()) {
            int open = 1;
            while (open > 0) {
                JsonToken t = nextToken();
                if (t == null) {
                    break;
                }
                open += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
        }
        return this;
    }

    /** Reads the rest of this dossier through the checks (after an error of the binding). */
    void skipChecked() throws IOException {
        while (delegate.getParsingContext().getNestingDepth() > depth) {
            if (nextToken() == null) {
                throw new JsonParseException(delegate, "no JSON value");
            }
        }
    }

    /** Reads past the rest of this dossier without checking it; false if the input breaks meanwhile. */
    boolean skipRest() {
        try {
            while (delegate.getParsingContext().getNestingDepth() > depth) {
                if (delegate.nextToken() == null) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private JsonToken checked(JsonToken t) throws IOException {
        if (t == null) {
            return null;
        }
        try {
            check(t);
            return t;
        } catch (IOException | RuntimeException e) {
            broken = e;
            throw e;
        }
    }

    private void check(JsonToken t) throws IOException {
        JsonStreamContext c = delegate.getParsingContext();
        switch (t) {
            case FIELD_NAME -> name(c);
            case START_OBJECT, START_ARRAY -> {
                item(c.getParent());
                int level = c.getNestingDepth() - depth - 1; // the dossier is level 0, depth 1
                if (level + 1 > limits.maxNestingDepth()) {
                    throw new LimitExceeded("maxNestingDepth", path(c.getParent()), "objects and arrays nested more than "
                            + limits.maxNestingDepth() + " deep (lồng nhau quá sâu)");
                }
                if (t == JsonToken.START_OBJECT) {
                    while (names.size() <= level) {
                        names.add(new HashSet<>());
                    }
                    names.get(level).clear();
                }
            }
            case END_OBJECT, END_ARRAY -> valueEnds(c);
            case VALUE_STRING -> {
                item(c);
                int length = delegate.getTextLength();
                if (length > limits.maxStringLength()) {
                    String at = path(c);
                    throw new LimitExceeded("maxStringLength", at, "a text of " + length
                            + " characters" + (at == null ? "" : " in " + at) + ", more than "
                            + limits.maxStringLength() + " (văn bản quá dài)");
                }
                if (c.getNestingDepth() == depth + 1 && c.inObject() && "id".equals(c.getCurrentName())) {
                    id = delegate.getText();
                }
                valueEnds(c);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                item(c);
                if (delegate.getTextLength() > MAX_NUMBER_LENGTH) {
                    String at = path(c);
                    throw new LimitExceeded("maxNumberLength", at, "a number of " + delegate.getTextLength()
                            + " characters" + (at == null ? "" : " in " + at) + ", more than "
                            + MAX_NUMBER_LENGTH + " (số quá dài)");
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    // 0e-999999999 is short, but written out in full it is a gigabyte of zeros.
                    BigDecimal d = decimal(delegate);
                    if (d == null || Math.abs((long) d.scale()) > MAX_NUMBER_LENGTH) {
                        String at = path(c);
                        throw new LimitExceeded("maxNumberLength", at, "the number " + delegate.getText()
                                + (at == null ? "" : " in " + at) + " has an exponent beyond ±"
                                + MAX_NUMBER_LENGTH + " (số mũ quá lớn)");
                    }
                }
                valueEnds(c);
            }
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                item(c);
                valueEnds(c);
            }
            default -> throw new JsonParseException(delegate, "unexpected " + t);
        }
    }

    /** A key of the object {@code c}: not too long, and not written before in it. */
    private void name(JsonStreamContext c) {
        String name = c.getCurrentName();
        if (name.length() > limits.maxStringLength()) {
            throw new LimitExceeded("maxStringLength", path(c.getParent()), "a field name of " + name.length()
                    + " characters, more than " + limits.maxStringLength() + " (tên trường quá dài)");
        }
        if (!names.get(c.getNestingDepth() - depth - 1).add(name)) {
            throw new DuplicateField(name, path(c));
        }
    }

    /** A value read in {@code c}: when {@code c} is a list of the dossier, one item more than the limit? */
    private void item(JsonStreamContext c) {
        if (c == null || !c.inArray() || c.getNestingDepth() <= depth) {
            return;
        }
        boolean evidence = c.getNestingDepth() == depth + 2 && "evidence".equals(c.getParent().getCurrentName());
        int max = evidence ? limits.maxEvidenceItems() : limits.maxListItems();
        if (c.getCurrentIndex() >= max) {
            String list = path(c.getParent());
            throw new LimitExceeded(evidence ? "maxEvidenceItems" : "maxListItems", list,
                    "more than " + max + " items in " + (list == null ? "a list" : list) + " (quá nhiều mục)");
        }
    }

    /** A value of the dossier (not the dossier itself) has been read whole, in {@code c}: the size so far. */
    private void valueEnds(JsonStreamContext c) {
        if (start >= 0 && c.getNestingDepth() > depth
                && delegate.currentLocation().getByteOffset() - start > limits.maxDossierBytes()) {
            throw new LimitExceeded("maxDossierBytes", null,
                    "the dossier is larger than " + limits.maxDossierBytes() + " bytes (hồ sơ quá lớn)");
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
}
