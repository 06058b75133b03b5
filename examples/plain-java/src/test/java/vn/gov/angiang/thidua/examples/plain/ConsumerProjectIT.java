package vn.gov.angiang.thidua.examples.plain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After maven-invoker-plugin built src/it/consumer — a separate project declaring only the BOM and rules-drl,
 * against the artifacts installed into target/local-repo — and ran the README's snippet with it.
 */
class ConsumerProjectIT {

    private static final Path CONSUMER = Path.of("target", "it", "consumer");

    @Test
    void theConsumerProjectRanTheSnippetOnTheSampleDossier() throws Exception {
        String all = Files.readString(CONSUMER.resolve("target/out.txt"), StandardCharsets.UTF_8);
        // With no logging binding, SLF4J itself says so (the host chooses one); the library adds nothing.
        String out = all.lines().filter(l -> !l.startsWith("SLF4J")).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(out.startsWith("Bằng khen!\nBANG_KHEN "), all);
        assertTrue(out.contains("\"sha256\""), out);
    }

    @Test
    void theConsumerProjectResolvedOurArtifactsFromTheIsolatedRepository() throws Exception {
        String log = Files.readString(CONSUMER.resolve("build.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("BUILD SUCCESS"), log);
        assertTrue(Files.isRegularFile(Path.of("target/local-repo/vn/gov/angiang/thidua/rules-bom")
                .resolve(version()).resolve("rules-bom-" + version() + ".pom")));
    }

    private static String version() throws Exception {
        return Files.readString(Path.of("..", "..", "pom.xml")).replaceFirst("(?s).*?<artifactId>thidua-parent"
                + "</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    }
}
