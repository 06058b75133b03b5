package vn.gov.angiang.thidua.rules;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.gov.angiang.thidua.api.Confirmation;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.api.Submission;

import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Vietnamese typed decomposed (NFD: macOS, some PDF copies) is the same text as composed (NFC): a dossier
 * whose every text is turned into one form or the other gets the same evaluation, references echoed in NFC.
 */
class NormalisationProperties {

    private static Gen<Dossier> dossiers() {
        return Dossiers.dossiers();
    }

    private static Dossier inForm(Dossier d, Normalizer.Form form) {
        Function<String, String> f = s -> s == null ? null : Normalizer.normalize(s, form);
        Nominee n = d.nominee();
        Submission s = d.submission();
        return new Dossier(d.id(),
                new Nominee(n.kind(), f.apply(n.name()), f.apply(n.agency()), f.apply(n.unit()), n.unitType(),
                        n.employment()),
                d.evidence().stream().map(e -> new Evidence(f.apply(e.criterion()), f.apply(e.ref()), e.date(),
                        f.apply(e.content()), f.apply(e.result()), e.done(), e.total())).toList(),
                d.reports().stream().map(r -> new Report(r.code(), f.apply(r.ref()), r.received())).toList(),
                d.proceedings().stream().map(p -> new Proceeding(p.type(), p.subject(), p.opened(), p.closed(),
                        p.signsOfViolation(), f.apply(p.ref()))).toList(),
                d.sanctions().stream().map(x -> new Sanction(x.date(), x.form(), x.subject(), f.apply(x.ref()))).toList(),
                s == null ? null : new Submission(s.confirmation() == null ? null : new Confirmation(
                        f.apply(s.confirmation().by()), f.apply(s.confirmation().ref()), s.confirmation().date()),
                        s.report(), s.copies(), s.received()),
                d.selfScore());
    }

    @Test
    void nfdAndNfcFormsOfADossierGetTheSameEvaluation() {
        Theories.check(150, dossiers(), d -> {
            List<Object> nfc = List.of(DefaultRules.EVALUATOR.evaluate(inForm(d, Normalizer.Form.NFC),
                    Dossiers.CONSIDERED_ON));
            List<Object> nfd = List.of(DefaultRules.EVALUATOR.evaluate(inForm(d, Normalizer.Form.NFD),
                    Dossiers.CONSIDERED_ON));
            assertEquals(nfc, nfd);
        });
    }
}
