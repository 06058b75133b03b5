package vn.gov.angiang.thidua.api.json;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.ErrorRecord;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.TestDossiers.minimal;

/** A batch yields one record per dossier, in order; a bad dossier becomes an error record and reading goes on. */
class DossierJsonBatchTest {

    private static List<DossierRead> read(String text, boolean jsonLines) {
        List<DossierRead> out = new ArrayList<>();
        DossierJson.readBatch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), jsonLines, out::add);
        return out;
    }

    private static void assertOk(DossierRead r, long index, String id) {
        DossierRead.Ok ok = assertInstanceOf(DossierRead.Ok.class, r, r::toString);
        assertEquals(index, ok.index());
        assertEquals(id, ok.dossier().id());
    }

    private static ErrorRecord assertFailed(DossierRead r, long index, String code) {
        DossierRead.Failed failed = assertInstanceOf(DossierRead.Failed.class, r, r::toString);
        assertEquals(index, failed.index());
        assertEquals(index, failed.error().index());
        assertEquals(code, failed.error().error().code(), failed.error().error().message());
        return failed.error();
    }

    @Test
    void anArrayGoesOnPastADossierWithAnUnknownField() {
        String b = "{\"id\":\"B\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"BQLKKT-AG\",\"nmae\":\"x\"}}";
        List<DossierRead> out = read("[" + minimal("A") + ",\n" + b + ",\n" + minimal("C") + "]", false);
        assertEquals(3, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        ErrorRecord e = assertFailed(out.get(1), 1, DossierValidator.INVALID);
        assertEquals("B", e.dossierId());
        assertEquals("nominee.nmae", e.error().field());
        assertOk(out.get(2), 2, "C");
    }

    @Test
    void anArrayGoesOnPastItemsThatAreNotDossiers() {
        List<DossierRead> out = read("[" + minimal("A") + ", 7, null, [], " + minimal("E") + "]", false);
        assertEquals(5, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        assertFailed(out.get(1), 1, DossierValidator.INVALID);
        assertFailed(out.get(2), 2, DossierValidator.INVALID);
        assertFailed(out.get(3), 3, DossierValidator.INVALID);
        assertOk(out.get(4), 4, "E");
    }

    @Test
    void aTruncatedArrayYieldsTheEarlierRecordsThenOneError() {
        String full = "[" + minimal("A") + "," + minimal("B") + "," + minimal("C") + "]";
        String cut = full.substring(0, full.indexOf("\"C\"") + 8);
        List<DossierRead> out = read(cut, false);
        assertEquals(3, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        assertOk(out.get(1), 1, "B");
        // The id was read before the break, so the error record names the dossier.
        assertEquals("C", assertFailed(out.get(2), 2, ErrorRecord.MALFORMED_JSON).dossierId());
    }

    @Test
    void anArrayCutAfterAnElementIsStillAnError() {
        for (String cut : new String[]{"[" + minimal("A"), "[" + minimal("A") + ","}) {
            List<DossierRead> out = read(cut, false);
            assertEquals(2, out.size(), out::toString);
            assertOk(out.get(0), 0, "A");
            assertFailed(out.get(1), 1, ErrorRecord.MALFORMED_JSON);
        }
    }

    @Test
    void textAfterTheArrayIsAnError() {
        List<DossierRead> out = read("[" + minimal("A") + "] [" + minimal("B") + "]", false);
        assertEquals(2, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        assertFailed(out.get(1), 1, ErrorRecord.MALFORMED_JSON);
    }

    @Test
    void aSyntaxErrorInsideAnArrayEndsIt() {
        List<DossierRead> out = read("[" + minimal("A") + ", {\"id\": \"B\" \"x\"}, " + minimal("C") + "]", false);
        assertEquals(2, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        assertFailed(out.get(1), 1, ErrorRecord.MALFORMED_JSON);
    }

    @Test
    void anEmptyArrayYieldsNothing() {
        assertEquals(List.of(), read(" [ ] \n", false));
    }

    @Test
    void oneDossierOrSeveralInARow() {
        List<DossierRead> out = read(minimal("A"), false);
        assertEquals(1, out.size());
        assertOk(out.get(0), 0, "A");
        out = read(minimal("A") + "\n" + minimal("B"), false);
        assertEquals(2, out.size(), out::toString);
        assertOk(out.get(1), 1, "B");
    }

    @Test
    void jsonLinesGoOnPastABrokenLine() {
        String lines = minimal("A") + "\n"
                + "{\"id\": \"B\", \"nominee\": {\"kind\": \"COLLECTIVE\",\n"
                + minimal("C") + "\n";
        List<DossierRead> out = read(lines, true);
        assertEquals(3, out.size(), out::toString);
        assertOk(out.get(0), 0, "A");
        assertFailed(out.get(1), 1, ErrorRecord.MALFORMED_JSON);
        assertOk(out.get(2), 2, "C");
    }

    @Test
    void jsonLinesGoOnPastAnInvalidDossierAndKeepItsId() {
        String lines = minimal("A") + "\r\n"
                + "{\"id\":\"B\",\"nominee\":{\"kind\":\"collective\",\"agency\":\"BQLKKT-AG\"}}\r\n"
                + "\r\n"
                + minimal("C");
        List<DossierRead> out = read(lines, true);
        assertEquals(3, out.size(), out::toString);
        ErrorRecord e = assertFailed(out.get(1), 1, DossierValidator.INVALID);
        assertAll(() -> assertEquals("B", e.dossierId()), () -> assertEquals("nominee.kind", e.error().field()));
        // A blank line is no record: indexes count dossiers.
        assertOk(out.get(2), 2, "C");
    }

    @Test
    void aByteOrderMarkIsSkippedInBothLayouts() {
        List<DossierRead> lines = read("\uFEFF" + minimal("A") + "\n" + minimal("B") + "\n", true);
        assertOk(lines.get(0), 0, "A");
        assertOk(lines.get(1), 1, "B");
        List<DossierRead> array = read("\uFEFF[" + minimal("A") + "]", false);
        assertOk(array.get(0), 0, "A");
    }

    @Test
    void aDuplicateKeyRefusesTheDossierAndNamesTheKey() {
        List<DossierRead> out = read("{\"id\":\"A\",\"id\":\"B\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"X\"}}\n"
                + minimal("C"), true);
        ErrorRecord e = assertFailed(out.get(0), 0, "INVALID_DOSSIER");
        assertEquals("DUPLICATE_FIELD", e.error().kind());
        assertEquals("id", e.error().field());
        assertTrue(e.error().message().contains("'id'"), e.error().message());
        assertOk(out.get(1), 1, "C");
    }
}
