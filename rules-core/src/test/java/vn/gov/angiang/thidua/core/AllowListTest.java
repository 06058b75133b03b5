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

    /**
     * Every call the list prices is routed to a method of {@link Priced} of the same name, the receiver first,
     * so that the compiler's rewriting always lands on a method that charges the budget.
     */
    @Test
    void everyPricedCallHasItsRouteInPriced() throws Exception {
        Set<String> routes = new java.util.HashSet<>();
        for (java.lang.reflect.Method m : Priced.class.getMethods()) {
            routes.add(m.getName() + org.objectweb.asm.Type.getMethodDescriptor(m));
        }
        int checked = 0;
        for (String line : AllowList.get().entries()) {
            String[] w = line.split("\\s+");
            if (!w[0].equals("priced") || w[1].equals("vn/gov/angiang/thidua/core/Priced")) {
                continue;
            }
            Class<?> owner = Class.forName(w[1].replace('/', '.'));
            for (int i = 2; i < w.length; i++) {
                String name = w[i].contains("(") ? w[i].substring(0, w[i].indexOf('(')) : w[i];
                for (java.lang.reflect.Method m : owner.getMethods()) {
                    String d = org.objectweb.asm.Type.getMethodDescriptor(m);
                    if (!m.getName().equals(name) || (w[i].contains("(") && !w[i].equals(name + d))
                            || m.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    String routed = Modifier.isStatic(m.getModifiers()) ? d
                            : "(" + org.objectweb.asm.Type.getDescriptor(owner) + d.substring(1);
                    assertTrue(routes.contains(name + routed), () -> w[1] + "." + name + d + " has no route " + routed);
                    assertEquals(AllowList.Cost.PRICED, AllowList.get().cost(w[1], name, d));
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "priced calls checked: " + checked);
    }

    /** hashCode, toString and equals only where named; never an identity hash. */
    @Test
    void identityAndWholeCollectionMethodsAreNotAdmitted() {
        AllowList allow = AllowList.get();
        assertFalse(allow.admits("java/lang/Object", "hashCode", "()I"));
        assertFalse(allow.admits("java/lang/Object", "toString", "()Ljava/lang/String;"));
        assertFalse(allow.admits("java/util/List", "hashCode", "()I"));
        assertFalse(allow.admits("java/util/List", "toString", "()Ljava/lang/String;"));
        assertFalse(allow.admits("java/util/List", "equals", "(Ljava/lang/Object;)Z"));
        assertFalse(allow.admits("vn/gov/angiang/thidua/api/NomineeKind", "hashCode", "()I"));
        assertFalse(allow.admits("vn/gov/angiang/thidua/vocabulary/Criterion", "toString", "()Ljava/lang/String;"));
        assertTrue(allow.admits("vn/gov/angiang/thidua/api/NomineeKind", "toString", "()Ljava/lang/String;"));
        assertTrue(allow.admits("java/lang/String", "hashCode", "()I"));
        assertEquals(AllowList.Cost.PRICED, allow.cost("java/lang/String", "indexOf", "(Ljava/lang/String;)I"));
        assertEquals(AllowList.Cost.LINEAR, allow.cost("java/lang/String", "indexOf", "(I)I"));
        assertEquals(AllowList.Cost.CONSTANT, allow.cost("java/util/List", "size", "()I"));
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
