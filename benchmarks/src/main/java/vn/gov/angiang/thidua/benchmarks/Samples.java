package vn.gov.angiang.thidua.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evidence;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The dossiers the benchmarks evaluate: the sample dossiers of {@code examples/dossiers} (found from
 * the working directory, or at {@code -Dthidua.dossiers=DIR}) and a generated large one.
 */
public final class Samples {

    /** The day every benchmark considers the dossiers on. */
    public static final LocalDate CONSIDERED_ON = LocalDate.of(2026, 11, 25);
    /** The small dossier: the draft sample (17 evidence items, no submission). */
    public static final String SMALL = "15-ca-nhan-ho-so-nhap.json";

    private Samples() {
    }

    /** {@code small}, {@code largest} (the sample with most evidence) or {@code generatedN} (N evidence items). */
    public static Dossier named(String which) {
        if (which.equals("small")) {
            return all().get(SMALL);
        }
        if (which.equals("largest")) {
            return all().values().stream().max(Comparator.comparingInt(d -> d.evidence().size())).orElseThrow();
        }
        if (which.startsWith("generated")) {
            return generated(Integer.parseInt(which.substring("generated".length())));
        }
        throw new IllegalArgumentException("Unknown dossier: " + which + " (small, largest, generated200)");
    }

    /** The sample dossiers by file name, in name order. */
    public static Map<String, Dossier> all() {
        Map<String, Dossier> dossiers = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[0-9].*\\.json")).sorted().toList()) {
                dossiers.put(f.getFileName().toString(), DossierJson.readDossier(Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dossiers;
    }

    /** {@code expected.json} beside the samples: file name → its award, awardByScore and score. */
    public static JsonNode expected() {
        try {
            return DossierJson.tree(Files.readString(folder().resolveSibling("expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path folder() {
        String configured = System.getProperty("thidua.dossiers");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("examples/dossiers"), Path.of("../examples/dossiers"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Sample dossiers not found at " + candidates
                + ": run from the repository root or give -Dthidua.dossiers=DIR");
    }

    /**
     * The largest sample (a collective) with {@code n} generated evidence items across the whole
     * collective table instead of its own: about 70 % valid, 10 % repeating an earlier valid item, 20 %
     * invalid in one of six ways. The same {@code n} always gives the same dossier.
     */
    public static Dossier generated(int n) {
        Dossier template = named("largest");
        String[] narrative = {"TT1.1", "TT1.2", "TT1.3", "TT2.1", "TT2.3", "TT2.4", "TT2.5", "TT3.1", "TT3.2",
                "TT4.1", "TT4.2", "TT-B1", "TT-B2", "TT-D2"};
        String[] rates = {"TT1.4", "TT2.2", "TT3.3"};
        Random random = new Random(2026);
        List<Evidence> items = new ArrayList<>();
        List<Evidence> valid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(100);
            if (roll >= 70 && roll < 80 && !valid.isEmpty()) {
                items.add(valid.get(random.nextInt(valid.size()))); // duplicate: same criterion and ref
                continue;
            }
            boolean rate = random.nextInt(5) == 0;
            String code = rate ? rates[random.nextInt(rates.length)] : narrative[random.nextInt(narrative.length)];
            String ref = "Văn bản " + (i + 1) + "/VB-" + code;
            LocalDate date = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300)); // up to 1 Nov 2026
            String content = "Nội dung công việc số " + (i + 1);
            String result = rate ? null : "Kết quả đạt được số " + (i + 1);
            Long total = rate ? 20L + random.nextInt(30) : null;
            Long done = rate ? total - random.nextInt(6) : null;
            if (roll >= 80) {
                switch (roll % 6) {
                    case 0 -> code = "TT9.9";                        // not in the table
                    case 1 -> ref = null;                            // no reference
                    case 2 -> { if (!rate) result = null; else done = total + 1; } // no result / bad rate
                    case 3 -> date = LocalDate.of(2025, 6, 1);       // before the period
                    case 4 -> date = null;                           // undated
                    default -> date = LocalDate.of(2026, 11, 30);    // after the day considered
                }
            }
            Evidence e = new Evidence(code, ref, date, content, result, done, total);
            items.add(e);
            if (roll < 70) {
                valid.add(e);
            }
        }
        return new Dossier(template.id() + "-GEN" + n, template.nominee(), items, template.reports(),
                template.proceedings(), template.sanctions(), template.submission(), null);
    }
}
