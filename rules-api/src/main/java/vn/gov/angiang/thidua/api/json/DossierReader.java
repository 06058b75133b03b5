package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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

    /** The nesting Jackson itself allows: deeper than this, a JSON array cannot be read past the dossier. */
    private static final int PARSER_MAX_NESTING = 1_000;

    private final ReadLimits limits;
    private final JsonFactory factory;

    /**
     * A reader within these limits.
     *
     * @param limits the limits of one dossier
     */
    public DossierReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // The limits are checked token by token as each dossier is read, so that a dossier that
        // breaks one costs only itself; Jackson's own constraints, looser, are the backstop that keeps
        // memory bounded (a text is never buffered beyond the size of a dossier).
        int longestText = Math.max(limits.maxStringLength(), limits.maxDossierBytes());
        // Duplicate keys are found as each dossier is read, not by the parser: the parser's check would
        // also fire while the rest of a refused dossier is skipped, and end the reading there.
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller's stream stays the caller's
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(longestText)
                        .maxNameLength(longestText)
                        .maxNestingDepth(Math.max(PARSER_MAX_NESTING, limits.maxNestingDepth() + 1))
                        .maxNumberLength(10 * DossierTokens.MAX_NUMBER_LENGTH)
                        .build())
                .build();
    }

    /** A reader with the default limits. */
    public DossierReader() {
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
                new JsonLines(factory, limits, sink).read(buffered);
            } else {
                new JsonDocument(factory, limits, read -> sink.accept(PendingRead.ready(read)))
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
            DossierTokens tokens = new DossierTokens(p, limits, 0, 0);
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw DossierBinding.notAnObject();
                }
                DossierBinding.Bound dossier = DossierBinding.read(tokens, first);
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value: a dossier is one object");
                }
                return dossier.get();
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                String id = tokens.id() == null ? ReadErrors.idIn(json) : tokens.id();
                throw ReadErrors.of(ex, id, p, Columns.inBytes(bytes));
            }
        } catch (IOException ex) {
            throw ReadErrors.of(ex, ReadErrors.idIn(json), null, null);
        }
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
