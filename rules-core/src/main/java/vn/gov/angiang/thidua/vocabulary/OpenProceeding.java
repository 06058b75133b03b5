package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.ProceedingType;
import vn.gov.angiang.thidua.api.Subject;

/**
 * A proceeding of the dossier that is open on the day considered (vụ việc đang trong thời gian xem xét,
 * xác minh), as exclusions.drl derives it: the exclusions match on these facts, so that "open" is written
 * once. {@code signsOfViolation} absent is false.
 */
public record OpenProceeding(ProceedingType type, Subject subject, boolean signsOfViolation, String ref) {

    public static OpenProceeding of(Proceeding p) {
        return new OpenProceeding(p.type(), p.subject(), Boolean.TRUE.equals(p.signsOfViolation()), p.ref());
    }
}
