package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gov.angiang.thidua.core.InspectableEvaluator;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process with captured stdout and stderr, sharing one compiled default rule set. */
final class Cli {

    /** The default rule set compiled once for all tests (it takes seconds); folders are compiled each time, uncached. */
    static final RuleLoader SHARED = folder -> folder == null ? defaults() : RuleSets.inspect(RuleSets.fromDirectory(folder));

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static InspectableEvaluator defaults;

    private Cli() {
    }

    static synchronized InspectableEvaluator defaults() {
        if (defaults == null) {
            defaults = RuleSets.inspect(RuleSets.defaults());
        }
        return defaults;
    }

    record Result(int status, String out, String err) {

        /** stdout as one JSON value; fails when anything else is there. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON value:\n" + out, e);
            }
        }

        /** stdout as JSON Lines. */
        List<JsonNode> jsonLines() {
            return out.lines().map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON line: " + line, e);
                }
            }).toList();
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ThiDuaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), SHARED);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A small valid dossier: a department's draft (it is evaluated, and earns no award). */
    static String dossier(String id) {
        return """
                {"id": "%s", "nominee": {"kind": "COLLECTIVE", "name": "Phòng Quản lý Đầu tư",
                 "agency": "BQLKKT-AG", "unitType": "DEPARTMENT"},
                 "evidence": [{"criterion": "TT1.1", "ref": "KH 01/KH-QLĐT", "date": "2026-02-10",
                   "content": "Ban hành kế hoạch", "result": "Đã ban hành"}]}""".formatted(id);
    }

    /** A dossier with an unknown field in its first evidence item. */
    static String dossierWithUnknownField(String id) {
        return dossier(id).replace("\"content\"", "\"bogus\": 1, \"content\"");
    }

    /** One line of JSON. */
    static String line(String json) {
        return json.replaceAll("\\s*\\R\\s*", " ");
    }
}
