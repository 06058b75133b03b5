package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.api.Proceeding;
import vn.gov.angiang.thidua.api.Report;
import vn.gov.angiang.thidua.api.Sanction;
import vn.gov.angiang.thidua.vocabulary.ConsideredOn;
import vn.gov.angiang.thidua.vocabulary.EvidenceItem;
import vn.gov.angiang.thidua.vocabulary.ReportItem;
import vn.gov.angiang.thidua.vocabulary.SanctionItem;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a dossier into the facts the rules match on, applying the matching rules of the spec once,
 * here, rather than in every rule: codes trimmed; references trimmed and in Unicode NFC; blank texts
 * absent.
 */
final class Facts {

    private Facts() {
    }

    static List<Object> of(Dossier d, LocalDate consideredOn) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ConsideredOn(consideredOn));
        Nominee n = d.nominee();
        facts.add(new Nominee(n.kind(), n.name(), code(n.agency()) == null ? "" : code(n.agency()), n.unit(),
                n.unitType(), n.employment()));
        if (d.submission() != null) {
            facts.add(d.submission());
        }
        for (int i = 0; i < d.evidence().size(); i++) {
            Evidence e = d.evidence().get(i);
            facts.add(new EvidenceItem(i, code(e.criterion()), ref(e.ref()), e.date(), text(e.content()),
                    text(e.result()), e.done(), e.total()));
        }
        for (int i = 0; i < d.reports().size(); i++) {
            Report r = d.reports().get(i);
            facts.add(new ReportItem(i, r.code(), ref(r.ref()), r.received()));
        }
        for (Proceeding p : d.proceedings()) {
            facts.add(new Proceeding(p.type(), p.subject(), p.opened(), p.closed(), p.signsOfViolation(), ref(p.ref())));
        }
        for (int i = 0; i < d.sanctions().size(); i++) {
            Sanction s = d.sanctions().get(i);
            facts.add(new SanctionItem(i, s.date(), s.form(), s.subject(), ref(s.ref())));
        }
        return facts;
    }

    /**
     * A code as matched: trimmed as {@link String#strip()} does, otherwise exactly as written (criteria-2026.md
     * "Matching": no normalisation, so a look-alike such as the Kelvin sign in "BQLKKT-AG" is another agency);
     * blank is absent.
     */
    static String code(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A reference as matched: trimmed and in NFC, so that the same text typed two ways is one reference. */
    static String ref(String s) {
        return s == null || s.isBlank() ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
