package vn.gov.angiang.thidua.api.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Employment;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.ReportCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.api.json.TestDossiers.BASE;
import static vn.gov.angiang.thidua.api.json.TestDossiers.ID;
import static vn.gov.angiang.thidua.api.json.TestDossiers.edited;
import static vn.gov.angiang.thidua.api.json.TestDossiers.with;

/** formats.md's input errors, one by one: each makes the dossier an error record naming the field. */
class DossierJsonStrictTest {

    @Test
    void theDossierOfFormatsMdReads() {
        Dossier d = DossierJson.readDossier(BASE);
        assertAll(
                () -> assertEquals(ID, d.id()),
                () -> assertEquals(NomineeKind.INDIVIDUAL, d.nominee().kind()),
                () -> assertEquals(Employment.CIVIL_SERVANT, d.nominee().employment()),
                () -> assertEquals(2, d.evidence().size()),
                () -> assertEquals(19L, d.evidence().get(1).done()),
                () -> assertEquals(LocalDate.of(2026, 10, 30), d.evidence().get(1).date()),
                () -> assertEquals(ReportCode.Q1, d.reports().get(0).code()),
                () -> assertEquals(2, d.submission().copies()),
                // Exactly the decimal written: never through double.
                () -> assertEquals(new BigDecimal("92.5"), d.selfScore()));
    }

    /** label, the dossier (BASE with one edit), the field the error must name. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("unknown field", with("\"result\": \"Chuyển", "\"resutl\": \"Chuyển"), "evidence[0].resutl"),
                Arguments.of("unknown top-level field", with("\"selfScore\": 92.5", "\"selfscore\": 92.5"), "selfscore"),
                Arguments.of("enum with a space", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \" COLLECTIVE\""), "nominee.kind"),
                Arguments.of("enum with a trailing space", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \"COLLECTIVE \""), "nominee.kind"),
                Arguments.of("enum in lower case", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \"collective\""), "nominee.kind"),
                Arguments.of("enum as its position", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": 0"), "nominee.kind"),
                Arguments.of("enum as its position in text", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \"1\""), "nominee.kind"),
                Arguments.of("empty enum", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \"\""), "nominee.kind"),
                Arguments.of("blank optional enum", with("\"unitType\": null", "\"unitType\": \"  \""), "nominee.unitType"),
                Arguments.of("unknown report code", with("\"code\": \"Q1\"", "\"code\": \"Q2\""), "reports[0].code"),
                Arguments.of("impossible date", with("\"date\": \"2026-10-30\"", "\"date\": \"2026-02-30\""), "evidence[1].date"),
                Arguments.of("day-first date", with("\"date\": \"2026-10-30\"", "\"date\": \"30/11/2026\""), "evidence[1].date"),
                Arguments.of("date without zero padding", with("\"date\": \"2026-10-30\"", "\"date\": \"2026-10-3\""), "evidence[1].date"),
                Arguments.of("date with a time", with("\"date\": \"2026-10-30\"", "\"date\": \"2026-10-30T08:00:00\""), "evidence[1].date"),
                Arguments.of("date as a number", with("\"date\": \"2026-10-30\"", "\"date\": 20261030"), "evidence[1].date"),
                Arguments.of("impossible receipt date", with("\"received\": \"2026-11-18\"", "\"received\": \"2026-11-31\""), "submission.received"),
                Arguments.of("fraction for done", with("\"done\": 19", "\"done\": 19.5"), "evidence[1].done"),
                Arguments.of("text for done", with("\"done\": 19", "\"done\": \"19\""), "evidence[1].done"),
                Arguments.of("fraction for total", with("\"total\": 20", "\"total\": 20.25"), "evidence[1].total"),
                Arguments.of("negative copies", with("\"copies\": 2", "\"copies\": -1"), "submission.copies"),
                Arguments.of("fraction for copies", with("\"copies\": 2", "\"copies\": 1.5"), "submission.copies"),
                Arguments.of("copies beyond int", with("\"copies\": 2", "\"copies\": 3000000000"), "submission.copies"),
                Arguments.of("negative cases", with("\"cases\": 3", "\"cases\": -1"), "submission.report.cases"),
                Arguments.of("text for figures", with("\"figures\": true", "\"figures\": \"true\""), "submission.report.figures"),
                Arguments.of("number for figures", with("\"figures\": true", "\"figures\": 1"), "submission.report.figures"),
                Arguments.of("self-score above 100", with("\"selfScore\": 92.5", "\"selfScore\": 100.5"), "selfScore"),
                Arguments.of("self-score below 0", with("\"selfScore\": 92.5", "\"selfScore\": -0.01"), "selfScore"),
                Arguments.of("self-score with three decimals", with("\"selfScore\": 92.5", "\"selfScore\": 92.555"), "selfScore"),
                Arguments.of("self-score as text", with("\"selfScore\": 92.5", "\"selfScore\": \"92.5\""), "selfScore"),
                Arguments.of("number for a text", with("\"unit\": \"VP\"", "\"unit\": 7"), "nominee.unit"),
                Arguments.of("missing nominee.kind", with("\"kind\": \"INDIVIDUAL\",", ""), "nominee.kind"),
                Arguments.of("null nominee.kind", with("\"kind\": \"INDIVIDUAL\"", "\"kind\": null"), "nominee.kind"),
                Arguments.of("missing nominee.agency", with("\"agency\": \"BQLKKT-AG\",", ""), "nominee.agency"),
                Arguments.of("missing proceedings[0].type", with("\"type\": \"COMPLAINT\", ", ""), "proceedings[0].type"),
                Arguments.of("missing proceedings[0].opened", with("\"opened\": \"2026-08-01\", ", ""), "proceedings[0].opened"),
                Arguments.of("empty proceedings[0].opened", with("\"opened\": \"2026-08-01\"", "\"opened\": \"\""), "proceedings[0].opened"),
                Arguments.of("missing sanctions[0].date", with("\"date\": \"2026-05-02\", ", ""), "sanctions[0].date"),
                Arguments.of("missing reports[0].code", with("\"code\": \"Q1\", ", ""), "reports[0].code"),
                Arguments.of("null evidence item", with("\"evidence\": [", "\"evidence\": [null, "), "evidence[0]"),
                Arguments.of("null nominee", edited(d -> d.putNull("nominee")), "nominee"),
                Arguments.of("missing nominee", edited(d -> d.remove("nominee")), "nominee"),
                Arguments.of("nominee as text", edited(d -> d.put("nominee", "Nguyễn Thị Thu Hà")), "nominee"),
                Arguments.of("reports as an object", edited(d -> d.putObject("reports").put("code", "Q1")), "reports"),
                Arguments.of("submission as a list", edited(d -> d.putArray("submission")), "submission"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void anInputErrorNamesTheFieldAndTheDossier(String label, String json, String field) {
        InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> DossierJson.readDossier(json));
        assertAll(
                () -> assertEquals(DossierValidator.INVALID, e.code()),
                () -> assertEquals(field, e.field(), e.getMessage()),
                // The id was readable, so the error says whose dossier it is.
                () -> assertEquals(ID, e.dossierId(), e.getMessage()),
                () -> assertEquals(ID, e.toRecord(3).dossierId()),
                () -> assertEquals(field, e.toRecord(3).error().field()));
    }

    @Test
    void anUnknownFieldIsNamedInTheMessage() {
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(with("\"result\": \"Chuyển", "\"resutl\": \"Chuyển")));
        assertTrue(e.detail().contains("'resutl'"), e.detail());
    }

    @Test
    void aBadEnumValueIsQuotedWithItsSpaces() {
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(with("\"kind\": \"INDIVIDUAL\"", "\"kind\": \" COLLECTIVE\"")));
        assertTrue(e.detail().contains("' COLLECTIVE'"), e.detail());
    }

    @Test
    void aMissingIdIsAnErrorWithoutAnId() {
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(with("\"id\": \"BQLKKT-2026-CN-007\",", "")));
        assertEquals("id", e.field());
        assertNull(e.dossierId());
    }

    @Test
    void aBlankIdIsAnError() {
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(with("\"id\": \"BQLKKT-2026-CN-007\"", "\"id\": \"  \"")));
        assertEquals("id", e.field());
    }

    @Test
    void aDuplicateKeyRefusesTheDossier() {
        // The same code and kind as in a batch: readDossier and DossierReader are one reading path.
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(with("\"copies\": 2,", "\"copies\": 2, \"copies\": 3,")));
        assertEquals(DossierValidator.INVALID, e.code());
        assertEquals("DUPLICATE_FIELD", e.kind());
        assertEquals("submission.copies", e.field());
        assertTrue(e.detail().contains("copies"), e.detail());
    }

    @Test
    void textAfterTheDossierIsMalformed() {
        InvalidDossierException e = assertThrows(InvalidDossierException.class,
                () -> DossierJson.readDossier(BASE + " {}"));
        assertEquals(ErrorRecord.MALFORMED_JSON, e.code());
    }

    @Test
    void aDossierMustBeAnObject() {
        for (String json : new String[]{"null", "[]", "\"x\"", "7", ""}) {
            InvalidDossierException e = assertThrows(InvalidDossierException.class,
                    () -> DossierJson.readDossier(json), json);
            assertEquals(DossierValidator.INVALID, e.code(), json);
        }
    }

    @Test
    void anEmptyEvidenceDateIsAbsent() {
        Dossier d = DossierJson.readDossier(with("\"date\": \"2026-10-30\"", "\"date\": \"\""));
        assertNull(d.evidence().get(1).date());
    }

    @Test
    void anEmptyOptionalDateIsAbsentEverywhere() {
        String json = TestDossiers.edit(with("\"received\": \"2026-11-18\"", "\"received\": \"\""),
                "\"closed\": null", "\"closed\": \"\"");
        Dossier d = DossierJson.readDossier(json);
        assertNull(d.submission().received());
        assertNull(d.proceedings().get(0).closed());
    }

    /** Not input errors: the rules judge these (EVIDENCE_BAD_RATE, SCOPE_AGENCY, …). */
    static Stream<Arguments> acceptedForTheRules() {
        return Stream.of(
                Arguments.of("negative done", with("\"done\": 19", "\"done\": -19")),
                Arguments.of("done above total", with("\"done\": 19", "\"done\": 21")),
                Arguments.of("zero total", with("\"total\": 20", "\"total\": 0")),
                Arguments.of("no rate at all", with("\"done\": 19, \"total\": 20", "\"done\": null")),
                Arguments.of("blank agency", with("\"agency\": \"BQLKKT-AG\"", "\"agency\": \"  \"")),
                Arguments.of("unknown criterion code", with("\"criterion\": \"CN3.1\"", "\"criterion\": \"XX9\"")),
                Arguments.of("evidence without anything", with("\"evidence\": [", "\"evidence\": [{}, ")),
                Arguments.of("null lists", edited(d -> d.putNull("evidence").putNull("reports").putNull("proceedings")
                        .putNull("sanctions"))),
                Arguments.of("absent lists", edited(d -> d.remove(java.util.List.of("evidence", "reports", "proceedings",
                        "sanctions")))),
                Arguments.of("draft", edited(d -> d.putNull("submission"))),
                Arguments.of("empty submission", edited(d -> d.putObject("submission"))),
                Arguments.of("self-score 100", with("\"selfScore\": 92.5", "\"selfScore\": 100")),
                Arguments.of("self-score 100.00", with("\"selfScore\": 92.5", "\"selfScore\": 100.00")),
                Arguments.of("self-score 0", with("\"selfScore\": 92.5", "\"selfScore\": 0")),
                Arguments.of("self-score two decimals", with("\"selfScore\": 92.5", "\"selfScore\": 92.55")),
                Arguments.of("no self-score", with("\"selfScore\": 92.5", "\"selfScore\": null")),
                Arguments.of("zero copies", with("\"copies\": 2", "\"copies\": 0")),
                Arguments.of("report not sent", with("\"received\": \"2026-04-10\"", "\"received\": null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedForTheRules")
    void notAnInputError(String label, String json) {
        assertEquals(ID, DossierJson.readDossier(json).id());
    }
}
