package vn.gov.angiang.thidua.benchmarks;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.KieBaseEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.vocabulary.Functions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The three ways to get a knowledge base from the same DRL files:
 * <ul>
 *   <li>{@code exec}: the engine's own path, {@link RuleSets#load} (executable model, compiled at start);</li>
 *   <li>{@code classic}: {@code KieBuilder.buildAll()} with no argument, the deprecated MVEL build
 *       ({@code drools-engine-classic} is on this module's classpath only);</li>
 *   <li>{@code kjar}: an executable-model kjar compiled beforehand (the jar {@code kie-maven-plugin}
 *       would package: rules, generated classes and model index) and only loaded at start.</li>
 * </ul>
 */
public enum BuildMode {
    EXEC, CLASSIC, KJAR;

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCE_DIR = "src/main/resources/thidua/";

    /** An evaluator of {@code source} built this way; for {@link #KJAR}, compiles the kjar first (not timed). */
    public InspectableEvaluator evaluator(RuleSource source) {
        return switch (this) {
            case EXEC -> RuleSets.load(source);
            case CLASSIC -> KieBaseEvaluator.of(classic(source), source);
            case KJAR -> KieBaseEvaluator.of(loadKjar(kjar(source)), source);
        };
    }

    public static BuildMode of(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The classic MVEL build: compile, then build the knowledge base. The rule set as written does not
     * compile classic: MVEL resolves the property {@code date} of {@code EvidenceItem(date > $day)} to the
     * imported function {@code date(String)}. {@link #forClassic} removes the clash first.
     */
    public static KieBase classic(RuleSource source) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("vn.gov.angiang.thidua.benchmarks", "classic", "1." + BUILDS.incrementAndGet());
        KieBuilder builder = ks.newKieBuilder(files(ks, id, forClassic(source)));
        builder.buildAll(); // DrlProject: the classic build
        check(builder);
        if (builder.getKieModule().getClass().getSimpleName().contains("Canonical")) {
            throw new IllegalStateException("buildAll() produced an executable model, not a classic build");
        }
        return kieBase(ks, id);
    }

    /** The executable-model build alone, as {@link #classic} (the engine adds its own checks of the DRL text). */
    public static KieBase execModel(RuleSource source) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("vn.gov.angiang.thidua.benchmarks", "exec", "1." + BUILDS.incrementAndGet());
        KieBuilder builder = ks.newKieBuilder(files(ks, id, source));
        builder.buildAll(ExecutableModelProject.class);
        check(builder);
        return kieBase(ks, id);
    }

    /** An executable-model kjar: the jar's bytes, generated classes included (what kie-maven-plugin packages). */
    public static byte[] kjar(RuleSource source) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("vn.gov.angiang.thidua.benchmarks", "kjar", "1.0.0");
        KieBuilder builder = ks.newKieBuilder(files(ks, id, source));
        builder.buildAll(ExecutableModelProject.class);
        check(builder);
        try {
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** Loads a precompiled kjar: no DRL parsing, no Java compiling, only class loading and the network build. */
    public static KieBase loadKjar(byte[] kjar) {
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        return kieBase(ks, module.getReleaseId());
    }

    /**
     * The same rules with the function {@code date(…)} called as {@code Functions.date(…)} and left out of
     * the wildcard function import (every other helper imported by name), so that {@code date} in a
     * pattern means the fact's property in MVEL too.
     */
    static RuleSource forClassic(RuleSource source) {
        StringBuilder imports = new StringBuilder();
        Arrays.stream(Functions.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Functions.class)
                .map(Method::getName).filter(n -> !n.equals("date")).distinct().sorted()
                .forEach(n -> imports.append("import function ").append(Functions.class.getName()).append('.')
                        .append(n).append(";\n"));
        Map<String, String> files = new LinkedHashMap<>();
        source.files().forEach((name, text) -> files.put(name, text
                .replace("import function " + Functions.class.getName() + ".*;\n", imports)
                .replaceAll("(?<![\\w.])date\\(", "Functions.date(")));
        return new RuleSource(source.id(), source.version(), source.origin(), files);
    }

    private static KieFileSystem files(KieServices ks, ReleaseId id, RuleSource source) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            kfs.write(RESOURCE_DIR + f.getKey(), f.getValue());
        }
        return kfs;
    }

    private static void check(KieBuilder builder) {
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The rule set does not compile: " + builder.getResults().getMessages());
        }
    }

    private static KieBase kieBase(KieServices ks, ReleaseId id) {
        try {
            return ks.newKieContainer(id).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
