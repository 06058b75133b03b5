package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Valid dossiers, written as JSON, then damaged byte by byte: bytes deleted, duplicated, swapped or
 * replaced (by newlines, quotes, brackets, invalid UTF-8), the text truncated, a value replaced by one of
 * another type. Whatever the damage, reading never throws, gives exactly one record per record that can be
 * delimited (for JSON Lines: per non-blank line), in order, and finishes (each property has a hang guard, not a speed bound).
 */
class DossierReaderFuzzProperties {

    private static final Set<String> CODES = Set.of(ErrorRecord.MALFORMED_JSON, ErrorRecord.INVALID_UTF8,
            ErrorRecord.LIMIT_EXCEEDED, ErrorRecord.INVALID_DOSSIER);
    private static final byte[] NOISE = {'\n', '\n', '"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', '.', 'e', ' ',
            (byte) 0xFF, (byte) 0xC0, (byte) 0xE1, (byte) 0x80, 0};
    private static final String[] VALUES = {"[]", "{}", "0", "-1", "19.5", "\"x\"", "\"\"", "null", "true",
            "1e400", "\"2026-02-30\"", "[null]", "{\"a\":1}"};

    /** One damage to the bytes of the input, drawn by QuickTheories so that it can show and shrink it. */
    record Damage(int kind, int at, int length, int pick) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int from = Math.floorMod(at, in.length);
            int len = Math.min(1 + Math.floorMod(length, 64), in.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> { // delete a run of bytes
                    out.write(in, 0, from);
                    out.write(in, from + len, in.length - from - len);
                }
                case 1 -> { // duplicate a run of bytes
                    out.write(in, 0, from + len);
                    out.write(in, from, in.length - from);
                }
                case 2 -> { // swap two bytes
                    byte[] copy = in.clone();
                    int other = Math.floorMod(pick, in.length);
                    byte b = copy[from];
                    copy[from] = copy[other];
                    copy[other] = b;
                    return copy;
                }
                case 3 -> out.write(in, 0, from); // truncate
                case 4 -> { // put a byte of noise in place of one, or before it
                    out.write(in, 0, from);
                    out.write(NOISE[Math.floorMod(pick, NOISE.length)]);
                    int skip = length % 2 == 0 ? 1 : 0;
                    out.write(in, from + skip, in.length - from - skip);
                }
                default -> { // replace the value after a ':' by a value of another type
                    String text = new String(in, StandardCharsets.ISO_8859_1);
                    int colon = text.indexOf(':', from);
                    if (colon < 0) {
                        return in;
                    }
                    int end = colon + 1;
                    while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    String value = VALUES[Math.floorMod(pick, VALUES.length)];
                    return (text.substring(0, colon + 1) + value + text.substring(end))
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
            }
            return out.toByteArray();
        }
    }

    private static final String ERROR_RECORDS = "error records";
    private static final String STILL_READABLE = "still readable";

    private static Gen<List<Dossier>> dossiers() {
        return lists().of(DossierRoundTripProperties.dossiers()).ofSizeBetween(1, 8);
    }

    private static Gen<List<Damage>> damages() {
        Gen<Damage> damage = integers().between(0, 5).zip(integers().all(), integers().all(), integers().all(),
                Damage::new);
        return lists().of(damage).ofSizeBetween(1, 6);
    }

    private static String outcome(List<DossierRead> out) {
        return out.stream().anyMatch(r -> r instanceof DossierRead.Failed) ? ERROR_RECORDS : STILL_READABLE;
    }

    private static byte[] damaged(byte[] in, List<Damage> damages) {
        for (Damage d : damages) {
            in = d.apply(in);
        }
        return in;
    }

    private static List<DossierRead> read(byte[] input, InputFormat format) {
        List<DossierRead> out = new ArrayList<>();
        try {
            new DossierReader().read(new ByteArrayInputStream(input), format, out::add);
        } catch (Throwable t) {
            fail("reading threw " + t + " on:\n" + new String(input, StandardCharsets.UTF_8), t);
        }
        for (int i = 0; i < out.size(); i++) {
            DossierRead r = out.get(i);
            assertEquals(i, r.index(), "records in order, from 0, without a gap");
            if (r instanceof DossierRead.Failed f) {
                assertEquals(i, f.error().index());
                assertTrue(CODES.contains(f.error().error().code()), f.error()::toString);
                assertNotNull(f.error().error().message());
            } else {
                DossierValidator.check(((DossierRead.Ok) r).dossier()); // what is read is a valid dossier
            }
        }
        return out;
    }

    /** The non-blank lines: the records a JSON Lines text can be cut into (a leading byte order mark aside). */
    private static int nonBlankLines(byte[] input) {
        int from = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        int lines = 0;
        boolean blank = true;
        for (int i = from; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (input[i] != ' ' && input[i] != '\t' && input[i] != '\r') {
                blank = false;
            }
        }
        return lines;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; speed is measured in benchmarks
    void damagedJsonLinesGiveOneRecordPerNonBlankLineInOrder() {
        Theories.Tally damage = new Theories.Tally("damage");
        Theories.check(500, dossiers(), damages(), (dossiers, damages) -> {
            StringBuilder text = new StringBuilder();
            dossiers.forEach(d -> text.append(DossierJson.writeLine(d)).append('\n'));
            byte[] input = damaged(text.toString().getBytes(StandardCharsets.UTF_8), damages);

            List<DossierRead> out = read(input, InputFormat.JSON_LINES);

            assertEquals(nonBlankLines(input), out.size(), () -> new String(input, StandardCharsets.UTF_8));
            damage.collect(outcome(out));
        });
        // The damage must both break records and leave some readable, or the property proves little.
        damage.assertEachOccurred(ERROR_RECORDS, STILL_READABLE);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; speed is measured in benchmarks
    void undamagedLinesAroundADamagedOneAreReadAsWritten() {
        Theories.check(500, dossiers(), damages(), lists().of(integers().all()).ofSizeBetween(0, 1),
                DossierReaderFuzzProperties::undamagedLinesAroundADamagedOneAreReadAsWritten);
    }

    private static void undamagedLinesAroundADamagedOneAreReadAsWritten(List<Dossier> dossiers, List<Damage> damages,
                                                                        List<Integer> which) {
        int broken = which.isEmpty() ? 0 : Math.floorMod(which.get(0), dossiers.size());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = 0; i < dossiers.size(); i++) {
            byte[] line = DossierJson.writeLine(dossiers.get(i)).getBytes(StandardCharsets.UTF_8);
            if (i == broken) {
                // Damage that keeps the line one line: newlines become spaces.
                line = damaged(line, damages);
                for (int j = 0; j < line.length; j++) {
                    line[j] = line[j] == '\n' ? (byte) ' ' : line[j];
                }
                if (nonBlankLines(line) == 0) {
                    line = "?".getBytes(StandardCharsets.UTF_8);
                }
            }
            text.writeBytes(line);
            text.write('\n');
        }
        List<DossierRead> out = read(text.toByteArray(), InputFormat.JSON_LINES);

        assertEquals(dossiers.size(), out.size());
        for (int i = 0; i < dossiers.size(); i++) {
            if (i != broken) {
                assertEquals(dossiers.get(i), ((DossierRead.Ok) out.get(i)).dossier());
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; speed is measured in benchmarks
    void aDamagedArrayGivesConsecutiveRecordsAndNeverThrows() {
        Theories.Tally damage = new Theories.Tally("damage");
        Theories.check(500, dossiers(), damages(), booleans().all(), (dossiers, damages, pretty) -> {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < dossiers.size(); i++) {
                text.append(i == 0 ? "" : ",\n").append(pretty ? DossierJson.write(dossiers.get(i))
                        : DossierJson.writeLine(dossiers.get(i)));
            }
            byte[] input = damaged(text.append("]\n").toString().getBytes(StandardCharsets.UTF_8), damages);

            List<DossierRead> out = read(input, InputFormat.JSON);
            damage.collect(outcome(out));

            String stripped = new String(input, StandardCharsets.UTF_8).replace("\uFEFF", "").replaceAll("\\s", "");
            if (!stripped.isEmpty() && !stripped.equals("[]")) {
                assertTrue(out.size() >= 1, () -> "at least one record for:\n" + new String(input, StandardCharsets.UTF_8));
            }
        });
        damage.assertEachOccurred(ERROR_RECORDS, STILL_READABLE);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; speed is measured in benchmarks
    void readDossierThrowsNothingButInvalidDossierException() {
        Theories.check(500, dossiers(), damages(), (dossiers, damages) -> {
            byte[] input = damaged(DossierJson.write(dossiers.get(0)).getBytes(StandardCharsets.UTF_8), damages);
            String text = new String(input, StandardCharsets.UTF_8);
            try {
                DossierValidator.check(DossierJson.readDossier(text));
            } catch (InvalidDossierException e) {
                assertTrue(CODES.contains(e.code()), e::toString);
            } catch (Throwable t) {
                fail("readDossier threw " + t + " on:\n" + text, t);
            }
        });
    }

    /** Random damage at scale, beyond what the properties shrink: many dossiers, many damages. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard; speed is measured in benchmarks
    void aLargeBatchWithManyDamagesStillGivesOneRecordPerLine() {
        Theories.check(20, dossiers(), longs().all(), (sample, seed) -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 2_000; i++) {
                text.append(DossierJson.writeLine(sample.get(i % sample.size()))).append('\n');
            }
            byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                input = new Damage(random.nextInt(6), random.nextInt(), random.nextInt(), random.nextInt()).apply(input);
            }
            byte[] damaged = input;
            assertEquals(nonBlankLines(damaged), read(damaged, InputFormat.JSON_LINES).size());
            read(damaged, InputFormat.JSON);
        });
    }
}
