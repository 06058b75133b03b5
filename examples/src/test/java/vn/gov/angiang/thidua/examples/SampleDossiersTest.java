package vn.gov.angiang.thidua.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.api.Reason;
import vn.gov.angiang.thidua.api.Warning;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sample dossier of {@code examples/dossiers/}, evaluated once on 25/11/2026 with one shared
 * evaluator: each reads; together they reach every reason, warning and award; each gives the award
 * and score that {@code expected.json} records (the values worked out by hand from criteria-2026.md).
 */
class SampleDossiersTest {

    static final LocalDate CONSIDERED_ON = LocalDate.of(2026, 11, 25);
    static final Path DIR = Path.of("dossiers");
    static final String EXPECTED = "expected.json";

    static final Set<String> ALL_REASONS = Set.of(
            "SCOPE_AGENCY", "SCOPE_UNIT_TYPE", "SCOPE_EMPLOYMENT",
            "EXCLUSION_DISCIPLINE", "EXCLUSION_INVESTIGATION", "EXCLUSION_COMPLAINT", "EXCLUSION_PRESS",
            "DOSSIER_NO_CONFIRMATION", "DOSSIER_REPORT_NO_FIGURES", "DOSSIER_REPORT_NO_CASES", "DOSSIER_COPIES",
            "DOSSIER_LATE", "DOSSIER_NOT_SUBMITTED");
    static final Set<String> ALL_WARNINGS = Set.of(
            "EVIDENCE_UNKNOWN_CRITERION", "EVIDENCE_NO_REF", "EVIDENCE_NO_RESULT", "EVIDENCE_BAD_RATE",
            "EVIDENCE_OUTSIDE_PERIOD", "EVIDENCE_TOO_LATE", "EVIDENCE_DUPLICATE");

    /** File name → its evaluation, or the error that kept it from being read or evaluated. */
    static final Map<String, Evaluation> evaluations = new TreeMap<>();
    static final Map<String, String> failures = new TreeMap<>();
    static final Map<String, NomineeKind> kinds = new TreeMap<>();
    static JsonNode expected;

    @BeforeAll
    static void evaluateEverySampleOnce() throws IOException {
        Evaluator evaluator = SharedEvaluator.get();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(SampleDossiersTest::isDossier).sorted().toList()) {
                String name = file.getFileName().toString();
                try {
                    var dossier = DossierJson.readDossier(Files.readString(file));
                    kinds.put(name, dossier.nominee().kind());
                    evaluations.put(name, evaluator.evaluate(dossier, CONSIDERED_ON));
                } catch (RuntimeException e) {
                    failures.put(name, e.toString());
                }
            }
        }
        expected = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(Path.of(EXPECTED).toFile());
    }

    static boolean isDossier(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") && !name.equals(EXPECTED);
    }

    @Test
    void everySampleReadsAndEvaluates() {
        assertEquals(Map.of(), failures);
        assertTrue(evaluations.size() >= 14, () -> "only " + evaluations.size() + " samples");
    }

    @Test
    void togetherTheyReachEveryReason() {
        Set<String> seen = evaluations.values().stream().flatMap(e -> e.reasons().stream())
                .map(Reason::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ALL_REASONS), seen);
    }

    @Test
    void togetherTheyReachEveryWarning() {
        Set<String> seen = evaluations.values().stream().flatMap(e -> e.warnings().stream())
                .map(Warning::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ALL_WARNINGS), seen);
    }

    @Test
    void everyAwardAppearsAsAwardAndAsAwardByScore() {
        Set<Award> given = evaluations.values().stream().map(Evaluation::award)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Award.class)));
        Set<Award> byScore = evaluations.values().stream().map(Evaluation::awardByScore)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Award.class)));
        assertAll(() -> assertEquals(EnumSet.allOf(Award.class), given, "award"),
                () -> assertEquals(EnumSet.allOf(Award.class), byScore, "awardByScore"));
    }

    @Test
    void collectivesIndividualsAndABlockedHighScoreAreAmongThem() {
        assertEquals(EnumSet.allOf(NomineeKind.class), EnumSet.copyOf(kinds.values()));
        assertTrue(evaluations.values().stream()
                        .anyMatch(e -> e.award() == Award.NONE && e.awardByScore() == Award.BANG_KHEN),
                "a blocked dossier whose score would earn a Bằng khen");
    }

    @Test
    void expectedJsonListsExactlyTheSamples() {
        Set<String> listed = expected.properties().stream().map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> files = new TreeSet<>(evaluations.keySet());
        files.addAll(failures.keySet());
        assertEquals(files, listed);
    }

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsExpectedAwardAndScore() {
        return expected.properties().stream().map(row -> DynamicTest.dynamicTest(row.getKey(), () -> {
            Evaluation e = evaluations.get(row.getKey());
            assertTrue(e != null, () -> row.getKey() + " was not evaluated: " + failures.get(row.getKey()));
            JsonNode want = row.getValue();
            BigDecimal score = want.get("score").decimalValue();
            assertAll(
                    () -> assertEquals(Award.valueOf(want.get("award").asText()), e.award(), "award"),
                    () -> assertEquals(Award.valueOf(want.get("awardByScore").asText()), e.awardByScore(),
                            "awardByScore"),
                    () -> assertEquals(0, score.compareTo(e.score()),
                            () -> "score: expected " + score + ", engine " + e.score()));
        }));
    }
}
