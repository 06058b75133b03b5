package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * {@link Utf8Check#valid}, which lets a JSON Lines line be parsed from its bytes, calls valid exactly what the
 * JDK's strict decoder decodes: on text (Vietnamese, astral), and on text with bytes changed.
 */
class Utf8ValidProperties {

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void validIsWhatTheStrictDecoderDecodes() {
        Theories.Tally tally = new Theories.Tally("utf-8");
        Theories.check(2_000, strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 40),
                lists().of(integers().between(0, 255).zip(integers().all(), (value, at) -> new int[]{value, at}))
                        .ofSizeBetween(0, 3), (text, changes) -> {
                    byte[] b = ("{\"id\":\"hồ sơ\",\"x\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
                    for (int[] c : changes) {
                        b[Math.floorMod(c[1], b.length)] = (byte) c[0];
                    }
                    boolean expected = decodes(b);
                    assertEquals(expected, Utf8Check.valid(b, b.length));
                    tally.collect(expected);
                });
        tally.assertEachOccurred(true, false);
    }
}
