package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The first answer sooner: a command that will evaluate with the embedded rule set starts loading it on
 * a thread of its own at once, while picocli reads the command line, and the JSON reader gets its
 * classes and deserializers ready on another, while the rules load. Nothing here changes a result.
 */
final class StartUp {

    /** A dossier that goes through every deserializer a real one needs. */
    static final String WARM_UP = """
            {"id":"warm-up","nominee":{"kind":"INDIVIDUAL","name":"Nguyễn Văn A","agency":"BQLKKT-AG","unit":"VP",
             "unitType":"DEPARTMENT","employment":"CIVIL_SERVANT"},
             "evidence":[{"criterion":"CN1.1","ref":"KH 1","date":"2026-02-05","content":"c","result":"r","done":1,
             "total":2}],
             "reports":[{"code":"Q1","ref":"BC 1","received":"2026-04-10"}],
             "proceedings":[{"type":"INSPECTION","subject":"CORRUPTION","opened":"2026-03-01","closed":"2026-03-02",
             "signsOfViolation":false,"ref":"TTr 1"}],
             "sanctions":[{"date":"2026-05-01","form":"REPRIMAND","subject":"CORRUPTION","ref":"QĐ 1"}],
             "submission":{"confirmation":{"by":"Chi bộ","ref":"XN 1","date":"2026-11-09"},
             "report":{"figures":true,"cases":1},"copies":2,"received":"2026-11-10"},"selfScore":90}
            """;

    private StartUp() {
    }

    /** The loader of the command line {@code args}: {@link RuleLoader#STANDARD}, loading ahead when that helps. */
    static RuleLoader loader(String[] args) {
        if (!usesEmbeddedRules(args)) {
            return RuleLoader.STANDARD;
        }
        // Loading may log: the levels are set first, from the words as given (picocli sets them again later).
        List<String> words = List.of(args);
        LoggingOptions.configure(words.contains("--debug"), words.contains("-v") || words.contains("--verbose"));
        FutureTask<Evaluator> defaults = new FutureTask<>(RuleSets::defaults);
        daemon(defaults, "thidua-rules");
        daemon(() -> new DossierReader().read(new ByteArrayInputStream(WARM_UP.getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSON, read -> { }), "thidua-json");
        return folder -> folder != null ? RuleLoader.STANDARD.load(folder) : RuleSets.inspect(get(defaults));
    }

    /**
     * Whether the command will evaluate with the embedded rule set. With clustered short options (-vh), whose
     * log level cannot be told from the words, nothing is loaded ahead.
     */
    static boolean usesEmbeddedRules(String[] args) {
        Class<?> command = ThiDuaCli.commandNamed(args);
        if (command != EvaluateCommand.class && command != ExplainCommand.class && command != ReportCommand.class) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--rules") || a.startsWith("--rules=") || a.equals("--help") || a.equals("-h")
                    || a.matches("-[^-].+")) {
                return false;
            }
        }
        return true;
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static <T> T get(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule set", e);
        }
    }
}
