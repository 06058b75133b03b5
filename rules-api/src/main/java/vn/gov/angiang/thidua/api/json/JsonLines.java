package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The JSON Lines layout, {@link InputFormat#JSON_LINES}: one dossier a line, a blank line being no
 * record. Each line is decoded and parsed on its own, so a broken line costs only itself; a line longer
 * than maxDossierBytes is never held whole. Lines are only split here: each is handed on as a
 * {@link PendingRead} that parses it when asked, on whichever thread asks. One reader reads one input.
 */
final class JsonLines {

    private final JsonFactory factory;
    private final ReadLimits limits;
    private final Consumer<PendingRead> sink;
    private final Line line;
    private long index;  // of the next record
    private long lineNr; // of the line last ended

    JsonLines(JsonFactory factory, ReadLimits limits, Consumer<PendingRead> sink) {
        this.factory = factory;
        this.limits = limits;
        this.sink = sink;
        this.line = new Line(limits.maxDossierBytes());
    }

    /** Reads every line of {@code in}, whose byte order mark is already skipped. */
    void read(InputStream in) throws IOException {
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = in.read(chunk)) != -1) {
            int from = 0;
            for (int i = newline(chunk, 0, n); i >= 0; i = newline(chunk, from, n)) {
                if (line.size() == 0 && !line.tooLong) {
                    // The whole line is in this chunk: copied once, straight from it.
                    endOfLine(chunk, from, i - from, i - from > limits.maxDossierBytes());
                } else {
                    line.append(chunk, from, i - from);
                    endOfLine(line.buf(), 0, line.size(), line.tooLong);
                    line.reset();
                }
                from = i + 1;
            }
            line.append(chunk, from, n - from);
        }
        if (line.size() > 0 || line.tooLong) {
            endOfLine(line.buf(), 0, line.size(), line.tooLong);
            line.reset();
        }
    }

    /** The first '\n' of {@code b} from {@code from} to {@code to} (exclusive), or -1; eight bytes at a time. */
    private static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) Utf8Check.LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
                break; // a byte of these eight is '\n'
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** One line read ({@code length} bytes of {@code bytes} from {@code from}; at most the limit kept): its record, unless blank. */
    private void endOfLine(byte[] bytes, int from, int length, boolean tooLong) {
        lineNr++;
        if (tooLong) {
            int kept = Math.min(length, limits.maxDossierBytes());
            String id = ReadErrors.idIn(new String(bytes, from, kept, StandardCharsets.UTF_8));
            sink.accept(PendingRead.ready(ReadErrors.failed(index++, new InvalidDossierException(
                    ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes", id, null, "line " + lineNr + " is longer than "
                    + limits.maxDossierBytes() + " bytes, the limit maxDossierBytes (hồ sơ quá lớn)", lineNr, null))));
        } else if (!isBlank(bytes, from, length)) {
            sink.accept(new Pending(index++, lineNr, Arrays.copyOfRange(bytes, from, from + length)));
        }
    }

    /** A line split off but not parsed yet. */
    private final class Pending implements PendingRead {
        private final long index;
        private final long lineNr;
        private final byte[] bytes;

        Pending(long index, long lineNr, byte[] bytes) {
            this.index = index;
            this.lineNr = lineNr;
            this.bytes = bytes;
        }

        @Override
        public long index() {
            return index;
        }

        @Override
        public DossierRead read() {
            return readLine(index, lineNr, bytes, bytes.length);
        }
    }

    private DossierRead readLine(long index, long lineNr, byte[] bytes, int length) {
        // Most lines are valid UTF-8 holding a valid dossier: parsed from their bytes, with no text made of
        // them. Any other line is read again as text, below, which words its error as it always has.
        if (Utf8Check.valid(bytes, length)) {
            Dossier dossier = fromBytes(bytes, length);
            if (dossier != null) {
                return new DossierRead.Ok(index, dossier);
            }
        }
        // The JDK's own decoding is the fast one; it writes U+FFFD for every malformed sequence, so a text
        // without U+FFFD was valid UTF-8. Only a line with one (malformed, or a U+FFFD as written) is
        // decoded again, strictly, to tell which and where.
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            CharBuffer chars = CharBuffer.allocate(length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, chars, true);
            if (result.isError()) {
                long column = chars.position() + 1L;
                String id = ReadErrors.idIn(text);
                return ReadErrors.failed(index, new InvalidDossierException(ErrorRecord.INVALID_UTF8, null, id, null,
                        "not valid UTF-8 at line " + lineNr + ", column " + column
                        + String.format(": the byte 0x%02X", bytes[in.position()] & 0xFF)
                        + " is not valid UTF-8; save the file as UTF-8 (dòng không phải UTF-8)", lineNr, column));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark: files joined end to end, each with its own
        }
        // Parsed from characters, the parser's columns are characters already; its line 1 is line lineNr.
        try (JsonParser p = factory.createParser(text)) {
            DossierTokens tokens = new DossierTokens(p, limits, -1, 0);
            try {
                DossierBinding.Bound dossier = DossierBinding.read(tokens, p.nextToken());
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value on the line");
                }
                return new DossierRead.Ok(index, dossier.get());
            } catch (InvalidDossierException ex) {
                return ReadErrors.failed(index, ReadErrors.relocate(ex, lineNr));
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                String id = tokens.id() == null ? ReadErrors.idIn(text) : tokens.id();
                return ReadErrors.failed(index, ReadErrors.relocate(ReadErrors.of(ex, id, p, null), lineNr));
            }
        } catch (IOException ex) {
            InvalidDossierException error = ReadErrors.of(ex, ReadErrors.idIn(text), null, null);
            return ReadErrors.failed(index, ReadErrors.relocate(error, lineNr));
        }
    }

    /** The dossier of a line of valid UTF-8, parsed from its bytes; null when the line does not hold one. */
    private Dossier fromBytes(byte[] bytes, int length) {
        try (JsonParser p = factory.createParser(bytes, 0, length)) {
            DossierBinding.Bound dossier = DossierBinding.read(new DossierTokens(p, limits, -1, 0), p.nextToken());
            return dossier.invalid() == null && p.nextToken() == null ? dossier.dossier() : null;
        } catch (IOException | LimitExceeded | DuplicateField e) {
            return null;
        }
    }

    private static boolean isBlank(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
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
}
