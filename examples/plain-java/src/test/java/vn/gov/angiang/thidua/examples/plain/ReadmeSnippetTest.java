package vn.gov.angiang.thidua.examples.plain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Embedding" section shows the pom lines and the Java a host writes; this module compiles that
 * Java, and its consumer project (src/it/consumer) builds it with those pom lines. Both must stay as the
 * README has them.
 */
class ReadmeSnippetTest {

    private static final Path ROOT = Path.of("..", "..");

    @Test
    void theReadmeShowsMainJavaAsItIs() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String main = Files.readString(Path.of("src/main/java/vn/gov/angiang/thidua/examples/plain/Main.java"),
                StandardCharsets.UTF_8);
        assertEquals(main.strip(), block(readme, "java", "package vn.gov.angiang.thidua.examples.plain;").strip());
    }

    @Test
    void theReadmeCoordinatesAreTheConsumerProjects() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String pom = Files.readString(Path.of("src/it/consumer/pom.xml"), StandardCharsets.UTF_8);
        String coordinates = block(readme, "xml", "<artifactId>rules-bom</artifactId>");
        String version = Files.readString(ROOT.resolve("pom.xml")).replaceFirst("(?s).*?<artifactId>thidua-parent"
                + "</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        String asBuilt = coordinates.replace(version, "@project.version@");
        for (String line : asBuilt.strip().split("\n")) {
            assertTrue(squeeze(pom).contains(squeeze(line.replaceAll("<!--.*?-->", ""))), () -> "not in the consumer pom: " + line);
        }
    }

    /** The fenced block of {@code language} that holds {@code marker}. */
    private static String block(String markdown, String language, String marker) {
        Matcher m = Pattern.compile("(?s)```" + language + "\n(.*?)```").matcher(markdown);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
        }
        throw new AssertionError("README.md has no ```" + language + " block with " + marker);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
