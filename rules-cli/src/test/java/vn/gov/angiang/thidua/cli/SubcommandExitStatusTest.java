package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every subcommand, and each exit status its help documents: its help lists them, and a run of each
 * kind gives the status the help says. Statuses of other kinds are checked by each command's own test
 * class; here the table makes sure no subcommand and no documented status is left without a run.
 */
class SubcommandExitStatusTest {

    private static final String DAY = "2026-11-25";

    @TempDir
    Path dir;

    @Test
    void everySubcommandGivesTheExitStatusesItsHelpDocuments() throws IOException {
        Path good = ExplainCommandTest.AT_89_5;
        Path bad = Files.writeString(dir.resolve("bad.json"), Cli.dossierWithUnknownField("B-1"), StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");
        Path records = dir.resolve("records.jsonl");
        Cli.run("evaluate", "--considered-on", DAY, "--record", records.toString(), good.toString());
        Path notEmpty = Files.createDirectories(dir.resolve("not-empty"));
        Files.writeString(notEmpty.resolve("x.txt"), "x", StandardCharsets.UTF_8);
        Path brokenRules = dir.resolve("broken-rules");
        Cli.run("export-rules", brokenRules.toString());
        Files.writeString(brokenRules.resolve("parameters.drl"), "rule \"hỏng\" when then thenn end",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("report.csv");

        // command → (status → a command line that must give it)
        Map<Class<?>, Map<Integer, String[]>> runs = new LinkedHashMap<>();
        runs.put(EvaluateCommand.class, Map.of(
                0, args("evaluate", "--considered-on", DAY, good.toString()),
                1, args("evaluate", "--considered-on", DAY, bad.toString()),
                2, args("evaluate", "--considered-on", DAY, missing.toString())));
        runs.put(ExplainCommand.class, Map.of(
                0, args("explain", "--considered-on", DAY, good.toString()),
                1, args("explain", "--considered-on", DAY, bad.toString()),
                2, args("explain", "--considered-on", DAY, missing.toString())));
        runs.put(ReportCommand.class, Map.of(
                0, args("report", "--considered-on", DAY, "--format", "csv", "--out", out.toString(), good.toString()),
                1, args("report", "--considered-on", DAY, "--format", "csv", "--out", out.toString(), bad.toString()),
                2, args("report", "--considered-on", DAY, "--format", "csv", "--out", out.toString(), missing.toString())));
        runs.put(ReplayCommand.class, Map.of(
                0, args("replay", records.toString()),
                2, args("replay", missing.toString())));
        runs.put(ValidateCommand.class, Map.of(
                0, args("validate"),
                1, args("validate", "--rules", brokenRules.toString()),
                2, args("validate", "--rules", missing.toString())));
        runs.put(TestCommand.class, Map.of(
                2, args("test", missing.toString())));
        runs.put(ExportRulesCommand.class, Map.of(
                0, args("export-rules", dir.resolve("exported").toString()),
                2, args("export-rules", notEmpty.toString())));
        runs.put(DiffCommand.class, Map.of(
                2, args("diff", "--base", missing.toString(), "--head", missing.toString())));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Class<?>, Map<Integer, String[]>> command : runs.entrySet()) {
            Command spec = command.getKey().getAnnotation(Command.class);
            Cli.Result help = Cli.run(spec.name(), "--help");
            assertEquals(0, help.status(), help::toString);
            for (String documented : spec.exitCodeList()) {
                String words = documented.substring(documented.indexOf(':') + 1);
                assertTrue(help.out().contains(words.substring(0, Math.min(20, words.length()))), help::toString);
            }
            Cli.Result unknownOption = Cli.run(spec.name(), "--no-such-option");
            if (unknownOption.status() != ThiDuaCli.USAGE) {
                wrong.add(spec.name() + " --no-such-option: " + unknownOption);
            }
            for (Map.Entry<Integer, String[]> run : command.getValue().entrySet()) {
                assertTrue(Arrays.stream(spec.exitCodeList()).anyMatch(d -> d.startsWith(run.getKey() + ":")),
                        spec.name() + " does not document the exit status " + run.getKey());
                Cli.Result r = Cli.run(run.getValue());
                if (r.status() != run.getKey()) {
                    wrong.add(String.join(" ", run.getValue()) + " → expected " + run.getKey() + ", " + r);
                }
            }
        }
        assertEquals(List.of(), wrong);
        Cli.Result root = Cli.run("--help");
        for (Class<?> c : runs.keySet()) {
            assertTrue(root.out().contains(c.getAnnotation(Command.class).name()), root::toString);
        }
    }

    private static String[] args(String... args) {
        return args;
    }
}
