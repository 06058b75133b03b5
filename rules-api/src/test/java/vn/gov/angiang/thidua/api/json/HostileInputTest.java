package vn.gov.angiang.thidua.api.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.TestDossiers.minimal;

/**
 * Files built to hurt: a text of 50 MB, 100,000 levels of nesting, invalid bytes, thousands of items. Each
 * is refused quickly with an error record naming the limit, in memory that does not grow with the input
 * (the huge inputs are streamed from a generator, never held), and the reading goes on where it can.
 */
class HostileInputTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;
    /** A hang guard, not a speed bound: on a loaded machine a read may take seconds; a loop never ends. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    /** {@code prefix}, then {@code count} times {@code fill}, then {@code suffix}, without holding the middle. */
    private static InputStream generated(String prefix, byte fill, long count, String suffix) {
        InputStream middle = new InputStream() {
            long left = count;

            @Override
            public int read() {
                return left-- > 0 ? fill : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, fill);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), middle,
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
    }

    private static List<DossierRead> read(InputStream in, InputFormat format) {
        List<DossierRead> out = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> new DossierReader().read(in, format, out::add));
        return out;
    }

    private static List<DossierRead> read(String text, InputFormat format) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
    }

    private static ErrorRecord.Error failed(DossierRead r, String code, String kind) {
        DossierRead.Failed f = assertInstanceOf(DossierRead.Failed.class, r, r::toString);
        assertEquals(code, f.error().error().code(), f.error()::toString);
        assertEquals(kind, f.error().error().kind(), f.error()::toString);
        return f.error().error();
    }

    private static void ok(DossierRead r, String id) {
        DossierRead.Ok ok = assertInstanceOf(DossierRead.Ok.class, r, r::toString);
        assertEquals(id, ok.dossier().id());
    }

    // ---- 50 MB of text ---------------------------------------------------------------------------------

    @Test
    void aFiftyMegabyteTextOnAJsonLinesLineCostsOnlyThatLine() {
        String head = minimal("A") + "\n{\"id\":\"HUGE\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"";
        List<DossierRead> out = read(generated(head, (byte) 'x', FIFTY_MB, "\"}}\n" + minimal("C") + "\n"),
                InputFormat.JSON_LINES);
        assertEquals(3, out.size(), out::toString);
        ok(out.get(0), "A");
        ErrorRecord.Error e = failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes");
        assertEquals(2L, e.line());
        assertEquals("HUGE", ((DossierRead.Failed) out.get(1)).error().dossierId(), "the id is still seen");
        ok(out.get(2), "C");
    }

    @Test
    void aFiftyMegabyteTextInAJsonArrayIsRefusedAsTooLong() {
        String head = "[" + minimal("A") + ",{\"id\":\"HUGE\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"";
        List<DossierRead> out = read(generated(head, (byte) 'x', FIFTY_MB, "\"}}," + minimal("C") + "]"),
                InputFormat.JSON);
        // A text longer than a whole dossier cannot be skipped: that record stands for the rest.
        assertEquals(2, out.size(), out::toString);
        ok(out.get(0), "A");
        ErrorRecord.Error e = failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxStringLength");
        assertTrue(e.message().contains("nothing after this point"), e.message());
    }

    @Test
    void aTextOverTheLimitButWithinADossierCostsOnlyItsDossierInAnArray() {
        String big = "x".repeat(100_000);
        String text = "[" + minimal("A") + ",{\"id\":\"BIG\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"X\","
                + "\"name\":\"" + big + "\"}}," + minimal("C") + "]";
        List<DossierRead> out = read(text, InputFormat.JSON);
        assertEquals(3, out.size(), out::toString);
        ErrorRecord.Error e = failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxStringLength");
        assertEquals("nominee.name", e.field());
        ok(out.get(2), "C");
    }

    @Test
    void aFiftyMegabyteDossierGivenAsOneTextIsRefusedBeforeItIsParsed() {
        String json = "{\"id\":\"HUGE\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"" + "x".repeat(FIFTY_MB) + "\"}}";
        InvalidDossierException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json)));
        assertEquals(ErrorRecord.LIMIT_EXCEEDED, e.code());
        assertEquals("maxDossierBytes", e.kind());
        assertEquals("HUGE", e.dossierId());
    }

    // ---- 100,000 levels of nesting -----------------------------------------------------------------------

    @Test
    void aHundredThousandLevelsOfNestingOnALineAreRefusedWithoutAStackOverflow() {
        int levels = 100_000;
        String deep = "[".repeat(levels) + "]".repeat(levels);
        List<DossierRead> out = read(minimal("A") + "\n" + deep + "\n" + minimal("C") + "\n", InputFormat.JSON_LINES);
        assertEquals(3, out.size(), out::toString);
        failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxNestingDepth");
        ok(out.get(2), "C");

        String inside = "{\"id\":\"DEEP\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"X\"},\"x\":"
                + "{\"a\":".repeat(levels) + "1" + "}".repeat(levels) + "}";
        out = read(inside + "\n" + minimal("C"), InputFormat.JSON_LINES);
        ErrorRecord.Error e = failed(out.get(0), ErrorRecord.LIMIT_EXCEEDED, "maxNestingDepth");
        assertEquals("DEEP", ((DossierRead.Failed) out.get(0)).error().dossierId());
        assertTrue(e.field().startsWith("x.a.a"), e.field());
        ok(out.get(1), "C");
    }

    @Test
    void aHundredThousandLevelsOfNestingInAnArrayOrAloneAreRefusedWithoutAStackOverflow() {
        int levels = 100_000;
        List<DossierRead> out = read(generated("[" + minimal("A") + ",", (byte) '[', levels, ""), InputFormat.JSON);
        assertEquals(2, out.size(), out::toString);
        ok(out.get(0), "A");
        failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxNestingDepth");

        out = read(generated("", (byte) '{', 1, "\"x\":" + "[".repeat(levels) + "]".repeat(levels) + "}"),
                InputFormat.JSON);
        assertEquals(1, out.size(), out::toString);
        failed(out.get(0), ErrorRecord.LIMIT_EXCEEDED, "maxNestingDepth");

        String deep = "{\"id\":\"DEEP\",\"x\":" + "[".repeat(levels) + "]".repeat(levels) + "}";
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(deep));
        assertEquals("maxNestingDepth", e.kind());
    }

    @Test
    void nestingDeeperThanTheLimitButWithinTheParserCostsOnlyItsDossierInAnArray() {
        String deep = "{\"id\":\"DEEP\",\"x\":" + "[".repeat(500) + "]".repeat(500) + "}";
        List<DossierRead> out = read("[" + minimal("A") + "," + deep + "," + minimal("C") + "]", InputFormat.JSON);
        assertEquals(3, out.size(), out::toString);
        failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxNestingDepth");
        ok(out.get(2), "C");
    }

    // ---- bytes that are not UTF-8 --------------------------------------------------------------------

    @Test
    void invalidBytesCostOnlyTheirLineAndTheOtherLinesAreRead() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write((minimal("A") + "\n").getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"B\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80});
        b.write(("\"}}\n" + minimal("C") + "\n").getBytes(StandardCharsets.UTF_8));
        List<DossierRead> out = read(new ByteArrayInputStream(b.toByteArray()), InputFormat.JSON_LINES);
        assertEquals(3, out.size(), out::toString);
        ok(out.get(0), "A");
        ErrorRecord.Error e = failed(out.get(1), ErrorRecord.INVALID_UTF8, null);
        assertEquals(2L, e.line());
        assertEquals("B", ((DossierRead.Failed) out.get(1)).error().dossierId());
        ok(out.get(2), "C");
    }

    /** Lines are decoded the fast way and only looked at strictly when U+FFFD shows: both kinds of line. */
    @Test
    void everyMalformedSequenceFailsItsLineAndAWrittenReplacementCharacterDoesNot() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE1, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0x80}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
        for (byte[] seq : bad) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes("{\"id\":\"B\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"x".getBytes(StandardCharsets.UTF_8));
            b.writeBytes(seq);
            b.writeBytes(("\"}}\n" + minimal("C") + "\n").getBytes(StandardCharsets.UTF_8));
            List<DossierRead> out = read(new ByteArrayInputStream(b.toByteArray()), InputFormat.JSON_LINES);
            assertEquals(2, out.size(), out::toString);
            ErrorRecord.Error e = failed(out.get(0), ErrorRecord.INVALID_UTF8, null);
            assertEquals(1L, e.line());
            assertEquals(Long.valueOf(53), e.column(), () -> java.util.Arrays.toString(seq)); // after the 52 characters before it
            ok(out.get(1), "C");
        }
        String written = minimal("Đ\uFFFD").replace("\n", " ");
        List<DossierRead> out = read(new ByteArrayInputStream((written + "\n").getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON_LINES);
        ok(out.get(0), "Đ\uFFFD");
    }

    @Test
    void overlongFormsAndEncodedSurrogatesAreInvalidInAJsonArrayToo() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE1, (byte) 0x80}};
        for (byte[] seq : bad) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes(("[" + minimal("A") + ",{\"id\":\"B\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            b.writeBytes(seq);
            b.writeBytes("\"}}]".getBytes(StandardCharsets.UTF_8));
            List<DossierRead> out = read(new ByteArrayInputStream(b.toByteArray()), InputFormat.JSON);
            assertEquals(2, out.size(), out::toString);
            ok(out.get(0), "A");
            failed(out.get(1), ErrorRecord.INVALID_UTF8, null);
        }
    }

    // ---- too many items ------------------------------------------------------------------------------

    @Test
    void evidenceOverTheLimitIsRefusedAndTheLimitCanBeSet() {
        String item = "{\"criterion\":\"TT3.1\",\"ref\":\"VV\",\"date\":\"2026-03-01\",\"content\":\"c\",\"result\":\"r\"}";
        String many = "{\"id\":\"MANY\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"X\"},\"evidence\":["
                + String.join(",", Collections.nCopies(2_001, item)) + "]}";
        List<DossierRead> out = read(many + "\n" + minimal("C"), InputFormat.JSON_LINES);
        ErrorRecord.Error e = failed(out.get(0), ErrorRecord.LIMIT_EXCEEDED, "maxEvidenceItems");
        assertEquals("evidence", e.field());
        ok(out.get(1), "C");

        List<DossierRead> wider = new ArrayList<>();
        new DossierReader(ReadLimits.defaults().withMaxEvidenceItems(5_000))
                .read(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES, wider::add);
        assertEquals(2_001, ((DossierRead.Ok) wider.get(0)).dossier().evidence().size());

        List<DossierRead> array = read("[" + minimal("A") + "," + many + "," + minimal("C") + "]", InputFormat.JSON);
        assertEquals(3, array.size(), array::toString);
        failed(array.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxEvidenceItems");
        ok(array.get(2), "C");
    }

    @Test
    void aDossierOverTheSizeLimitInAnArrayCostsOnlyItself() {
        String padded = "{\"id\":\"FAT\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"X\"},\"evidence\":["
                + String.join(",", Collections.nCopies(1_500,
                "{\"criterion\":\"TT3.1\",\"ref\":\"" + "r".repeat(900) + "\"}")) + "]}";
        List<DossierRead> out = read("[" + minimal("A") + "," + padded + "," + minimal("C") + "]", InputFormat.JSON);
        assertEquals(3, out.size(), out::toString);
        failed(out.get(1), ErrorRecord.LIMIT_EXCEEDED, "maxDossierBytes");
        ok(out.get(2), "C");
    }

    // ---- the stream itself -------------------------------------------------------------------------------

    /** A stream that fails after {@code good}, and remembers whether it was closed. */
    private static final class Failing extends java.io.FilterInputStream {
        boolean closed;

        Failing(String good) {
            super(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                throw new IOException("disk on fire");
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aStreamThatFailsIsAThiDuaExceptionAfterTheRecordsBeforeTheFailureAndIsNotClosed() {
        for (InputFormat format : InputFormat.values()) {
            String text = format == InputFormat.JSON ? "[" + minimal("A") + "," + minimal("B") + ","
                    : minimal("A") + "\n" + minimal("B") + "\n";
            Failing in = new Failing(text);
            List<DossierRead> out = new ArrayList<>();
            vn.gov.angiang.thidua.api.ThiDuaException e = assertThrows(vn.gov.angiang.thidua.api.ThiDuaException.class,
                    () -> new DossierReader().read(in, format, out::add), format::toString);
            assertTrue(e.getMessage().contains("disk on fire"), e::getMessage);
            assertEquals(2, out.size(), format + ": " + out);
            assertTrue(!in.closed, "the caller's stream is the caller's to close");
        }
        Failing fine = new Failing("[" + minimal("A") + "]");
        try {
            new DossierReader().read(fine, InputFormat.JSON, r -> { });
        } catch (vn.gov.angiang.thidua.api.ThiDuaException ignored) {
            // the stream fails at its end: what matters here is that it is not closed
        }
        assertTrue(!fine.closed);
    }

    // ---- 100,000 lines, 1 % broken -----------------------------------------------------------------------

    /** The dossier of line {@code i}, or one of several kinds of broken line for every hundredth. */
    static String line(int i) {
        String good = "{\"id\":\"D-" + i + "\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"BQLKKT-AG\"},"
                + "\"evidence\":[{\"criterion\":\"TT3.1\",\"ref\":\"Vụ việc " + i + "\",\"date\":\"2026-03-01\","
                + "\"content\":\"Nội dung\",\"result\":\"Kết quả\"}]}";
        if (i % 100 != 37) {
            return good;
        }
        return switch ((i / 100) % 5) {
            case 0 -> good.substring(0, good.length() / 2);                   // truncated
            case 1 -> good.replace("\"content\"", "\"contnet\"");              // unknown field
            case 2 -> good.replace("2026-03-01", "2026-02-30");               // impossible date
            case 3 -> good.replace("{\"id\"", "{\"id\" \"id\"");                // malformed
            default -> good.replace("COLLECTIVE", "COLLECTIVE\u0000");       // control character
        };
    }

    static Path hundredThousandLines(Path dir) throws IOException {
        Path file = dir.resolve("batch.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(line(i).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        return file;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; the reading speed is measured in benchmarks
    void aHundredThousandLinesWithOnePercentBrokenGiveAHundredThousandRecordsInOrder() throws IOException {
        Path file = hundredThousandLines(dir);
        List<DossierRead> out = new ArrayList<>(100_000);
        try (InputStream in = Files.newInputStream(file)) {
            new DossierReader().read(in, InputFormat.JSON_LINES, out::add);
        }
        assertEquals(100_000, out.size());
        int broken = 0;
        for (int i = 0; i < out.size(); i++) {
            DossierRead r = out.get(i);
            assertEquals(i, r.index());
            if (i % 100 == 37) {
                broken++;
                DossierRead.Failed f = assertInstanceOf(DossierRead.Failed.class, r, r::toString);
                assertEquals((long) i + 1, f.error().error().line(), "the line of the file");
            } else {
                assertEquals("D-" + i, assertInstanceOf(DossierRead.Ok.class, r, r::toString).dossier().id());
            }
        }
        assertEquals(1_000, broken);
    }
}
