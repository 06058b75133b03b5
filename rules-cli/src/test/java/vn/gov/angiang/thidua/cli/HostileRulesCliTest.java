package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hostile edit of a copy of the default rules, through the command line: refused, or contained per dossier. */
class HostileRulesCliTest {

    @TempDir
    Path dir;

    private Path rulesWith(String appended) throws IOException {
        Path rules = ValidateCommandTest.copyDefaultRules(dir.resolve("rules"));
        Path award = rules.resolve("award.drl");
        Files.writeString(award, Files.readString(award, StandardCharsets.UTF_8) + appended, StandardCharsets.UTF_8);
        return rules;
    }

    private static int lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }

    @Test
    void validateTakesTheFolderAsItsArgumentAndRefusesAnEscapeAtItsLine() throws IOException {
        Path rules = rulesWith("""

                rule "HC.1 Thoát ẩn" ruleflow-group "tong-diem"
                when
                then
                    \\u0053ystem.exit(3);
                end
                """);
        int exitLine = lines(rules.resolve("award.drl")) - 1;

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("award.drl:" + exitLine + ":"), r::toString);
    }

    @Test
    void aRuleThatRunsAwayFailsEachDossierAndTheCommandStillAnswersEveryOne() throws IOException {
        StringBuilder functions = new StringBuilder();
        for (int i = 1; i < 40; i++) {
            functions.append("function long f").append(i).append("(long x) { return f").append(i + 1)
                    .append("(x) + f").append(i + 1).append("(x + 1); }\n");
        }
        Path rules = rulesWith("\n" + functions + """
                function long f40(long x) { return x; }
                rule "HC.2 Bùng nổ" ruleflow-group "tong-diem"
                when
                then
                    insert(warning("CALLS", "" + f1(0), null, "x", "x"));
                end
                """);
        Path dossiers = dir.resolve("d.json");
        Files.writeString(dossiers, "[" + Cli.dossier("A-1") + "," + Cli.dossier("A-2") + "]", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("evaluate", "--rules", rules.toString(), "--format", "json", dossiers.toString());

        assertEquals(1, r.status(), r::toString); // some dossiers could not be evaluated; never 3
        assertEquals(2, r.out().split("EVALUATION_FAILED", -1).length - 1, r::toString);
        assertTrue(r.out().contains("Bùng nổ"), r::toString);
        assertFalse(r.err().contains("internal error"), r::toString);
    }

    /** Folder-level attacks: refused before anything is compiled, naming the limit, exit 1. */
    @org.junit.jupiter.api.Timeout(120)
    @Test
    void aFolderOverALoadLimitIsRefusedNamingTheLimit() throws IOException {
        Path rules = ValidateCommandTest.copyDefaultRules(dir.resolve("many"));
        StringBuilder many = new StringBuilder("package thidua;\n");
        for (int i = 0; i < 15_600; i++) {
            many.append("rule \"X").append(i).append("\" when then end\n");
        }
        Files.writeString(rules.resolve("many.drl"), many, StandardCharsets.UTF_8);
        Path descriptor = rules.resolve("ruleset.properties");
        Files.writeString(descriptor, Files.readString(descriptor, StandardCharsets.UTF_8)
                .replaceFirst("award\\.drl", "award.drl,many.drl,./many.drl,.//award.drl"), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("many.drl is listed twice") && r.out().contains("award.drl is listed twice"), r::toString);

        Files.writeString(descriptor, Files.readString(descriptor, StandardCharsets.UTF_8)
                .replace(",./many.drl,.//award.drl", ""), StandardCharsets.UTF_8);
        r = Cli.run("validate", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("many.drl:") && r.out().contains("maxRules"), r::toString);
    }
}
