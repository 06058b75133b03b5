package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.vocabulary.Functions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sandbox admits, pinned: widening the allow-list means changing {@code admitted-calls.txt}
 * beside this test too, in a change someone reviews.
 */
class AllowListTest {

    @Test
    void theAllowListIsExactlyTheReviewedOne() throws IOException {
        List<String> reviewed;
        try (InputStream in = AllowListTest.class.getResourceAsStream("admitted-calls.txt")) {
            reviewed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        assertEquals(reviewed, AllowList.get().entries());
    }

    @Test
    void reflectionThreadsAndTheEngineAreNotAdmitted() {
        AllowList allow = AllowList.get();
        assertFalse(allow.admits("java/lang/Object", "getClass", "()Ljava/lang/Class;"));
        assertFalse(allow.admits("vn/gov/angiang/thidua/vocabulary/Criterion", "getClass", "()Ljava/lang/Class;"));
        assertFalse(allow.admits("java/lang/Class", "forName", "(Ljava/lang/String;)Ljava/lang/Class;"));
        assertFalse(allow.admits("java/lang/System", "exit", "(I)V"));
        assertFalse(allow.admits("java/lang/Thread", "sleep", "(J)V"));
        assertFalse(allow.admits("org/drools/model/Drools", "getRuntime", "(Ljava/lang/Class;)Ljava/lang/Object;"));
        assertFalse(allow.admits("java/math/BigDecimal", "multiply", "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;"));
        assertFalse(allow.admits("java/math/BigDecimal", "<init>", "(D)V"));
        assertFalse(allow.admits("java/lang/String", "matches", "(Ljava/lang/String;)Z"));
        assertFalse(allow.admits("java/util/List", "add", "(Ljava/lang/Object;)Z"));
        assertFalse(allow.admits("vn/gov/angiang/thidua/api/json/DossierJson", "readDossier", "(Ljava/lang/String;)V"));
        assertFalse(allow.admits("vn/gov/angiang/thidua/core/Budget", "open", "(JJJ)V"));
        assertTrue(allow.admits("org/drools/model/Drools", "insert", "(Ljava/lang/Object;)V"));
        assertTrue(allow.admits("java/math/BigDecimal", "<init>", "(Ljava/lang/String;)V"));
        assertTrue(allow.admits("vn/gov/angiang/thidua/vocabulary/Functions", "points", "(Ljava/lang/String;)Ljava/math/BigDecimal;"));
    }

    /** Nothing a rule can reach carries state from one evaluation to the next. */
    @Test
    void theVocabularyHoldsNoStateThatCanChange() throws Exception {
        Set<Class<?>> immutable = Set.of(String.class, BigDecimal.class, int.class, long.class, boolean.class);
        String pkg = Functions.class.getPackageName();
        java.nio.file.Path dir = java.nio.file.Path.of(Functions.class.getResource("Functions.class").toURI()).getParent();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".class") || name.equals("package-info.class")) {
                    continue;
                }
                Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.isEnumConstant()) {
                        assertTrue(Modifier.isFinal(f.getModifiers()), c + "." + f.getName() + " is not final");
                        assertTrue(immutable.contains(f.getType()) || f.getType().isEnum(),
                                c + "." + f.getName() + " may hold state that changes: " + f.getType());
                    }
                }
            }
        }
    }
}
