package vn.gov.angiang.thidua.examples.plain;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules-bom has no parent (a BOM hands on all it manages), so its versions are written twice: they must agree. */
class BomTest {

    private static final Path ROOT = Path.of("..", "..");

    @Test
    void theBomPinsTheVersionOfTheModulesAndTheDroolsTheBuildTestedWith() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("rules-bom/pom.xml"));
        assertEquals(first(parent, "<drools.version>([^<]+)</drools.version>"),
                first(bom, "<drools.version>([^<]+)</drools.version>"));
        assertEquals(first(parent, "<artifactId>thidua-parent</artifactId>\\s*<version>([^<]+)</version>"),
                first(bom, "<artifactId>rules-bom</artifactId>\\s*<version>([^<]+)</version>"));
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("not found: " + regex);
        }
        return m.group(1);
    }
}
