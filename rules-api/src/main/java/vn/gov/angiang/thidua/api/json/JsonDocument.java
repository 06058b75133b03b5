package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The JSON layout, {@link InputFormat#JSON}: an array of dossiers, one dossier, or several one after
 * another, read a dossier at a time so that memory holds one dossier, never the whole array. A dossier
 * that only breaks a limit or repeats a key costs only itself; broken JSON ends the reading, and its
 * record stands for the rest of the input.
 */
final class JsonDocument {

    private final JsonFactory factory;
    private final ReadLimits limits;
    private final Consumer<DossierRead> sink;

    JsonDocument(JsonFactory factory, ReadLimits limits, Consumer<DossierRead> sink) {
        this.factory = factory;
        this.limits = limits;
        this.sink = sink;
    }

    /** Reads every dossier of {@code in}, whose byte order mark is already skipped. */
    void read(Utf8Check in) throws IOException {
        JsonParser parser;
        try {
            parser = factory.createParser(in); // reads the first bytes, to tell the encoding
        } catch (IOException e) {
            sink.accept(ReadErrors.failed(0, ReadErrors.of(ReadErrors.inputError(e), null, null, in)));
            return;
        }
        try (JsonParser p = parser) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (IOException e) {
                sink.accept(ReadErrors.failed(0, ReadErrors.of(ReadErrors.inputError(e), null, p, in)));
                return;
            }
            boolean array = t == JsonToken.START_ARRAY;
            long index = 0;
            if (array) {
                t = next(p, index, in);
            }
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                if (!dossier(p, t, index, array, in)) {
                    return;
                }
                index++;
                t = next(p, index, in);
                if (t == null && array) {
                    return; // next() has reported the truncation
                }
            }
            if (array && t == JsonToken.END_ARRAY) {
                afterArray(p, index, in);
            }
        }
    }

    /**
     * Reads the dossier whose first token {@code t} the parser has just read, and hands over its record;
     * false when the input broke meanwhile, the record then standing for the rest of the input too.
     */
    private boolean dossier(JsonParser p, JsonToken t, long index, boolean array, Utf8Check in) throws IOException {
        JsonLocation startAt = p.currentTokenLocation();
        // For an object or array, the parser is inside it already.
        DossierTokens tokens = new DossierTokens(p, limits, startAt.getByteOffset(),
                p.getParsingContext().getNestingDepth() - (t.isStructStart() ? 1 : 0));
        try {
            DossierBinding.Bound dossier = DossierBinding.read(tokens, t);
            DossierRead read;
            try {
                read = new DossierRead.Ok(index, dossier.get());
            } catch (InvalidDossierException invalid) {
                // The binding knows the field, not the place: give the line where the dossier starts.
                read = ReadErrors.failed(index, array && startAt.getLineNr() > 0
                        && invalid.toRecord(0).error().line() == null
                        ? ReadErrors.relocate(invalid, startAt.getLineNr()) : invalid);
            }
            sink.accept(read);
            return true;
        } catch (LimitExceeded | DuplicateField ex) {
            // Only this dossier is spoiled: skip the rest of it and go on with the next, unless the
            // input breaks meanwhile.
            InvalidDossierException error = ReadErrors.of(ex, tokens.id(), p, in);
            boolean skipped = tokens.skipRest();
            sink.accept(ReadErrors.failed(index, skipped ? error : ReadErrors.restOfInput(error)));
            return skipped;
        } catch (IOException ex) {
            InvalidDossierException error = ReadErrors.of(ReadErrors.inputError(ex), tokens.id(), p, in);
            sink.accept(ReadErrors.failed(index, ReadErrors.restOfInput(error)));
            return false;
        }
    }

    /** The next token; a syntax error there is reported as the rest of the input, and ends reading. */
    private JsonToken next(JsonParser p, long index, Columns columns) throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null && p.getParsingContext().inArray()) {
                sink.accept(ReadErrors.failed(index, malformedAt(p.currentLocation(), columns, "TRUNCATED",
                        "the JSON array ends without its closing ']'", "mảng JSON bị cắt cụt")));
            }
            return t;
        } catch (IOException e) {
            InvalidDossierException error = ReadErrors.of(ReadErrors.inputError(e), null, p, columns);
            sink.accept(ReadErrors.failed(index, ReadErrors.restOfInput(error)));
            return null;
        }
    }

    private static InvalidDossierException malformedAt(JsonLocation at, Columns columns, String kind, String what,
                                                       String vi) {
        Long line = ReadErrors.line(at);
        Long column = ReadErrors.column(at, columns);
        return new InvalidDossierException(ErrorRecord.MALFORMED_JSON, kind, null, null,
                what + " at line " + line + ", column " + column + " (" + vi + ")", line, column);
    }

    /** After the closing ']', only white space may follow. */
    private void afterArray(JsonParser p, long index, Columns columns) throws IOException {
        try {
            if (p.nextToken() != null) {
                sink.accept(ReadErrors.failed(index, malformedAt(p.currentTokenLocation(), columns, "AFTER_END",
                        "content after the end of the array", "JSON sai cú pháp")));
            }
        } catch (IOException e) {
            sink.accept(ReadErrors.failed(index, ReadErrors.of(ReadErrors.inputError(e), null, p, columns)));
        }
    }
}
