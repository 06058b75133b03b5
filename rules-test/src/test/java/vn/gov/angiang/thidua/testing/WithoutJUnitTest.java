package vn.gov.angiang.thidua.testing;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The CLI (thidua test, diff, --mutations) and a watched folder's gate run rules-test without JUnit on the
 * classpath: only {@code Scenarios.dynamicTests()} may need it. Checked in a class loader that hides JUnit.
 */
class WithoutJUnitTest {

    private static URLClassLoader withoutJUnit() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theEntryPointsLoadAndFindScenarioFilesWithoutJUnit() throws Exception {
        try (URLClassLoader loader = withoutJUnit()) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.opentest4j.AssertionFailedError", true,
                    loader), "the loader must hide JUnit for this test to mean anything");
            for (String name : List.of("Scenarios", "ScenarioRunner", "ScenarioGate", "TestedRules", "Coverage",
                    "mutation.Mutations", "impact.ImpactSearch", "impact.DossierGenerator", "impact.Shrinker")) {
                Class.forName("vn.gov.angiang.thidua.testing." + name, true, loader); // links and verifies
            }
            Class<?> scenarios = Class.forName("vn.gov.angiang.thidua.testing.Scenarios", true, loader);
            Method in = scenarios.getMethod("in", Path[].class);
            Object found = in.invoke(null, (Object) new Path[]{ScenariosTest.DEFAULT_FOLDER});
            List<?> files = (List<?>) scenarios.getMethod("files").invoke(found);
            assertEquals(ScenarioFiles.find(List.of(ScenariosTest.DEFAULT_FOLDER)).size(), files.size());
            scenarios.getMethod("gate").invoke(null);
        }
    }
}
