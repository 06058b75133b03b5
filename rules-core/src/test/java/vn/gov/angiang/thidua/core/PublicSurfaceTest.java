package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a host sees of rules-api and rules-core: every public type, listed in {@code public-surface.txt}
 * beside this test, so that growing the surface is a change a reviewer sees; and no public signature
 * that mentions Drools, KIE or Jackson.
 */
class PublicSurfaceTest {

    private static final List<String> FOREIGN = List.of("org.drools.", "org.kie.", "com.fasterxml.");
    /** Today's exceptions, each to move to an internal package (issue 18): the list only shrinks. */
    private static final List<String> STILL_TO_MOVE = List.of(
            "vn.gov.angiang.thidua.api.json.DossierJson: public static com.fasterxml.jackson.databind.JsonNode "
                    + "vn.gov.angiang.thidua.api.json.DossierJson.tree(java.lang.String)",
            "vn.gov.angiang.thidua.core.KieBaseEvaluator: public static vn.gov.angiang.thidua.core.InspectableEvaluator "
                    + "vn.gov.angiang.thidua.core.KieBaseEvaluator.of(org.kie.api.KieBase,vn.gov.angiang.thidua.core.RuleSource)",
            "vn.gov.angiang.thidua.core.OrderedCollectSet: extends org.drools.core.base.accumulators.CollectSetAccumulateFunction",
            "vn.gov.angiang.thidua.core.OrderedCollectSet: public org.drools.core.base.accumulators.CollectSetAccumulateFunction"
                    + "$CollectListData vn.gov.angiang.thidua.core.OrderedCollectSet.createContext()");

    @Test
    void thePublicTypesAreTheListedOnes() throws IOException {
        String listed;
        try (InputStream in = PublicSurfaceTest.class.getResourceAsStream("public-surface.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = listed.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).sorted().toList();
        assertEquals(String.join("\n", expected), String.join("\n", publicTypes().stream().map(Class::getName).toList()),
                "the public types of rules-api and rules-core: a new one is added to public-surface.txt in review");
    }

    @Test
    void noPublicSignatureMentionsDroolsOrJackson() {
        List<String> found = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            List<String> signatures = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                signatures.add("extends " + type.getGenericSuperclass().getTypeName());
            }
            for (Type i : type.getGenericInterfaces()) {
                signatures.add("implements " + i.getTypeName());
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    signatures.add(f.getName() + ": " + f.getGenericType().getTypeName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    signatures.add(c.getName() + ": " + c.getGenericType().getTypeName());
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            executables.addAll(List.of(type.getDeclaredMethods()));
            for (Executable e : executables) {
                if (visible(e.getModifiers()) && !e.isSynthetic()) {
                    signatures.add(e.toGenericString());
                }
            }
            for (String s : signatures) {
                if (FOREIGN.stream().anyMatch(s::contains)) {
                    found.add(type.getName() + ": " + s);
                }
            }
        }
        assertEquals(STILL_TO_MOVE, found, "what a host sees names nothing of Drools, KIE or Jackson");
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The public top-level and public nested types of rules-api and rules-core, by name. */
    static List<Class<?>> publicTypes() {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(classNames(Evaluator.class));
        names.addAll(classNames(RuleSets.class));
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
                if (isPublic(c)) {
                    types.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError(name, e);
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic();
    }

    /** The names of the classes of the module (a folder or a jar) that holds {@code one}. */
    private static List<String> classNames(Class<?> one) {
        try {
            Path where = Path.of(one.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    return files.map(p -> where.relativize(p).toString().replace('\\', '/'))
                            .filter(PublicSurfaceTest::isClassFile).map(PublicSurfaceTest::className).toList();
                }
            }
            try (JarFile jar = new JarFile(where.toFile())) {
                return jar.stream().map(e -> e.getName()).filter(PublicSurfaceTest::isClassFile)
                        .map(PublicSurfaceTest::className).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isClassFile(String name) {
        return name.startsWith("vn/gov/angiang/thidua/") && name.endsWith(".class") && !name.endsWith("package-info.class")
                && !name.endsWith("module-info.class");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
