package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.cli.RuleLoader;
import vn.gov.angiang.thidua.cli.ThiDuaCli;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.testing.AcceptOutcome;
import vn.gov.angiang.thidua.testing.ScenarioReport;
import vn.gov.angiang.thidua.testing.ScenarioResult;
import vn.gov.angiang.thidua.testing.Scenarios;
import vn.gov.angiang.thidua.testing.TestedRules;
import vn.gov.angiang.thidua.testing.impact.Change;
import vn.gov.angiang.thidua.testing.impact.Changes;
import vn.gov.angiang.thidua.testing.impact.Impact;
import vn.gov.angiang.thidua.testing.impact.ImpactSearch;
import vn.gov.angiang.thidua.testing.impact.ScenarioCaseWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What runs in the child JVM: one job on a copy of a draft, its answer as one JSON object on stdout. The work is
 * the library's own — rules-core compiles and checks, rules-test runs scenarios and searches for impact, the CLI
 * explains — so the workbench shows exactly what {@code thidua validate|test|diff|explain} would say.
 * <pre>
 * validate DRAFT
 * test DRAFT
 * explain DRAFT PUBLISHED|- DOSSIER DAY
 * impact DRAFT PUBLISHED|- DAY TRIES DOSSIER...
 * accept DRAFT FILE CASE [FILE CASE]...
 * </pre>
 */
public final class JobMain {

    private JobMain() {
    }

    /**
     * {@code JobMain serve}: one job per line of standard input (a JSON array of the words above), one answer per
     * line of standard output — the warm child the server keeps between jobs. Otherwise one job from the arguments.
     *
     * @param args {@code serve}, or the words of one job
     * @throws Exception when standard input cannot be read
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // whatever Drools prints stays out of the answers
        if (args.length == 1 && args[0].equals("serve")) {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                out.println(answer(Json.MAPPER.readValue(line, String[].class)));
                out.flush();
            }
        } else {
            out.println(answer(args));
            out.flush();
        }
        System.exit(0);
    }

    private static ObjectNode answer(String[] args) {
        try {
            return run(args);
        } catch (RuleSetException e) {
            return problems(e, Path.of(args[1]));
        } catch (Exception e) {
            return Json.MAPPER.createObjectNode().put("ok", false).put("error", String.valueOf(e.getMessage()));
        }
    }

    static ObjectNode run(String[] a) throws Exception {
        Path draft = Path.of(a[1]);
        return switch (a[0]) {
            case "validate" -> validate(draft);
            case "test" -> test(draft);
            case "explain" -> explain(draft, a[2].equals("-") ? null : Path.of(a[2]), Path.of(a[3]), a[4]);
            case "impact" -> impact(draft, a[2].equals("-") ? null : Path.of(a[2]), LocalDate.parse(a[3]), Long.parseLong(a[4]),
                    List.of(a).subList(5, a.length).stream().map(Path::of).toList());
            case "accept" -> accept(draft, List.of(a).subList(2, a.length));
            default -> throw new IllegalArgumentException("unknown job " + a[0]);
        };
    }

    private static InspectableEvaluator load(Path dir) {
        return RuleLoader.STANDARD.load(dir);
    }

    static ObjectNode validate(Path draft) {
        InspectableEvaluator e = load(draft);
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", true);
        root.putObject("ruleSet").put("id", e.ruleSet().id()).put("version", e.ruleSet().version())
                .put("sha256", e.ruleSet().sha256()).put("rules", e.ruleNames().size());
        root.putArray("problems");
        return root;
    }

    static ObjectNode problems(RuleSetException e, Path dir) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", false);
        ArrayNode list = root.putArray("problems");
        List<RuleSetException.Problem> problems = e.problems().isEmpty()
                ? List.of(new RuleSetException.Problem("", 0, 0, e.getMessage())) : e.problems();
        for (RuleSetException.Problem p : problems) {
            String file = p.file() == null ? "" : p.file();
            if (file.startsWith(dir.toString())) {
                file = dir.relativize(Path.of(file)).toString();
            }
            list.addObject().put("file", file).put("line", p.line()).put("column", p.column())
                    .put("message", p.message() == null ? "" : p.message().strip());
        }
        return root;
    }

    static ObjectNode test(Path draft) {
        InspectableEvaluator e = load(draft);
        TestedRules rules = new TestedRules(e, RuleSource.fromDirectory(draft));
        ScenarioReport report = Scenarios.in(draft).against(rules).run();
        ObjectNode root = validate(draft);
        root.put("passed", report.results().size() - report.failures().size()).put("failed", report.failures().size());
        ArrayNode cases = root.putArray("cases");
        for (ScenarioResult r : report.results()) {
            ObjectNode c = cases.addObject().put("file", draft.relativize(r.file()).toString()).put("name", r.name())
                    .put("passed", r.passed());
            ArrayNode m = c.putArray("mismatches");
            r.mismatches().forEach(x -> m.addObject().put("what", x.what()).put("expected", x.expected())
                    .put("actual", x.actual()));
        }
        ObjectNode coverage = root.putObject("coverage").put("percent", report.coverage().percent().toPlainString())
                .put("covered", report.coverage().covered()).put("total", report.coverage().total());
        ObjectNode never = coverage.putObject("neverFired");
        report.coverage().neverFired().forEach((file, names) -> never.set(file, Json.MAPPER.valueToTree(names)));
        ObjectNode perFile = coverage.putObject("perFile");
        for (Map.Entry<String, List<String>> f : report.coverage().rulesByFile().entrySet()) {
            long fired = f.getValue().stream().filter(report.coverage().fired()::contains).count();
            perFile.putObject(f.getKey()).put("covered", fired).put("total", f.getValue().size());
        }
        root.put("ok", report.passed());
        return root;
    }

    /** The CLI's own explanation, under the draft and under the published set. */
    static ObjectNode explain(Path draft, Path published, Path dossier, String day) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", true);
        root.put("draft", cliExplain(draft, dossier, day));
        if (published != null && Files.isDirectory(published)) {
            root.put("published", cliExplain(published, dossier, day));
        }
        return root;
    }

    private static String cliExplain(Path rules, Path dossier, String day) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ThiDuaCli.run(new String[]{"explain", "--rules", rules.toString(), "--considered-on", day,
                        dossier.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                RuleLoader.STANDARD);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /**
     * The draft against the published set: every sample dossier with its changes in words (award changes first,
     * then score changes), then a seeded search over generated dossiers whose findings come shrunk, each with the
     * scenario case that pins it.
     */
    static ObjectNode impact(Path draft, Path published, LocalDate day, long tries, List<Path> samples)
            throws Exception {
        Evaluator head = load(draft);
        Evaluator base = load(published); // nothing published yet: the rule set embedded in the library
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", true);
        root.put("draft", head.ruleSet().sha256()).put("published", base.ruleSet().sha256());
        List<ObjectNode> changed = new ArrayList<>();
        int read = 0;
        for (Path file : samples) {
            for (Dossier d : dossiers(file)) {
                read++;
                List<Change> changes = Changes.between(base.evaluate(d, day), head.evaluate(d, day));
                if (!changes.isEmpty()) {
                    ObjectNode n = Json.MAPPER.createObjectNode().put("file", file.getFileName().toString())
                            .put("dossier", d.id()).put("rank", rank(changes));
                    n.set("changes", words(changes));
                    changed.add(n);
                }
            }
        }
        changed.sort((x, y) -> Integer.compare(x.get("rank").asInt(), y.get("rank").asInt()));
        root.put("dossiers", read);
        root.putArray("changed").addAll(changed);
        ImpactSearch.Result r = new ImpactSearch(new Impact(base, head))
                .run(new ImpactSearch.Limits(20261125L, tries, Duration.ofSeconds(60), day, 3));
        ObjectNode search = root.putObject("search").put("seed", r.seed()).put("tries", r.tries())
                .put("outOfTime", r.outOfTime());
        ArrayNode found = search.putArray("found");
        for (ImpactSearch.Counterexample c : r.found()) {
            ObjectNode f = found.addObject().put("try", c.attempt() + 1);
            f.set("changes", words(c.shrunk().changes()));
            f.put("scenarioCase", ScenarioCaseWriter.scenarioCase(c.shrunk(), "Tìm thấy khi xem ảnh hưởng, lần thử "
                    + (c.attempt() + 1)));
        }
        return root;
    }

    /** 0 when the award changes, 1 when only points change, 2 otherwise. */
    private static int rank(List<Change> changes) {
        if (changes.stream().anyMatch(c -> c.kind().matches("[A-Z_]+ → [A-Z_]+"))) {
            return 0;
        }
        return changes.stream().anyMatch(c -> c.kind().contains("score") || c.kind().contains("points")) ? 1 : 2;
    }

    private static ArrayNode words(List<Change> changes) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        changes.forEach(c -> a.addObject().put("kind", c.kind()).put("vi", c.vi()).put("en", c.en()));
        return a;
    }

    private static List<Dossier> dossiers(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<Dossier> out = new ArrayList<>();
        if (text.startsWith("[")) {
            for (var node : Json.MAPPER.readTree(text)) {
                out.add(DossierJson.readDossier(node.toString()));
            }
        } else if (file.toString().endsWith(".jsonl")) {
            try (Stream<String> lines = text.lines()) {
                lines.filter(l -> !l.isBlank()).forEach(l -> out.add(DossierJson.readDossier(l)));
            }
        } else {
            out.add(DossierJson.readDossier(text));
        }
        return out;
    }

    /** Accepts the new outcome of each case (file, case name, pairs) in turn; answers each changed file's text. */
    static ObjectNode accept(Path draft, List<String> fileCasePairs) throws java.io.IOException {
        TestedRules rules = new TestedRules(load(draft), RuleSource.fromDirectory(draft));
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", true);
        ObjectNode files = root.putObject("files");
        ArrayNode rw = root.putArray("rewrites");
        for (int i = 0; i + 1 < fileCasePairs.size(); i += 2) {
            String file = fileCasePairs.get(i);
            String caseName = fileCasePairs.get(i + 1);
            AcceptOutcome.Accepted a = AcceptOutcome.accept(draft.resolve(file), caseName, rules);
            Files.writeString(draft.resolve(file), a.text(), StandardCharsets.UTF_8); // the next case reads it
            files.put(file, a.text());
            a.rewrites().forEach(r -> rw.addObject().put("file", file).put("case", caseName)
                    .put("field", r.field()).put("before", r.before()).put("after", r.after()));
        }
        return root;
    }
}
