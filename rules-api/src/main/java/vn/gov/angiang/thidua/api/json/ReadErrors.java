package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of reading: what was met while reading (an exception of Jackson or of the reader) as the
 * {@link InvalidDossierException} whose code, kind, line and column the error record will carry.
 */
final class ReadErrors {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");

    private ReadErrors() {
    }

    /**
     * The error that an exception met while reading stands for. {@code p}, when given, locates errors
     * that Jackson reports without a location; {@code columns}, when given, counts columns in characters.
     */
    static InvalidDossierException of(Exception e, String id, JsonParser p, Columns columns) {
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
        JsonProcessingException j = e instanceof JsonProcessingException jp ? jp : null;
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

    /**
     * An exception of the parser that says what the input holds (broken JSON, a limit, invalid UTF-8);
     * any other I/O error is the stream's failure, and is thrown on.
     */
    static IOException inputError(IOException e) throws IOException {
        if (e instanceof JsonProcessingException || e instanceof CharConversionException) {
            return e;
        }
        throw e;
    }

    /** The same error, placed at line {@code lineNr} of the input: a JSON Lines line is the parser's line 1. */
    static InvalidDossierException relocate(InvalidDossierException e, long lineNr) {
        ErrorRecord.Error r = e.toRecord(0).error();
        if (r.line() == null) {
            return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(), r.message(), lineNr, null);
        }
        return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(),
                r.message().replace("line " + r.line() + ",", "line " + lineNr + ","), lineNr, r.column());
    }

    /** The same error, standing for the rest of the input too: the reading ends there. */
    static InvalidDossierException restOfInput(InvalidDossierException e) {
        ErrorRecord.Error r = e.toRecord(0).error();
        return new InvalidDossierException(r.code(), r.kind(), e.dossierId(), r.field(), r.message()
                + "; nothing after this point can be read (phần còn lại không đọc được)", r.line(), r.column());
    }

    static DossierRead.Failed failed(long index, InvalidDossierException e) {
        return new DossierRead.Failed(index, e.toRecord(index));
    }

    /** The id of a dossier whose text cannot be parsed, when it can still be seen. */
    static String idIn(String text) {
        Matcher m = ID.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        return m.find() ? m.group(1) : null;
    }

    static Long line(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? null : (long) at.getLineNr();
    }

    static Long column(JsonLocation at, Columns columns) {
        if (at == null || at.getColumnNr() < 0) {
            return null;
        }
        long chars = columns == null || at.getByteOffset() < 0 ? -1 : columns.of(at);
        return chars > 0 ? chars : (long) at.getColumnNr();
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
