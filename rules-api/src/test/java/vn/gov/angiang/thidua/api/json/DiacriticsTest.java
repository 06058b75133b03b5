package vn.gov.angiang.thidua.api.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.angiang.thidua.api.Dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vietnamese text arrives composed (NFC, most keyboards) or decomposed (NFD, macOS file names, some
 * PDF copy-paste). Reading and writing must keep each form exactly as given: references are compared
 * after NFC by the rules, not by the reader, and a dossier written back must be the dossier read.
 */
class DiacriticsTest {

    private static final String NAME = "Nguyễn Thị Thu Hà";
    private static final String REF = "Vụ việc 05/VV-2026";
    private static final String BODY = "Đảng ủy Ban Quản lý Khu kinh tế";

    private static String dossier(String name, String ref, String body) {
        return TestDossiers.edit(TestDossiers.edit(TestDossiers.with("\"name\": \"" + NAME + "\"",
                                "\"name\": \"" + name + "\""),
                        "\"ref\": \"" + REF + "\"", "\"ref\": \"" + ref + "\""),
                "\"by\": \"" + BODY + "\"", "\"by\": \"" + body + "\"");
    }

    @ParameterizedTest
    @EnumSource(value = Normalizer.Form.class, names = {"NFC", "NFD"})
    void eachFormSurvivesARoundTripExactly(Normalizer.Form form) {
        String name = Normalizer.normalize(NAME, form);
        String ref = Normalizer.normalize(REF, form);
        String body = Normalizer.normalize(BODY, form);
        if (form == Normalizer.Form.NFD) {
            assertNotEquals(NAME, name, "the NFD form must differ, or this test proves nothing");
        }

        Dossier first = DossierJson.readDossier(dossier(name, ref, body));
        String written = DossierJson.writeLine(first);
        Dossier second = DossierJson.readDossier(written);

        assertAll(
                () -> assertSameText(name, first.nominee().name()),
                () -> assertSameText(ref, first.evidence().get(0).ref()),
                () -> assertSameText(body, first.submission().confirmation().by()),
                () -> assertSameText(name, second.nominee().name()),
                () -> assertSameText(ref, second.evidence().get(0).ref()),
                () -> assertSameText(body, second.submission().confirmation().by()),
                () -> assertEquals(first, second),
                // Written as UTF-8 text, not as \\u escapes, and in the same form.
                () -> assertTrue(written.contains(name), written));
    }

    @ParameterizedTest
    @EnumSource(value = Normalizer.Form.class, names = {"NFC", "NFD"})
    void eachFormSurvivesReadingFromUtf8Bytes(Normalizer.Form form) {
        String name = Normalizer.normalize(NAME, form);
        String ref = Normalizer.normalize(REF, form);
        String line = DossierJson.writeLine(DossierJson.readDossier(dossier(name, ref, BODY)));
        for (boolean jsonLines : new boolean[]{true, false}) {
            List<DossierRead> out = new ArrayList<>();
            String text = jsonLines ? line + "\n" : "[" + line + "]";
            DossierJson.readBatch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), jsonLines, out::add);
            Dossier d = assertInstanceOf(DossierRead.Ok.class, out.get(0), out::toString).dossier();
            assertSameText(name, d.nominee().name());
            assertSameText(ref, d.evidence().get(0).ref());
        }
    }

    /** Equal as strings and as UTF-8 bytes: no normalisation, no replacement character. */
    private static void assertSameText(String expected, String actual) {
        assertEquals(expected, actual);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
