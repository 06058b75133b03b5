package vn.gov.angiang.thidua.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One nominee's award dossier (hồ sơ đề nghị khen thưởng). Lists are never null: an absent list is
 * empty. {@code submission} is null for a draft.
 */
public record Dossier(String id, Nominee nominee, List<Evidence> evidence, List<Report> reports,
                      List<Proceeding> proceedings, List<Sanction> sanctions, Submission submission,
                      BigDecimal selfScore) {

    /**
     * Copies the lists, so that the dossier is immutable; a null list is taken as empty.
     *
     * @param id the dossier's id
     * @param nominee who is nominated
     * @param evidence the evidence of the criteria
     * @param reports the periodic reports sent
     * @param proceedings the proceedings concerning the nominee
     * @param sanctions the disciplinary decisions concerning the nominee
     * @param submission when and how the dossier was submitted; null for a draft
     * @param selfScore the score the unit gave itself, or null
     */
    public Dossier {
        evidence = copy(evidence);
        reports = copy(reports);
        proceedings = copy(proceedings);
        sanctions = copy(sanctions);
    }

    private static <T> List<T> copy(List<T> list) {
        // Lists from JSON may hold nulls (an explicit null element); List.copyOf would reject them.
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
