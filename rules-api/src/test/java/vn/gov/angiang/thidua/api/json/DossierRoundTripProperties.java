package vn.gov.angiang.thidua.api.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.gov.angiang.thidua.api.AchievementReport;
import vn.gov.angiang.thidua.api.Confirmation;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Employment;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.ProceedingType;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.ReportCode;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.SanctionForm;
import vn.gov.angiang.thidua.api.Subject;
import vn.gov.angiang.thidua.api.Submission;
import vn.gov.angiang.thidua.api.UnitType;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever valid dossier is written, the same dossier is read back, and the schema accepts what was written. */
class DossierRoundTripProperties {

    /**
     * Vietnamese letters both precomposed and as combining marks (so NFD sequences occur), plus the
     * characters JSON must escape.
     */
    private static final String CHARS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
            + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
            + "ÁÀẢÃẠỄỆỐỒỨỮỰÝ0123456789 -/.,;:()"
            + "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B"
            + "\"\\\n\t\u00A0";

    @Property
    void writtenThenReadIsTheSameDossier(@ForAll("dossiers") Dossier dossier) {
        String line = DossierJson.writeLine(dossier);
        assertTrue(line.indexOf('\n') < 0, "one line, for JSON Lines");
        assertEquals(dossier, DossierJson.readDossier(line));
    }

    @Property(tries = 300)
    void whatIsWrittenIsValidAgainstTheSchema(@ForAll("dossiers") Dossier dossier) {
        assertEquals(java.util.Set.of(), SchemaSupport.errors(SchemaSupport.DOSSIER, DossierJson.writeLine(dossier)));
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        Arbitrary<String> id = text().filter(s -> !s.isBlank());
        Arbitrary<Nominee> nominee = Combinators.combine(Arbitraries.of(NomineeKind.class), optionalText(), text(),
                optionalText(), Arbitraries.of(UnitType.class).injectNull(0.3),
                Arbitraries.of(Employment.class).injectNull(0.3)).as(Nominee::new);
        Arbitrary<BigDecimal> selfScore = Arbitraries.integers().between(0, 2).flatMap(scale ->
                        Arbitraries.longs().between(0, 100 * BigDecimal.TEN.pow(scale).longValueExact())
                                .map(unscaled -> BigDecimal.valueOf(unscaled, scale)))
                .injectNull(0.2);
        return Combinators.combine(id, nominee, evidence().list().ofMaxSize(6), report().list().ofMaxSize(5),
                        proceeding().list().ofMaxSize(3), sanction().list().ofMaxSize(3),
                        submission().injectNull(0.2), selfScore)
                .as(Dossier::new);
    }

    private Arbitrary<Evidence> evidence() {
        Arbitrary<String> criterion = Arbitraries.of("TT1.1", "TT3.1", "CN2.2", "CN3.1", "CN-B1", "TT-D2", "", " TT1.2 ")
                .injectNull(0.1);
        Arbitrary<Long> whole = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-5, 50))
                .injectNull(0.3);
        return Combinators.combine(criterion, optionalText(), optionalDate(), optionalText(), optionalText(), whole,
                whole).as(Evidence::new);
    }

    private Arbitrary<Report> report() {
        return Combinators.combine(Arbitraries.of(ReportCode.class), optionalText(), optionalDate()).as(Report::new);
    }

    private Arbitrary<Proceeding> proceeding() {
        return Combinators.combine(Arbitraries.of(ProceedingType.class), Arbitraries.of(Subject.class).injectNull(0.3),
                date(), optionalDate(), Arbitraries.of(true, false).injectNull(0.3), optionalText()).as(Proceeding::new);
    }

    private Arbitrary<Sanction> sanction() {
        return Combinators.combine(date(), Arbitraries.of(SanctionForm.class).injectNull(0.3),
                Arbitraries.of(Subject.class).injectNull(0.3), optionalText()).as(Sanction::new);
    }

    private Arbitrary<Submission> submission() {
        Arbitrary<Confirmation> confirmation = Combinators.combine(optionalText(), optionalText(), optionalDate())
                .as(Confirmation::new).injectNull(0.3);
        Arbitrary<Integer> count = Arbitraries.oneOf(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().greaterOrEqual(0)).injectNull(0.3);
        Arbitrary<AchievementReport> report = Combinators.combine(Arbitraries.of(true, false).injectNull(0.3), count)
                .as(AchievementReport::new).injectNull(0.3);
        return Combinators.combine(confirmation, report, count, optionalDate()).as(Submission::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(CHARS).ofMinLength(0).ofMaxLength(40);
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.2);
    }

    private static Arbitrary<LocalDate> date() {
        // Leap days and year ends included; four-digit years only, as the format has them.
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<LocalDate> optionalDate() {
        return date().injectNull(0.2);
    }
}
