package vn.gov.angiang.thidua.core;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL text into a knowledge base with Drools' executable model, at run time, so that a
 * folder edited by policy staff is used as it stands. Every problem is reported with its file, line
 * and column.
 */
final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String RESOURCE_DIR = "src/main/resources/thidua/";
    private static final AtomicLong BUILDS = new AtomicLong();
    // Drools puts the position inside the text: "[6,17]: …" or "Line 6:17 …".
    private static final Pattern POSITION = Pattern.compile("(?:\\[(\\d+),(\\d+)]|[Ll]ine (\\d+):(\\d+))");

    private RuleSetCompiler() {
    }

    static CompiledRuleSet compile(RuleSource source) {
        List<RuleSetException.Problem> problems = new ArrayList<>(RuleFileCheck.check(source));
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", problems);
        }
        long started = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("vn.gov.angiang.thidua.generated",
                safe(source.id()), "1." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            kfs.write(RESOURCE_DIR + f.getKey(), f.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            throw new RuleSetException("Rule set '" + source.id() + "' cannot be compiled (không biên dịch được): "
                    + e.getMessage(), e);
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(m));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set '" + source.id() + "' has errors (bộ quy tắc có lỗi)", problems);
        }
        KieBase kieBase;
        try {
            kieBase = ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        LOG.info("Compiled rule set {} {} ({} rules) in {} ms", source.id(), source.version(), names.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new CompiledRuleSet(new RuleSetInfo(source.id(), source.version(), source.sha256()), kieBase,
                List.copyOf(names));
    }

    private static RuleSetException.Problem problem(Message m) {
        String file = m.getPath() == null ? "?" : m.getPath().replaceFirst("^.*thidua/", "");
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0);
        Matcher pos = POSITION.matcher(m.getText());
        if (pos.find()) {
            int l = Integer.parseInt(pos.group(1) != null ? pos.group(1) : pos.group(3));
            int c = Integer.parseInt(pos.group(2) != null ? pos.group(2) : pos.group(4));
            if (line == 0) {
                line = l;
            }
            if (column == 0 && l == line) {
                column = c + 1; // Drools counts columns from 0
            }
        }
        return new RuleSetException.Problem(file, line, column, m.getText().strip());
    }

    private static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_.-]", "-");
        return s.isEmpty() ? "rules" : s;
    }
}
