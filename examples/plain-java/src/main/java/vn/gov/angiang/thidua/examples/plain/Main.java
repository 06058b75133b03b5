package vn.gov.angiang.thidua.examples.plain;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.InvalidDossierException;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.RuleSets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

public class Main {
    public static void main(String[] args) throws Exception {
        Evaluator evaluator = RuleSets.defaults();        // once per host (about a second), then shared: thread-safe
        String json = Files.readString(Path.of(args[0])); // UTF-8
        try {
            Dossier dossier = DossierJson.readDossier(json);  // strict: a typo or a bad date names the field
            Evaluation e = evaluator.evaluate(dossier, LocalDate.of(2026, 11, 25));
            if (e.award() == Award.BANG_KHEN) {
                System.out.println("Bằng khen!");
            }
            System.out.println(e.award() + " " + e.score());  // a BigDecimal, exact: 89.99 is never a Bằng khen
            e.reasons().forEach(r -> System.out.println(r.message().vi() + " / " + r.message().en()));
            System.out.println(DossierJson.write(e));         // the evaluation JSON of docs/formats.md
        } catch (InvalidDossierException bad) {
            System.out.println(bad.dossierId() + " " + bad.field() + ": " + bad.detail());
        }
    }
}
