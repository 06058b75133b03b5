package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
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
final class LegacyJsonLines {

    private final JsonFactory factory;
    private final ReadLimits limits;
    private final Consumer<PendingRead> sink;
    private final Line line;
    private long index;  // of the next record
    private long lineNr; // of the line last ended

    LegacyJsonLines(JsonFactory factory, ReadLimits limits, Consumer<PendingRead> sink) {
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
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.append(chunk, from, i - from);
                    endOfLine();
                    from = i + 1;
                }
            }
            line.append(chunk, from, n - from);
        }
        if (line.size() > 0 || line.tooLong) {
            endOfLine();
        }
    }

    /** One line read: its record, unless it is blank. */
    private void endOfLine() {
        lineNr++;
        if (line.tooLong) {
            String id = ReadErrors.idIn(new String(line.buf(), 0, line.size(), StandardCharsets.UTF_8));
            sink.accept(PendingRead.ready(ReadErrors.failed(index++, new InvalidDossierException(
                    ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes", id, null, "line " + lineNr + " is longer than "
                    + limits.maxDossierBytes() + " bytes, the limit maxDossierBytes (hồ sơ quá lớn)", lineNr, null))));
        } else if (!isBlank(line.buf(), line.size())) {
            sink.accept(new Pending(index++, lineNr, Arrays.copyOf(line.buf(), line.size())));
        }
        line.reset();
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
            LegacyDossierTree tree = new LegacyDossierTree(p, limits, 0, 0);
            try {
                JsonNode dossier = tree.read(p.nextToken());
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "more than one JSON value on the line");
                }
                return new DossierRead.Ok(index, LegacyDossierReader.bind(dossier));
            } catch (InvalidDossierException ex) {
                return ReadErrors.failed(index, ReadErrors.relocate(ex, lineNr));
            } catch (IOException | LimitExceeded | DuplicateField ex) {
                String id = tree.id() == null ? ReadErrors.idIn(text) : tree.id();
                return ReadErrors.failed(index, ReadErrors.relocate(ReadErrors.of(ex, id, p, null), lineNr));
            }
        } catch (IOException ex) {
            InvalidDossierException error = ReadErrors.of(ex, ReadErrors.idIn(text), null, null);
            return ReadErrors.failed(index, ReadErrors.relocate(error, lineNr));
        }
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
