package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.AwardThreshold;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Office's summary of a batch (plan, section IV.1): one row per dossier — those that could not be read too —
 * in {@link SummaryOrder}, the totals per award and per unit, and the histogram of the scores. Rows are read from
 * the evaluations; the explanation of each is kept for the HTML report.
 */
@JsonPropertyOrder({"ruleSet", "consideredOn", "rows", "totals", "histogram"})
record OfficeSummary(RuleSetInfo ruleSet, LocalDate consideredOn, List<Row> rows, Totals totals, Histogram histogram) {

    /** Where a row that could not be evaluated stands among the awards. */
    static final String ERROR = "ERROR";

    /** One dossier. {@code award} is null and {@code error} set when it could not be read or evaluated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"index", "source", "dossierId", "nominee", "kind", "unit", "score", "awardByScore", "award",
            "reasons", "warnings", "error"})
    record Row(long index, String source, String dossierId, String nominee, String kind, String unit,
               BigDecimal score, Award awardByScore, Award award, List<RowReason> reasons, Integer warnings,
               RowError error, @JsonIgnore Explanation explanation) {
    }

    /** A blocking reason of a row, with the clause of the plan it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowReason(String code, String clause, Message message, String ref) {
    }

    /** Why a row has no evaluation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowError(String code, String kind, String message, String field, Long line, Long column) {
    }

    /** Counts per award (NONE, GIAY_KHEN, BANG_KHEN, and ERROR for the rows not evaluated), overall and per unit. */
    record Totals(long dossiers, Map<String, Long> byAward, Map<String, Map<String, Long>> byUnit) {
    }

    /** Scores in bins of {@code width} points from 0 (the last bin holds 100), and the award thresholds to draw. */
    record Histogram(BigDecimal width, List<Long> counts, List<AwardThreshold> thresholds) {
    }

    static Row row(long index, String source, Dossier dossier, Outcome outcome, PlanClauses clauses) {
        // Names in NFC, as people and spreadsheets expect them, however the dossier wrote them.
        String name = dossier == null || dossier.nominee() == null ? null : nfc(dossier.nominee().name());
        String kind = dossier == null || dossier.nominee() == null || dossier.nominee().kind() == null ? null
                : dossier.nominee().kind().name();
        String unit = dossier == null || dossier.nominee() == null ? null : nfc(dossier.nominee().unit());
        if (outcome instanceof Evaluation e) {
            List<RowReason> reasons = e.reasons().stream().map(r -> new RowReason(r.code(),
                    clauses.of(r.code()), r.message(), r.ref())).toList();
            return new Row(index, source, e.dossierId(), name, kind, unit, e.score(), e.awardByScore(), e.award(),
                    reasons, e.warnings().size(), null, Explainer.explain(e, dossier, clauses));
        }
        ErrorRecord.Error err = ((ErrorRecord) outcome).error();
        return new Row(index, source, outcome.dossierId(), name, kind, unit, null, null, null, List.of(), null,
                new RowError(err.code(), err.kind(), err.message(), err.field(), err.line(), err.column()), null);
    }

    /** The summary of these rows, in any order; {@code thresholds} from the evaluations, lowest first. */
    static OfficeSummary of(RuleSetInfo ruleSet, LocalDate consideredOn, List<Row> rows,
                            List<AwardThreshold> thresholds) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(SummaryOrder.ROWS);
        Map<String, Long> byAward = new TreeMap<>(SummaryOrder.AWARD_KEYS);
        Map<String, Map<String, Long>> byUnit = new TreeMap<>(SummaryOrder.NAMES);
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            counts.add(0L);
        }
        for (String key : List.of(Award.BANG_KHEN.name(), Award.GIAY_KHEN.name(), Award.NONE.name(), ERROR)) {
            byAward.put(key, 0L);
        }
        for (Row r : sorted) {
            String key = r.award() == null ? ERROR : r.award().name();
            byAward.merge(key, 1L, Long::sum);
            String unit = r.unit() == null || r.unit().isBlank() ? "—" : r.unit().strip();
            byUnit.computeIfAbsent(unit, u -> new TreeMap<>(SummaryOrder.AWARD_KEYS)).merge(key, 1L, Long::sum);
            if (r.score() != null) {
                int bin = Math.min(BINS - 1, r.score().divideToIntegralValue(WIDTH).intValue());
                counts.set(Math.max(0, bin), counts.get(Math.max(0, bin)) + 1);
            }
        }
        return new OfficeSummary(ruleSet, consideredOn, List.copyOf(sorted),
                new Totals(sorted.size(), byAward, byUnit), new Histogram(WIDTH, counts, thresholds));
    }

    private static String nfc(String s) {
        return s == null ? null : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    private static final BigDecimal WIDTH = BigDecimal.valueOf(5);
    private static final int BINS = 20;
}
