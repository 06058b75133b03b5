package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.json.DossierJson;
import vn.gov.angiang.thidua.testing.impact.Change;
import vn.gov.angiang.thidua.testing.impact.ImpactSearch;
import vn.gov.angiang.thidua.testing.impact.ScenarioCaseWriter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code thidua diff} prints: for dossiers given, each changed dossier with its changes in words and a
 * summary per kind of change; for a search, the shrunk counterexample as a dossier and as a scenario case, or
 * that none was found. Text for people (Vietnamese first, English beside), or one JSON object.
 */
final class DiffOutput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintStream out;
    private final boolean json;
    private final RuleSetInfo base;
    private final RuleSetInfo head;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final ArrayNode entries = NODES.arrayNode();
    private LocalDate day;
    private long dossiers;
    private long changed;
    private long unreadable;

    DiffOutput(PrintStream out, boolean json, RuleSetInfo base, RuleSetInfo head) {
        this.out = out;
        this.json = json;
        this.base = base;
        this.head = head;
    }

    void beginDossiers(LocalDate consideredOn) {
        day = consideredOn;
        if (!json) {
            header();
            out.println("Ngày xét / considered on: " + consideredOn);
            out.println();
        }
    }

    void dossier(String input, long index, String id, List<Change> changes) {
        dossiers++;
        if (changes.isEmpty()) {
            return;
        }
        changed++;
        Set<String> once = new LinkedHashSet<>();
        changes.forEach(c -> once.add(c.kind()));
        once.forEach(k -> kinds.merge(k, 1, Integer::sum));
        if (json) {
            ObjectNode e = entries.addObject();
            e.put("dossierId", id).put("index", index).put("input", input);
            e.set("changes", changes(changes));
        } else {
            out.println(id + " (" + input + ", #" + index + ")");
            changes.forEach(c -> out.println("  - " + c.vi() + " / " + c.en()));
        }
    }

    void unreadable(String input, ErrorRecord error) {
        dossiers++;
        unreadable++;
        if (json) {
            ObjectNode e = entries.addObject();
            e.put("dossierId", error.dossierId()).put("index", error.index()).put("input", input);
            e.set("error", DossierJson.tree(DossierJson.writeLine(error.error())));
        } else {
            out.println((error.dossierId() == null ? "?" : error.dossierId()) + " (" + input + ", #" + error.index()
                    + "): không đọc được / cannot be read: " + error.error().message()
                    + (error.error().field() == null ? "" : " [" + error.error().field() + "]"));
        }
    }

    /** Ends the listing with its summary; true when a dossier changed or could not be read. */
    boolean endDossiers() {
        List<Map.Entry<String, Integer>> byCount = kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey())).toList();
        if (json) {
            ObjectNode root = ruleSets();
            root.put("consideredOn", day.toString());
            root.put("dossiers", dossiers).put("changed", changed).put("unreadable", unreadable);
            ObjectNode summary = root.putObject("summary");
            byCount.forEach(e -> summary.put(e.getKey(), e.getValue()));
            root.set("differences", entries);
            out.println(DossierJson.write(root));
        } else {
            if (changed > 0 || unreadable > 0) {
                out.println();
            }
            out.println("Tóm tắt / summary: " + changed + "/" + dossiers + " hồ sơ thay đổi / dossiers changed"
                    + (unreadable > 0 ? ", " + unreadable + " không đọc được / could not be read" : ""));
            byCount.forEach(e -> out.println("  " + e.getKey() + ": " + e.getValue()));
        }
        return changed > 0 || unreadable > 0;
    }

    /** The scenario file written with --out: the first counterexample, pinned with the head's outcome. */
    String scenarioFile(ImpactSearch.Counterexample c) {
        return ScenarioCaseWriter.scenarioFile(c.shrunk(), caseName(c), "Tìm thấy bởi thidua diff: " + head.id() + " "
                + head.version() + " so với / against " + base.id() + " " + base.version());
    }

    void search(ImpactSearch.Result r, String again, Path written) {
        if (json) {
            ObjectNode root = ruleSets();
            root.put("seed", r.seed()).put("tries", r.tries()).put("outOfTime", r.outOfTime())
                    .put("millis", r.elapsed().toMillis());
            ArrayNode found = root.putArray("found");
            for (ImpactSearch.Counterexample c : r.found()) {
                ObjectNode f = found.addObject();
                f.put("try", c.attempt() + 1);
                f.put("consideredOn", c.shrunk().dossier().consideredOn().toString());
                f.set("changes", changes(c.shrunk().changes()));
                f.set("generatedSize", size(c.generated().dossier()));
                f.set("shrunkSize", size(c.shrunk().dossier().dossier()));
                f.put("minimal", c.minimal());
                f.set("dossier", DossierJson.tree(ScenarioCaseWriter.dossier(c.shrunk().dossier().dossier())));
                f.set("scenarioCase", DossierJson.tree(ScenarioCaseWriter.scenarioCase(c.shrunk(), caseName(c))));
            }
            root.put("again", again);
            out.println(DossierJson.write(root));
            return;
        }
        header();
        String took = "seed " + r.seed() + ", " + seconds(r.elapsed().toMillis()) + " s";
        if (r.found().isEmpty()) {
            out.println("Không tìm thấy hồ sơ nào mà hai bộ quy tắc xét khác nhau trong " + r.tries() + " lần thử ("
                    + took + ") / no dossier on which the two rule sets disagree was found in " + r.tries() + " tries");
            if (r.outOfTime()) {
                out.println("Hết thời gian trước khi đủ số lần thử / the time ran out before the tries did (--time)");
            }
            out.println("Đây là tìm kiếm, không phải chứng minh / a search, not a proof: thử thêm với / try more with "
                    + "--tries, --time, --seed.");
            out.println("Lặp lại / repeat: " + again);
            return;
        }
        for (ImpactSearch.Counterexample c : r.found()) {
            Dossier g = c.generated().dossier();
            Dossier d = c.shrunk().dossier().dossier();
            out.println("Tìm thấy hồ sơ mà hai bộ quy tắc xét khác nhau ở lần thử thứ " + (c.attempt() + 1) + " (" + took
                    + ") / found a dossier on which the two rule sets disagree at try " + (c.attempt() + 1));
            out.println("Thu gọn / shrunk: chứng cứ / evidence " + g.evidence().size() + " → " + d.evidence().size()
                    + ", báo cáo / reports " + g.reports().size() + " → " + d.reports().size()
                    + ", thủ tục / proceedings " + g.proceedings().size() + " → " + d.proceedings().size()
                    + ", kỷ luật / sanctions " + g.sanctions().size() + " → " + d.sanctions().size()
                    + (c.minimal() ? "" : " (chưa tối giản: hết lượt kiểm / not minimal: out of checks)"));
            out.println("Ngày xét / considered on: " + c.shrunk().dossier().consideredOn());
            out.println("Thay đổi / changes:");
            c.shrunk().changes().forEach(ch -> out.println("  - " + ch.vi() + " / " + ch.en()));
            out.println();
            out.println("Hồ sơ (lưu thành tệp .json) / the dossier (save it as a .json file):");
            out.println(ScenarioCaseWriter.dossier(d));
            out.println();
            if (written != null && c == r.found().get(0)) {
                out.println("Đã ghi trường hợp kịch bản vào / the scenario case is written to: " + written);
            } else {
                out.println("Trường hợp kịch bản với kết quả của bộ mới (dán vào \"cases\" của tệp .scenario.json) / "
                        + "scenario case with the head's outcome (paste it into the \"cases\" of a .scenario.json file):");
                out.println(ScenarioCaseWriter.scenarioCase(c.shrunk(), caseName(c)));
            }
            out.println();
        }
        out.println("Lặp lại / repeat: " + again);
    }

    /** Named after its most telling change: the award, else a reason, else a criterion's points, else the first. */
    private static String caseName(ImpactSearch.Counterexample c) {
        List<Change> changes = c.shrunk().changes();
        Change telling = changes.stream().min(Comparator.comparingInt(DiffOutput::telling)).orElseThrow();
        return telling.vi() + " / " + telling.en() + " (thidua diff, " + c.generated().dossier().id() + ")";
    }

    private static int telling(Change c) {
        String k = c.kind();
        return k.contains(" → ") && !k.startsWith("awardByScore") ? 0 : k.startsWith("reason") ? 1
                : k.startsWith("criterion") ? 2 : 3;
    }

    private void header() {
        out.println("Bộ cũ / base: " + describe(base));
        out.println("Bộ mới / head: " + describe(head));
    }

    private static String describe(RuleSetInfo r) {
        return r.id() + " " + r.version() + " (sha256 " + r.sha256().substring(0, Math.min(12, r.sha256().length())) + ")";
    }

    private ObjectNode ruleSets() {
        ObjectNode root = NODES.objectNode();
        root.set("base", DossierJson.tree(DossierJson.writeLine(base)));
        root.set("head", DossierJson.tree(DossierJson.writeLine(head)));
        return root;
    }

    private static ArrayNode changes(List<Change> changes) {
        ArrayNode a = NODES.arrayNode();
        changes.forEach(c -> a.addObject().put("kind", c.kind()).put("vi", c.vi()).put("en", c.en()));
        return a;
    }

    private static JsonNode size(Dossier d) {
        return NODES.objectNode().put("evidence", d.evidence().size()).put("reports", d.reports().size())
                .put("proceedings", d.proceedings().size()).put("sanctions", d.sanctions().size());
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
