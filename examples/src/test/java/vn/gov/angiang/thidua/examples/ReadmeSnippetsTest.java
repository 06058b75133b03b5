package vn.gov.angiang.thidua.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What rules-test/README.md tells a host to write is what this module compiles and runs. */
class ReadmeSnippetsTest {

    @Test
    void theScenarioTestOfTheReadmeIsTheOneThatRunsHere() throws IOException {
        String readme = Files.readString(Path.of("../rules-test/README.md"));
        String source = Files.readString(Path.of("src/test/java/vn/gov/angiang/thidua/examples/SampleScenariosTest.java"));
        String body = source.substring(source.indexOf("class SampleScenariosTest"), source.lastIndexOf('}') + 1);
        assertTrue(readme.contains(body.replace("SampleScenariosTest", "OurScenariosTest")),
                "rules-test/README.md must show the test class as it runs in examples:\n" + body);
        for (String imp : source.lines().filter(l -> l.startsWith("import ")).toList()) {
            assertTrue(readme.contains(imp), "the README's snippet lacks " + imp);
        }
    }
}
