package vn.gov.angiang.thidua.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads scenario files ({@code *.scenario.json}; the format is described by {@code scenario.schema.json}
 * beside this class and in rules-drl/README.md):
 * <pre>
 * { "description": "…", "base": "bases/collective.json", "consideredOn": "2026-11-25",
 *   "cases": [ { "name": "…", "dossier": { …changes to the base… }, "expect": { … } } ] }
 * </pre>
 * A case may name its own {@code base}. A case's dossier is its base with the case's {@code dossier} merged in as a JSON Merge Patch
 * (RFC 7386): objects merge, arrays and values replace, {@code null} removes; and, beyond RFC 7386,
 * a key written with a trailing {@code +} ({@code "evidence+": [ … ]}) appends to the base's array.
 */
final class ScenarioFiles {

    static final String SUFFIX = ".scenario.json";
    /** Larger than any scenario or base file a person writes (the 2026 ones are under 16 KB); a larger one is refused unread. */
    static final long MAX_BYTES = 1024 * 1024;

    private ScenarioFiles() {
    }

    /** Every scenario file under the paths (folders are searched recursively), in name order. */
    static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new ThiDuaException("Cannot read scenario folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The cases of one scenario file. */
    static List<ScenarioCase> read(Path file) {
        JsonNode root = tree(file);
        LocalDate defaultDay = day(root, file, null);
        JsonNode base = root.has("base") ? tree(base(file, root.get("base").asText())) : null;
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            throw new ThiDuaException("Scenario file " + file + " has no \"cases\" (không có trường hợp nào)");
        }
        List<ScenarioCase> result = new ArrayList<>();
        int n = 0;
        for (JsonNode c : cases) {
            n++;
            String name = c.path("name").asText("case " + n);
            JsonNode patch = c.get("dossier");
            JsonNode caseBase = c.has("base") ? tree(base(file, c.get("base").asText())) : base;
            JsonNode dossier = caseBase == null ? patch : merge(caseBase.deepCopy(), patch);
            if (dossier == null) {
                throw new ThiDuaException("Scenario " + file + " › " + name + " has no dossier and no base");
            }
            JsonNode expect = c.get("expect");
            if (expect == null || !expect.isObject()) {
                throw new ThiDuaException("Scenario " + file + " › " + name + " has no \"expect\"");
            }
            result.add(new ScenarioCase(file, name, day(c, file, defaultDay), dossier, expect));
        }
        return result;
    }

    private static LocalDate day(JsonNode node, Path file, LocalDate fallback) {
        if (!node.hasNonNull("consideredOn")) {
            if (fallback == null && node.has("cases")) {
                return null;
            }
            if (fallback == null) {
                throw new ThiDuaException("Scenario " + file + " gives no consideredOn (không có ngày xét)");
            }
            return fallback;
        }
        try {
            return LocalDate.parse(node.get("consideredOn").asText());
        } catch (DateTimeParseException e) {
            throw new ThiDuaException("Scenario " + file + ": consideredOn is not a date yyyy-MM-dd");
        }
    }

    /** JSON Merge Patch (RFC 7386) of {@code patch} onto {@code target}. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (patch == null) {
            return target;
        }
        if (!patch.isObject() || !target.isObject()) {
            return patch;
        }
        ObjectNode result = (ObjectNode) target;
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().endsWith("+") && f.getValue().isArray()) {
                String key = f.getKey().substring(0, f.getKey().length() - 1);
                JsonNode existing = result.get(key);
                ArrayNode all = existing != null && existing.isArray()
                        ? ((ArrayNode) existing).deepCopy()
                        : result.arrayNode();
                all.addAll((ArrayNode) f.getValue());
                result.set(key, all);
            } else if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                JsonNode existing = result.get(f.getKey());
                result.set(f.getKey(), existing == null ? f.getValue() : merge(existing, f.getValue()));
            }
        }
        return result;
    }

    /**
     * The base a scenario file names, which must lie in the folder that holds the scenario file's folder, or
     * below it ({@code ../dossiers/a.json} beside a {@code scenarios} folder; not {@code ../../etc/passwd}, nor
     * a link leading out: those are refused unread).
     */
    static Path base(Path file, String name) {
        Path own = file.toAbsolutePath().normalize().getParent();
        Path folder = own.getParent() == null ? own : own.getParent();
        Path base = own.resolve(name).normalize();
        try {
            if (base.startsWith(folder) && (!Files.exists(base) || base.toRealPath().startsWith(folder.toRealPath()))) {
                return base;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new ThiDuaException("Scenario file " + file + ": the base " + name + " is outside the scenario's folder"
                + " and the folder that holds it (tệp nền nằm ngoài thư mục kịch bản)");
    }

    private static JsonNode tree(Path file) {
        try {
            if (!Files.isRegularFile(file)) { // a pipe or a device would be read for ever
                throw new ThiDuaException("Scenario file " + file + " is not a file (không phải là tệp)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ThiDuaException("Scenario file " + file + " is larger than " + MAX_BYTES / 1024
                        + " KiB (tệp kịch bản quá lớn)");
            }
            return DossierJson.tree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ThiDuaException("Cannot read scenario file " + file + ": " + e.getMessage(), e);
        } catch (ThiDuaException e) {
            throw new ThiDuaException("Scenario file " + file + ": " + e.getMessage(), e);
        }
    }
}
