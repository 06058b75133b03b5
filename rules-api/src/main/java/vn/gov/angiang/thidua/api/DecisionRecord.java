package vn.gov.angiang.thidua.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an audit needs of one decision, written as one JSON line by {@link vn.gov.angiang.thidua.api.json.DecisionLog}:
 * the rule set (id, version, sha256 of its sources), the dossier's sha256 — of its canonical JSON
 * ({@code dossierSha256}: the dossier exactly as the rules saw it, whatever its layout) and, where the bytes were
 * at hand, of the input as received ({@code received}) — the day considered, the time of evaluation, the result
 * (an evaluation or an error record), and the dossier itself, so that the record can be replayed: evaluate
 * {@code dossier} on {@code consideredOn} with the rule set of that sha256, and the result is {@code result} again.
 * With names masked, an individual nominee's name is replaced by {@link #MASK} in {@code dossier} (no rule reads a
 * name, so the replay still gives the same result); the digests are of the dossier before masking.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ruleSet", "dossierId", "dossierSha256", "received", "consideredOn", "evaluatedAt",
        "namesMasked", "result", "dossier"})
public record DecisionRecord(RuleSetInfo ruleSet, String dossierId, String dossierSha256, Received received,
                             LocalDate consideredOn, String evaluatedAt, boolean namesMasked, Outcome result,
                             Dossier dossier) {

    /** What replaces a masked personal name. */
    public static final String MASK = "***";

    /**
     * The input a dossier came in, as received: its name (a file, {@code -} for standard input), the sha256 of its
     * bytes, and the dossier's position in it (from 0).
     */
    public record Received(String source, String sha256, long index) {
    }

    /**
     * The record of one outcome.
     *
     * @param ruleSet      the rule set that produced the outcome
     * @param consideredOn the day considered
     * @param evaluatedAt  when the evaluation ran
     * @param dossier      the dossier as read, or null when it could not be read
     * @param result       the evaluation or the error record
     * @param received     the input it came in, or null when its bytes were not at hand
     * @param maskNames    whether an individual nominee's name is replaced by {@link #MASK}
     * @return the record
     */
    public static DecisionRecord of(RuleSetInfo ruleSet, LocalDate consideredOn, Instant evaluatedAt, Dossier dossier,
                                    Outcome result, Received received, boolean maskNames) {
        String sha = dossier == null ? null : Digests.sha256Of(dossier);
        Dossier kept = dossier == null || !maskNames ? dossier : masked(dossier);
        return new DecisionRecord(ruleSet, result.dossierId(), sha, received, consideredOn, evaluatedAt.toString(),
                maskNames, result, kept);
    }

    private static Dossier masked(Dossier d) {
        Nominee n = d.nominee();
        if (n == null || n.kind() != NomineeKind.INDIVIDUAL || n.name() == null) {
            return d;
        }
        return new Dossier(d.id(), new Nominee(n.kind(), MASK, n.agency(), n.unit(), n.unitType(), n.employment()),
                d.evidence(), d.reports(), d.proceedings(), d.sanctions(), d.submission(), d.selfScore());
    }
}
