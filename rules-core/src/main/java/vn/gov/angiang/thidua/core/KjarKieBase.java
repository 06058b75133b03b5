package vn.gov.angiang.thidua.core;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import vn.gov.angiang.thidua.api.RuleSetException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A knowledge base made straight from the classes of an executable-model kjar. Drools' own way — adding
 * the kjar to its global repository and asking a KieContainer — logs five lines at INFO on every load (one
 * of them a dump of the kjar's bytes) that a library cannot turn down without configuring its host's
 * logging; this way logs nothing, and leaves no module behind in Drools' repository.
 */
final class KjarKieBase {

    private KjarKieBase() {
    }

    static KieBase of(Kjar kjar, String ruleSetId) {
        ClassLoader loader = new GeneratedClasses(kjar.classes(), KjarKieBase.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : kjar.modelClasses()) {
            try {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            } catch (java.lang.reflect.InvocationTargetException e) {
                // Rule code runs here (a from over a constant): what it throws, a budget exceeded included,
                // is the loading's failure, as it would be inside Drools.
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new RuleSetException("The compiled rule set '" + ruleSetId + "' cannot be loaded: " + e.getCause()
                        + " (bộ quy tắc đã biên dịch không nạp được)", e);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RuleSetException("The compiled rule set '" + ruleSetId + "' has no usable model class "
                        + name + ": " + e + " (bộ quy tắc đã biên dịch không hợp lệ)", e);
            }
        }
        if (models.isEmpty()) {
            throw new RuleSetException("The compiled rule set '" + ruleSetId + "' holds no rules"
                    + " (bộ quy tắc đã biên dịch không có quy tắc nào)", List.of());
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.Factory.get().newKieBaseConfiguration(null, loader));
    }

    /** Defines the kjar's classes (checked by the sandbox before) on demand; everything else comes from the engine's loader. */
    private static final class GeneratedClasses extends ClassLoader {
        private final Map<String, byte[]> classes;

        GeneratedClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super("thidua-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
