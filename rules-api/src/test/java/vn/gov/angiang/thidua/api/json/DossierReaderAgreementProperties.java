package vn.gov.angiang.thidua.api.json;

import vn.gov.angiang.thidua.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The one-pass reader ({@link DossierReader}: tokens checked as databind binds them) and the reader it replaced
 * ({@link LegacyDossierReader}: a tree built and checked, then bound, then validated) give the same records and
 * the same errors — code, kind, dossier, field, message, line and column — on generated dossiers, as written
 * and damaged, in both layouts and one at a time, within the default limits and within tight ones.
 */
class DossierReaderAgreementProperties {

    /** Text put in after a '{' or a ',': a key unknown or written twice, a wrong value, a deep or long value. */
    private static final String[] FRAGMENTS = {"\"extra\":1,", "\"id\":\"again\",", "\"kind\":\"NOBODY\",",
            "\"date\":\"2026-13-01\",", "\"copies\":1.5,", "\"selfScore\":\"x\",", "\"evidence\":[{},{},{}],",
            "\"x\":[[[[[[[[1]]]]]]]],", "\"y\":\"" + "a".repeat(300) + "\",", "\"z\":1e999999999999,",
            "\"reports\":[null,null],", "\"n\":" + "9".repeat(120) + ",", "\"nominee\":{},", "\"done\":-1,"};

    /** One insertion of a fragment, drawn by QuickTheories. */
    record Insertion(int at, int pick) {
        byte[] apply(byte[] in) {
            String text = new String(in, StandardCharsets.ISO_8859_1);
            int from = text.isEmpty() ? 0 : Math.floorMod(at, text.length());
            int open = text.indexOf('{', from);
            int comma = text.indexOf(',', from);
            int where = open < 0 ? comma : comma < 0 ? open : Math.min(open, comma);
            if (where < 0) {
                return in;
            }
            String fragment = FRAGMENTS[Math.floorMod(pick, FRAGMENTS.length)];
            return (text.substring(0, where + 1) + fragment + text.substring(where + 1))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static Gen<List<Dossier>> dossiers() {
        return lists().of(DossierRoundTripProperties.dossiers()).ofSizeBetween(1, 5);
    }

    /** Damage of the fuzz properties, insertions of fragments, or none. */
    private static Gen<List<Object>> damages() {
        Gen<Object> damage = integers().between(0, 5).zip(integers().all(), integers().all(), integers().all(),
                DossierReaderFuzzProperties.Damage::new).map(d -> (Object) d);
        Gen<Object> insertion = integers().all().zip(integers().all(), Insertion::new).map(i -> (Object) i);
        return lists().of(damage.mix(insertion)).ofSizeBetween(0, 4);
    }

    /** The default limits, or tight ones that the generated dossiers and fragments can break. */
    private static Gen<ReadLimits> limits() {
        return booleans().all().map(tight -> tight
                ? new ReadLimits(4_000, 200, 6, 3, 2) : ReadLimits.defaults());
    }

    private static byte[] damaged(byte[] in, List<Object> damages) {
        for (Object d : damages) {
            in = d instanceof Insertion i ? i.apply(in) : ((DossierReaderFuzzProperties.Damage) d).apply(in);
        }
        return in;
    }

    private static String describe(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** What the records were: a dossier, or an error's code and kind; the property must meet each kind of error. */
    private static void collect(Theories.Tally tally, List<DossierRead> records) {
        for (DossierRead r : records) {
            tally.collect(r instanceof DossierRead.Failed f ? f.error().error().code() + "/" + f.error().error().kind()
                    : "dossier");
        }
    }

    private static final Object[] MET = {"dossier", "MALFORMED_JSON/null", "INVALID_UTF8/null",
            "INVALID_DOSSIER/UNKNOWN_FIELD", "INVALID_DOSSIER/DUPLICATE_FIELD", "INVALID_DOSSIER/UNKNOWN_VALUE",
            "INVALID_DOSSIER/WRONG_TYPE", "INVALID_DOSSIER/INVALID_DATE", "INVALID_DOSSIER/MISSING_FIELD",
            "LIMIT_EXCEEDED/maxStringLength", "LIMIT_EXCEEDED/maxNumberLength", "LIMIT_EXCEEDED/maxNestingDepth",
            "LIMIT_EXCEEDED/maxListItems", "LIMIT_EXCEEDED/maxEvidenceItems"};

    private static List<DossierRead> assertSameRecords(byte[] input, InputFormat format, ReadLimits limits) {
        List<DossierRead> now = new ArrayList<>();
        List<DossierRead> before = new ArrayList<>();
        new DossierReader(limits).read(new ByteArrayInputStream(input), format, now::add);
        new LegacyDossierReader(limits).read(new ByteArrayInputStream(input), format, before::add);
        for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
            int at = i;
            assertEquals(before.get(i), now.get(i), () -> "record " + at + " of:\n" + describe(input));
        }
        assertEquals(before.size(), now.size(), () -> describe(input));
        return now;
    }

    private static Object readOne(String json, ReadLimits limits, boolean legacy) {
        try {
            return legacy ? new LegacyDossierReader(limits).readDossier(json) : new DossierReader(limits).readDossier(json);
        } catch (InvalidDossierException e) {
            return e.toRecord(0);
        }
    }

    @Test
    void jsonLinesAgree() {
        Theories.Tally met = new Theories.Tally("records");
        Theories.check(400, dossiers(), damages(), limits(), (dossiers, damages, limits) -> {
            StringBuilder text = new StringBuilder();
            dossiers.forEach(d -> text.append(DossierJson.writeLine(d)).append('\n'));
            collect(met, assertSameRecords(damaged(text.toString().getBytes(StandardCharsets.UTF_8), damages),
                    InputFormat.JSON_LINES, limits));
        });
        met.assertEachOccurred(MET);
    }

    @Test
    void arraysAgree() {
        Theories.Tally met = new Theories.Tally("records");
        Theories.check(400, dossiers(), damages(), limits(), (dossiers, damages, limits) -> {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < dossiers.size(); i++) {
                text.append(i == 0 ? "" : ",\n").append(i % 2 == 0 ? DossierJson.write(dossiers.get(i))
                        : DossierJson.writeLine(dossiers.get(i)));
            }
            collect(met, assertSameRecords(damaged(text.append("]\n").toString().getBytes(StandardCharsets.UTF_8),
                    damages), InputFormat.JSON, limits));
        });
        met.assertEachOccurred(MET);
    }

    @Test
    void oneDossierAgrees() {
        Theories.check(400, dossiers(), damages(), limits(), (dossiers, damages, limits) -> {
            byte[] input = damaged(DossierJson.write(dossiers.get(0)).getBytes(StandardCharsets.UTF_8), damages);
            String json = new String(input, StandardCharsets.UTF_8);
            Object before = readOne(json, limits, true);
            Object now = readOne(json, limits, false);
            if (!before.equals(now)) {
                assertEquals(String.valueOf(before), String.valueOf(now), json);
            }
        });
    }

    /** Every file of the bad-input corpus, in both layouts, and as one dossier. */
    @Test
    void theBadInputCorpusAgrees() throws IOException {
        Path dir;
        try {
            dir = Path.of(getClass().getResource("/bad-input/expected.json").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        int files = 0;
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.sorted().toList()) {
                byte[] input = Files.readAllBytes(p);
                for (ReadLimits limits : List.of(ReadLimits.defaults(), new ReadLimits(4_000, 200, 6, 3, 2))) {
                    assertSameRecords(input, InputFormat.JSON, limits);
                    assertSameRecords(input, InputFormat.JSON_LINES, limits);
                    String json = new String(input, StandardCharsets.UTF_8);
                    assertEquals(readOne(json, limits, true), readOne(json, limits, false), p::toString);
                }
                files++;
            }
        }
        assertTrue(files > 20, "the corpus is there");
    }
}
