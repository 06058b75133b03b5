package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Category;
import vn.gov.angiang.thidua.api.CriterionResult;
import vn.gov.angiang.thidua.api.Message;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One evaluation told for people: every number in it is a number of the {@link vn.gov.angiang.thidua.api.Evaluation}
 * (points, maxima, per-item points, rate bands, thresholds, reasons, warnings, trace) or a difference of two of
 * them, so that it can never say something {@code evaluate} does not. Built by {@link Explainer}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"dossierId", "nominee", "kind", "unit", "ruleSet", "consideredOn", "score", "awardByScore",
        "award", "band", "groups", "reasons", "nextAward", "room", "selfScore", "otherItems", "bonus", "deductions",
        "trace"})
record Explanation(String dossierId, String nominee, String kind, String unit, RuleSetInfo ruleSet,
                   LocalDate consideredOn, BigDecimal score, Award awardByScore, Award award, Band band,
                   List<Group> groups, List<Blocking> reasons, NextAward nextAward, List<Room> room,
                   SelfScore selfScore, List<NotCounted> otherItems, BigDecimal bonus, BigDecimal deductions,
                   List<String> trace) {

    /** The band of the score: the award it earns, from {@code from} up to (not including) {@code below}. */
    record Band(Award award, BigDecimal from, BigDecimal below) {
    }

    /** A group of the table with its criteria. */
    record Group(String code, BigDecimal points, BigDecimal max, List<Line> criteria) {
    }

    /** One criterion: its points, what counted and what did not. */
    record Line(String code, String title, BigDecimal points, BigDecimal max, List<Counted> counted,
                List<NotCounted> notCounted) {
    }

    /** An evidence item that counted: its reference and, where the dossier has it, what it says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Counted(String ref, String content, String result) {
    }

    /** An item that did not count (a warning of the evaluation), with its reason in words. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NotCounted(String code, String criterion, String ref, Message reason) {
    }

    /** A reason that blocks the award, with the clause of the plan it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Blocking(String code, Category category, String clause, Message message, String ref) {
    }

    /** The next award above the score: from which score it is given, and how many points are missing. */
    record NextAward(Award award, BigDecimal from, BigDecimal pointsShort, BigDecimal pointsAvailable) {
    }

    /**
     * A criterion that can still earn points: how many ({@code points}, within its group's maximum too), and how:
     * {@code perItem} points for each further valid item ({@code itemsNeeded} of them) for PER_ITEM, one valid item
     * for FLAT, one of {@code bands} for RATE; {@code hasEvidence} when it counted evidence already (a FLAT line
     * below its points was lowered by the rule {@code rule}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Room(String code, String title, BigDecimal points, String method, BigDecimal perItem, Integer itemsNeeded,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionResult.RateBand> bands,
                boolean hasEvidence, String rule) {
    }

    /** The unit's own score, the gap ({@code selfScore − score}) and the criteria that explain it. */
    record SelfScore(BigDecimal selfScore, BigDecimal gap, List<GapCause> causes) {
    }

    /**
     * A criterion where the unit may have counted more than the rules did: {@code notCounted} items that did not
     * count, or {@code overCap} points of valid items beyond the criterion's maximum.
     */
    record GapCause(String code, String title, int notCounted, BigDecimal overCap) {
    }
}
