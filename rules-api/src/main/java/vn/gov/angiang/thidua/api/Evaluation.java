package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result for one dossier: its score, the award the score earns ({@code awardByScore}), the award
 * given ({@code award}: none while any reason stands), every reason, criterion, group and warning.
 * {@code selfScoreGap} is present when the dossier gave a self-score; {@code trace} when an
 * explanation was asked for. {@code thresholds} are the rule set's award bands, lowest first (absent from
 * evaluations made before they were recorded), so that "how far from the next award" is read, not assumed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"dossierId", "ruleSet", "consideredOn", "score", "awardByScore", "award", "reasons",
        "criteria", "groups", "bonus", "deductions", "warnings", "selfScoreGap", "thresholds", "trace"})
public record Evaluation(String dossierId, RuleSetInfo ruleSet, LocalDate consideredOn, BigDecimal score,
                         Award awardByScore, Award award, List<Reason> reasons, List<CriterionResult> criteria,
                         List<GroupResult> groups, BigDecimal bonus, BigDecimal deductions,
                         List<Warning> warnings, BigDecimal selfScoreGap, List<String> trace,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AwardThreshold> thresholds)
        implements Outcome {

    /**
     * Copies the lists, so that the evaluation is immutable; {@code trace} stays null when not asked for.
     *
     * @param dossierId the dossier's id
     * @param ruleSet the rule set that produced the evaluation
     * @param consideredOn the day the dossier was considered
     * @param score the score, 0 to 100, exact
     * @param awardByScore the award the score earns
     * @param award the award given: none while any reason stands
     * @param reasons every reason the award is blocked
     * @param criteria every criterion's points
     * @param groups every group's total
     * @param bonus the bonus points
     * @param deductions the points deducted
     * @param warnings every warning
     * @param selfScoreGap the score less the dossier's self-score, or null
     * @param trace the rules that fired, in order, when an explanation was asked for; else null
     * @param thresholds the rule set's award bands, lowest first; empty when not recorded
     */
    public Evaluation {
        reasons = List.copyOf(reasons);
        criteria = List.copyOf(criteria);
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
        trace = trace == null ? null : List.copyOf(trace);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /**
     * An evaluation without the award bands (as evaluations were before they were recorded).
     *
     * @param dossierId the dossier's id
     * @param ruleSet the rule set that produced the evaluation
     * @param consideredOn the day the dossier was considered
     * @param score the score, 0 to 100, exact
     * @param awardByScore the award the score earns
     * @param award the award given: none while any reason stands
     * @param reasons every reason the award is blocked
     * @param criteria every criterion's points
     * @param groups every group's total
     * @param bonus the bonus points
     * @param deductions the points deducted
     * @param warnings every warning
     * @param selfScoreGap the score less the dossier's self-score, or null
     * @param trace the rules that fired, in order, when an explanation was asked for; else null
     */
    public Evaluation(String dossierId, RuleSetInfo ruleSet, LocalDate consideredOn, BigDecimal score,
                      Award awardByScore, Award award, List<Reason> reasons, List<CriterionResult> criteria,
                      List<GroupResult> groups, BigDecimal bonus, BigDecimal deductions,
                      List<Warning> warnings, BigDecimal selfScoreGap, List<String> trace) {
        this(dossierId, ruleSet, consideredOn, score, awardByScore, award, reasons, criteria, groups, bonus,
                deductions, warnings, selfScoreGap, trace, List.of());
    }

    /**
     * One criterion's result.
     *
     * @param code the criterion's code, such as {@code TT3.1}
     * @return its result, or empty when the nominee's table has no such criterion
     */
    public java.util.Optional<CriterionResult> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The same evaluation with one more warning (a warning about the batch, such as a repeated dossier id).
     *
     * @param warning the warning to add, last
     * @return a new evaluation
     */
    public Evaluation withWarning(Warning warning) {
        List<Warning> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Evaluation(dossierId, ruleSet, consideredOn, score, awardByScore, award, reasons, criteria, groups,
                bonus, deductions, more, selfScoreGap, trace, thresholds);
    }

    /**
     * Whether the award is blocked for this reason.
     *
     * @param code a reason's code
     * @return true when a reason with this code stands
     */
    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
