package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@link DossierJson#lineWriter} streams to bytes exactly what {@link DossierJson#writeLine} and a newline gave as
 * text, encoded afterwards: Vietnamese in NFC and NFD, characters beyond U+FFFF, escapes, many values in a row.
 */
class LineWriterTest {

    private static byte[] asText(List<?> values) {
        StringBuilder s = new StringBuilder();
        values.forEach(v -> s.append(DossierJson.writeLine(v)).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] streamed(List<?> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DossierJson.LineWriter lines = DossierJson.lineWriter(out)) {
            values.forEach(lines::write);
        }
        return out.toByteArray();
    }

    @Test
    void generatedDossiersAreWrittenByteForByteAsBefore() {
        Theories.check(300, lists().of(DossierRoundTripProperties.dossiers()).ofSizeBetween(1, 6),
                dossiers -> assertArrayEquals(asText(dossiers), streamed(dossiers)));
    }

    @Test
    void errorRecordsAndAstralCharactersAreWrittenAsBefore() {
        String text = "Hồ sơ 😀 \"trích\" \\ \t tab, Hồ sơ (NFD) 𝄞 \u0007";
        List<Object> values = List.of(
                new ErrorRecord(text, 3, new ErrorRecord.Error(ErrorRecord.INVALID_DOSSIER, "UNKNOWN_FIELD", text,
                        "evidence[2].date", 4L, 7L)),
                new ErrorRecord(null, 4, new ErrorRecord.Error(ErrorRecord.MALFORMED_JSON, null, "x", null, null, null)),
                DossierJson.readDossier("{\"id\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\t", "\\t").replace("\u0007", "\\u0007") + "\",\"nominee\":{\"kind\":\"COLLECTIVE\","
                        + "\"agency\":\"Ban Quản lý 😀\"}}"));
        assertArrayEquals(asText(values), streamed(values));
        // Lone surrogates (written as escapes in the input) come out as '?', as a String encoded gives them.
        Dossier lone = DossierJson.readDossier("{\"id\":\"x\\ud800y\",\"nominee\":{\"kind\":\"COLLECTIVE\","
                + "\"agency\":\"A\\udc00\"}}");
        assertArrayEquals(asText(List.of(lone)), streamed(List.of(lone)));
        Dossier many = (Dossier) values.get(2);
        List<Dossier> thousand = java.util.Collections.nCopies(1_000, many);
        assertArrayEquals(asText(thousand), streamed(thousand));
    }
}
