package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultRuleSetIsValid() {
        Cli.Result r = Cli.run("validate");

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().matches("(?s)OK: an-giang-bqlkkt-2026 \\S+, \\d+ rules, sha256 [0-9a-f]{64}\\R"), r::toString);
    }

    @Test
    void aBrokenRuleFileIsReportedWithItsFileAndLine() throws IOException {
        Path rules = copyDefaultRules(dir.resolve("rules"));
        Path award = rules.resolve("award.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(award, StandardCharsets.UTF_8));
        int broken = lines.indexOf("when") + 1; // the first rule's "when", as a line number from 1
        assertTrue(broken > 0, "award.drl has a rule");
        lines.set(broken - 1, "    oops"); // a word where "when" belongs
        Files.write(award, lines, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("validate", "--rules", rules.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("award.drl:" + broken + ":"), r::toString);
    }

    @Test
    void theCopiedDefaultRuleFolderIsValid() throws IOException {
        Path rules = copyDefaultRules(dir.resolve("rules"));

        Cli.Result r = Cli.run("validate", "--rules", rules.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith("OK: an-giang-bqlkkt-2026 "), r::toString);
    }

    @Test
    void aMissingFolderIsMisuse() {
        assertEquals(2, Cli.run("validate", "--rules", dir.resolve("nothing-here").toString()).status());
    }

    /** The files of the default rule set, from the classpath folder, as listed in its ruleset.properties. */
    static Path copyDefaultRules(Path target) throws IOException {
        Files.createDirectories(target);
        ClassLoader loader = ValidateCommandTest.class.getClassLoader();
        String base = RuleSets.DEFAULT_FOLDER + "/";
        String descriptor = read(loader, base + "ruleset.properties");
        Files.writeString(target.resolve("ruleset.properties"), descriptor, StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.load(new StringReader(descriptor));
        for (String name : p.getProperty("files").split(",")) {
            String file = name.strip();
            Files.writeString(target.resolve(file), read(loader, base + file), StandardCharsets.UTF_8);
        }
        return target;
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
