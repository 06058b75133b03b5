package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.gov.angiang.thidua.testkit.Theories.orNull;

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
    private static final List<Character> LETTERS = CHARS.chars().mapToObj(c -> (char) c).toList();

    @Test
    void writtenThenReadIsTheSameDossier() {
        Theories.check(1_000, dossiers(), dossier -> {
            String line = DossierJson.writeLine(dossier);
            assertTrue(line.indexOf('\n') < 0, "one line, for JSON Lines");
            assertEquals(dossier, DossierJson.readDossier(line));
        });
    }

    @Test
    void whatIsWrittenIsValidAgainstTheSchema() {
        Theories.check(300, dossiers(), dossier -> assertEquals(Set.of(),
                SchemaSupport.errors(SchemaSupport.DOSSIER, DossierJson.writeLine(dossier))));
    }

    static Gen<Dossier> dossiers() {
        Gen<String> id = text().assuming(s -> !s.isBlank());
        Gen<NomineeKind> kinds = Generate.enumValues(NomineeKind.class);
        Gen<UnitType> unitTypes = orNull(Generate.enumValues(UnitType.class), 30);
        Gen<Employment> employments = orNull(Generate.enumValues(Employment.class), 30);
        Gen<String> name = optionalText();
        Gen<String> agency = text();
        Gen<String> unit = optionalText();
        Gen<Nominee> nominee = in -> new Nominee(kinds.generate(in), name.generate(in), agency.generate(in),
                unit.generate(in), unitTypes.generate(in), employments.generate(in));
        Gen<BigDecimal> selfScore = orNull(integers().between(0, 2).flatMap(scale ->
                longs().between(0, 100 * BigDecimal.TEN.pow(scale).longValueExact())
                        .map(unscaled -> BigDecimal.valueOf(unscaled, scale))), 20);
        Gen<List<Evidence>> evidence = lists().of(evidence()).ofSizeBetween(0, 6);
        Gen<List<Report>> reports = lists().of(report()).ofSizeBetween(0, 5);
        Gen<List<Proceeding>> proceedings = lists().of(proceeding()).ofSizeBetween(0, 3);
        Gen<List<Sanction>> sanctions = lists().of(sanction()).ofSizeBetween(0, 3);
        Gen<Submission> submission = orNull(submission(), 20);
        return in -> new Dossier(id.generate(in), nominee.generate(in), evidence.generate(in), reports.generate(in),
                proceedings.generate(in), sanctions.generate(in), submission.generate(in), selfScore.generate(in));
    }

    private static Gen<Evidence> evidence() {
        Gen<String> criterion = orNull(Generate.pick(List.of("TT1.1", "TT3.1", "CN2.2", "CN3.1", "CN-B1", "TT-D2", "",
                " TT1.2 ")), 10);
        // Any long, small ones, and the edges of the range.
        Gen<Long> whole = orNull(Generate.oneOf(longs().all(), longs().between(-5, 50),
                Generate.pick(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1,
                        Long.MAX_VALUE))), 30);
        Gen<String> ref = optionalText();
        Gen<LocalDate> date = optionalDate();
        Gen<String> content = optionalText();
        Gen<String> result = optionalText();
        return in -> new Evidence(criterion.generate(in), ref.generate(in), date.generate(in), content.generate(in),
                result.generate(in), whole.generate(in), whole.generate(in));
    }

    private static Gen<Report> report() {
        return Generate.enumValues(ReportCode.class).zip(optionalText(), optionalDate(), Report::new);
    }

    private static Gen<Proceeding> proceeding() {
        Gen<ProceedingType> type = Generate.enumValues(ProceedingType.class);
        Gen<Subject> subject = orNull(Generate.enumValues(Subject.class), 30);
        Gen<LocalDate> opened = date();
        Gen<LocalDate> closed = optionalDate();
        Gen<Boolean> signs = orNull(booleans().all(), 30);
        Gen<String> ref = optionalText();
        return in -> new Proceeding(type.generate(in), subject.generate(in), opened.generate(in), closed.generate(in),
                signs.generate(in), ref.generate(in));
    }

    private static Gen<Sanction> sanction() {
        return date().zip(orNull(Generate.enumValues(SanctionForm.class), 30),
                orNull(Generate.enumValues(Subject.class), 30), optionalText(), Sanction::new);
    }

    private static Gen<Submission> submission() {
        Gen<Confirmation> confirmation = orNull(optionalText().zip(optionalText(), optionalDate(), Confirmation::new), 30);
        // Small counts, any count, and the largest.
        Gen<Integer> count = orNull(Generate.oneOf(integers().between(0, 5), integers().between(0, Integer.MAX_VALUE),
                Generate.constant(Integer.MAX_VALUE)), 30);
        Gen<AchievementReport> report = orNull(orNull(booleans().all(), 30).zip(count, AchievementReport::new), 30);
        return confirmation.zip(report, count, optionalDate(), Submission::new);
    }

    private static Gen<String> text() {
        return lists().of(Generate.pick(LETTERS)).ofSizeBetween(0, 40)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<String> optionalText() {
        return orNull(text(), 20);
    }

    private static Gen<LocalDate> date() {
        // Four-digit years only, as the format has them; leap days and year ends among them.
        Gen<LocalDate> any = longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<LocalDate> edges = Generate.pick(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 29),
                LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
                LocalDate.of(2099, 12, 31)));
        return any.mix(edges, 10);
    }

    private static Gen<LocalDate> optionalDate() {
        return orNull(date(), 20);
    }
}
