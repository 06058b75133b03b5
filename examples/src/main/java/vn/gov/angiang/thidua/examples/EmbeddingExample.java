package vn.gov.angiang.thidua.examples;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The smallest host program: the whole of embedding the 2026 rules. A host needs one dependency,
 * {@code rules-drl} (the default rule set; it brings {@code rules-core} and {@code rules-api}).
 * Usage: {@code EmbeddingExample [dossier.json] [yyyy-MM-dd]}; without arguments, a sample dossier on 25/11/2026.
 */
public final class EmbeddingExample {

    public static void main(String[] args) throws IOException {
        // Build the evaluator ONCE: compiling the rules takes seconds. It is thread-safe: share it.
        Evaluator evaluator = RuleSets.defaults();
        Path file = args.length > 0 ? Path.of(args[0]) : sample("01-tap-the-bang-khen.json");
        // The day the dossier is considered: exclusions, receipt and late evidence are judged on it.
        LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 25);
        System.out.print(inWords(evaluate(evaluator, file, day)));
    }

    /** Reads one dossier (strict: an unknown field or bad date throws, naming the field) and evaluates it. */
    static Evaluation evaluate(Evaluator evaluator, Path file, LocalDate day) throws IOException {
        Dossier dossier = DossierJson.readDossier(Files.readString(file));
        return evaluator.evaluate(dossier, day);
    }

    /** The award in Vietnamese words, the score (a BigDecimal: never a double) and every reason blocking the award. */
    static String inWords(Evaluation e) {
        StringBuilder out = new StringBuilder(e.dossierId() + ": " + e.award().inWords().vi() + "\n")
                .append("Điểm: ").append(e.score().toPlainString())
                .append(" (theo điểm: ").append(e.awardByScore().inWords().vi()).append(")\n");
        e.reasons().forEach(r -> out.append("- ").append(r.message().vi())
                .append(r.ref() == null ? "" : " (" + r.ref() + ")").append('\n'));
        return out.toString();
    }

    /** A sample dossier, whether the program runs from the repository root or from {@code examples/}. */
    static Path sample(String name) {
        Path fromRoot = Path.of("examples", "dossiers", name);
        return Files.exists(fromRoot) ? fromRoot : Path.of("dossiers", name);
    }
}
