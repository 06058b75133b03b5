package vn.gov.angiang.thidua.api.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.TestDossiers.minimal;

/**
 * Numbers whose exponent no BigDecimal holds (its scale is an int): {@code 1e2036854775808},
 * {@code 1e-2036854775808}, {@code 0.5e-2147483647}. Jackson reads them lazily and fails with a
 * NumberFormatException, which once escaped the reader and cost the whole batch. In every numeric field of
 * the dossier, and in both layouts and {@code readDossier}, each must be the error record of its dossier only,
 * naming the dossier and the field, as the numbers with an exponent beyond ±100 are ({@code maxNumberLength}).
 */
class ExponentOverflowTest {

    /** Short, but beyond an int exponent or scale; the last two fit one, and were refused already. */
    private static final List<String> NUMBERS = List.of("1e2036854775808", "-1e2036854775808", "1e-2036854775808",
            "-1e-2036854775808", "1E+2147483648", "1e-2147483648", "0.5e-2147483647", "12e-2147483648",
            "1e99999999999999999999", "1.5E-99999999999999999999", "1e2147483647", "1e-2147483647");

    /** Every numeric field of the dossier: its path, and the dossier with {@code N} where the number goes. */
    private static final List<String[]> FIELDS = List.of(
            new String[]{"evidence[0].done", "\"evidence\":[{\"criterion\":\"TT1.1\",\"done\":N,\"total\":20}]"},
            new String[]{"evidence[0].total", "\"evidence\":[{\"criterion\":\"TT1.1\",\"total\":N}]"},
            new String[]{"submission.copies", "\"submission\":{\"copies\":N}"},
            new String[]{"submission.report.cases", "\"submission\":{\"report\":{\"figures\":true,\"cases\":N}}"},
            new String[]{"selfScore", "\"selfScore\":N"});

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String[] field : FIELDS) {
            for (String n : NUMBERS) {
                all.add(Arguments.of(field[0], n, "{\"id\":\"BAD\",\"nominee\":{\"kind\":\"COLLECTIVE\","
                        + "\"agency\":\"BQLKKT-AG\"}," + field[1].replace("N", n) + "}"));
            }
        }
        return all.stream();
    }

    private static List<DossierRead> read(String text, InputFormat format) {
        List<DossierRead> out = new ArrayList<>();
        new DossierReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, out::add);
        return out;
    }

    private static void isTheError(ErrorRecord record, String field, Long line) {
        ErrorRecord.Error e = record.error();
        assertAll(record::toString,
                () -> assertEquals("BAD", record.dossierId(), "the dossier"),
                () -> assertEquals(ErrorRecord.LIMIT_EXCEEDED, e.code()),
                () -> assertEquals("maxNumberLength", e.kind()),
                () -> assertEquals(field, e.field()),
                () -> assertEquals(line, e.line()),
                () -> assertTrue(e.message().contains("exponent"), e.message()));
    }

    private static void others(List<DossierRead> out) {
        assertEquals(3, out.size(), out::toString);
        assertEquals("A", assertInstanceOf(DossierRead.Ok.class, out.get(0)).dossier().id());
        assertEquals("C", assertInstanceOf(DossierRead.Ok.class, out.get(2)).dossier().id());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, out.get(i).index());
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void aJsonLinesLineCostsOnlyItself(String field, String number, String dossier) {
        List<DossierRead> out = read(minimal("A") + "\n" + dossier + "\n" + minimal("C") + "\n", InputFormat.JSON_LINES);
        others(out);
        isTheError(assertInstanceOf(DossierRead.Failed.class, out.get(1), out.get(1)::toString).error(), field, 2L);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void aDossierInAJsonArrayCostsOnlyItself(String field, String number, String dossier) {
        List<DossierRead> out = read("[\n" + minimal("A") + ",\n" + dossier + ",\n" + minimal("C") + "\n]",
                InputFormat.JSON);
        others(out);
        isTheError(assertInstanceOf(DossierRead.Failed.class, out.get(1), out.get(1)::toString).error(), field, 3L);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("cases")
    void oneDossierIsAnInvalidDossierException(String field, String number, String dossier) {
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(dossier));
        isTheError(e.toRecord(0), field, 1L);
        List<DossierRead> alone = read(dossier, InputFormat.JSON);
        assertEquals(1, alone.size(), alone::toString);
        isTheError(assertInstanceOf(DossierRead.Failed.class, alone.get(0)).error(), field, 1L);
    }

    @Test
    void aTreeOfSuchANumberIsAnInvalidDossierExceptionToo() {
        for (String n : NUMBERS.subList(0, NUMBERS.size() - 2)) {
            InvalidDossierException e = assertThrows(InvalidDossierException.class,
                    () -> DossierJson.tree("{\"a\":[" + n + "]}"), n);
            assertEquals(ErrorRecord.LIMIT_EXCEEDED, e.code());
            assertEquals("maxNumberLength", e.kind());
        }
        assertEquals("1E+100", DossierJson.tree("{\"a\":1e100}").get("a").decimalValue().toString());
    }
}
