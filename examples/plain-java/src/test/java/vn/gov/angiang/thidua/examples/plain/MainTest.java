package vn.gov.angiang.thidua.examples.plain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's snippet, run in this JVM with slf4j-simple at its default level (INFO), as a host would. */
class MainTest {

    private static final Path DOSSIERS = Path.of("..", "dossiers");

    @Test
    void printsTheAwardTheScoreAndTheEvaluationJsonAndTheLibraryLogsNothingAtInfo() throws Exception {
        String[] outErr = run(DOSSIERS.resolve("01-tap-the-bang-khen.json").toString());
        assertTrue(outErr[0].startsWith("Bằng khen!\nBANG_KHEN "), outErr[0]);
        assertTrue(outErr[0].contains("\"dossierId\" : \"BQLKKT-2026-TT-001\""), outErr[0]);
        // slf4j-simple writes to System.err: neither the library nor Drools says anything at start or per dossier.
        assertEquals("", outErr[1]);
    }

    @Test
    void aDossierWithAnUnknownFieldIsAnsweredWithTheDossierAndTheField(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, Files.readString(DOSSIERS.resolve("01-tap-the-bang-khen.json"))
                .replaceFirst("\"kind\"", "\"knd\""));
        String out = run(typo.toString())[0];
        assertTrue(out.startsWith("BQLKKT-2026-TT-001 "), out);
        assertTrue(out.contains("knd"), out);
    }

    private static String[] run(String file) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            Main.main(new String[]{file});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[]{o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }
}
