package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.BatchEvaluation;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code evaluate --format jsonl} streams each outcome to stdout's bytes: what it writes is, character for
 * character, what {@link DossierJson#writeLine} and a newline give for the same outcomes (the samples, a dossier
 * repeated, a broken line, Vietnamese in NFD and a character beyond U+FFFF).
 */
class JsonLinesOutputTest {

    private static final String DAY = "2026-11-25";

    @Test
    void theSamplesAndABatchAreWrittenAsWriteLineWritesThem() throws IOException {
        StringBuilder input = new StringBuilder();
        try (Stream<Path> samples = Files.list(ExplainCommandTest.SAMPLES)) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                input.append(line(Files.readString(p))).append('\n');
            }
        }
        String nfd = java.text.Normalizer.normalize("Hồ sơ 😀", java.text.Normalizer.Form.NFD);
        input.append(line(Cli.dossier("B-1"))).append('\n').append(line(Cli.dossier("B-1"))).append('\n')
                .append("{\"id\": \"B-2\",\n").append(line(Cli.dossier(nfd))).append('\n');
        Path batch = Files.createTempDirectory("jsonl").resolve("batch.jsonl");
        Files.writeString(batch, input);

        Cli.Result r = Cli.run("evaluate", "--considered-on", DAY, "--format", "jsonl", batch.toString());

        BatchEvaluation expected = new BatchEvaluation(Cli.defaults(), LocalDate.parse(DAY), false);
        StringBuilder lines = new StringBuilder();
        try (InputStream in = Files.newInputStream(batch)) {
            DossierJson.readBatch(in, true,
                    read -> lines.append(DossierJson.writeLine(expected.evaluate(read))).append('\n'));
        }
        assertEquals(lines.toString(), r.out(), r::toString);
        assertEquals(20, r.out().lines().count(), "16 samples, 4 lines of the batch");
    }

    private static String line(String json) {
        return json.replace("\r", " ").replace("\n", " ");
    }
}
