package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The reader as it was before issue 21: each dossier built as a tree with the limits checked, then bound to the
 * records, then validated. Kept in test scope only, so that a property can show that {@link DossierReader} gives
 * the same records and the same errors.
 */
final class LegacyDossierReader {

    /** The nesting Jackson itself allows: deeper than this, a JSON array cannot be read past the dossier. */
    private static final int PARSER_MAX_NESTING = 1_000;

    private final ReadLimits limits;
    private final JsonFactory factory;

    /**
     * A reader within these limits.
     *
     * @param limits the limits of one dossier
     */
    public LegacyDossierReader(ReadLimits limits) {
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
                        .maxNumberLength(10 * LegacyDossierTree.MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    /** A reader with the default limits. */
    public LegacyDossierReader() {
        this(ReadLimits.defaults());
    }

    /**
     * The limits this reader reads within.
     *
     * @return its limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every record of {@code in} and hands each to {@code sink}, in order. Does not close {@code in}.
     *
     * @param in     the input, UTF-8
     * @param format a JSON document (one dossier or an array of them) or JSON Lines
     * @param sink   told every record, as it is read
     * @throws ThiDuaException when the stream itself fails (an I/O error); whatever the stream holds is
     *                         answered with records instead
     */
    public void read(InputStream in, InputFormat format, Consumer<DossierRead> sink) {
        Objects.requireNonNull(sink, "sink");
        split(in, format, pending -> sink.accept(pending.read()));
    }

    /**
     * As {@link #read}, but a JSON Lines record is handed on before it is parsed: {@code sink} gets each
     * record, in order, as a {@link PendingRead} that any thread may parse, so that parsing can run on
     * every core while the input is read on one. The records of a JSON document are parsed before they
     * are handed on (a document is one stream of tokens). Does not close {@code in}.
     *
     * @param in     the batch's bytes, UTF-8
     * @param format a JSON document (one dossier or an array) or JSON Lines
     * @param sink   receives every record, in input order
     *
     * @throws ThiDuaException when the stream itself fails (an I/O error)
     */
    public void split(InputStream in, InputFormat format, Consumer<PendingRead> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sink, "sink");
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            skipByteOrderMark(buffered);
            if (format == InputFormat.JSON_LINES) {
                new LegacyJsonLines(factory, limits, sink).read(buffered);
            } else {
                new LegacyJsonDocument(factory, limits, read -> sink.accept(PendingRead.ready(read)))
                        .read(new Utf8Check(buffered));
            }
        } catch (IOException e) {
            throw new ThiDuaException("cannot read the input (không đọc được dữ liệu): " + e.getMessage(), e);
        }
    }

    /**
     * Reads exactly one dossier from its JSON text, within the same limits as a batch.
     *
     * @param json the dossier's JSON text
     * @return the dossier, checked against the format
     * @throws InvalidDossierException naming the dossier (when its id could be read), the field, and the
     *                                 error's code and kind, as the error record of a batch would
     */
    public Dossier readDossier(String json) {
        Objects.requireNonNull(json, "json");
        // A text has at least as many bytes as characters: refuse a huge one before copying it.
        byte[] bytes = json.length() > limits.maxDossierBytes() ? null : json.getBytes(StandardCharsets.UTF_8);
        if (bytes == null || bytes.length > limits.maxDossierBytes()) {
            throw new InvalidDossierException(ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes", ReadErrors.idIn(json),
                    null, "the dossier is larger than " + limits.maxDossierBytes() + " bytes, the limit"
                    + " maxDossierBytes (hồ sơ quá lớn)", null, null);
        }
        try (JsonParser p = factory.createParser(bytes)) {
            LegacyDossierTree tree = new LegacyDossierTree(p, limits, 0, 0);
            try {
                JsonToken first = p.nextToken();
                JsonNode dossier = first == null ? null : tree.read(first);
                if (first != null && p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value: a dossier is one object");
                }
                return LegacyDossierReader.bind(dossier);
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                String id = tree.id() == null ? ReadErrors.idIn(json) : tree.id();
                throw ReadErrors.of(ex, id, p, Columns.inBytes(bytes));
            }
        } catch (IOException ex) {
            throw ReadErrors.of(ex, ReadErrors.idIn(json), null, null);
        }
    }

    static Dossier bind(JsonNode tree) {
        String id = tree != null && tree.path("id").isTextual() ? tree.get("id").asText() : null;
        if (tree == null || !tree.isObject()) {
            throw new InvalidDossierException(DossierValidator.INVALID, "WRONG_TYPE", id, null,
                    "a dossier must be a JSON object (hồ sơ phải là một đối tượng JSON)", null, null);
        }
        Dossier d;
        try {
            d = DossierJson.MAPPER.treeToValue(tree, Dossier.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw DossierJson.invalid(id, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DossierJson.malformed(id, e);
        }
        DossierValidator.check(d);
        return d;
    }

    /** Skips the byte order mark that some editors put before UTF-8, if there is one. */
    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
