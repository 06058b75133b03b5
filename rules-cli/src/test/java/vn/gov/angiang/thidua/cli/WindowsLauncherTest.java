package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * thidua.cmd, the launcher of the distribution archive on Windows, read as cmd.exe reads it (no Windows shell
 * is packaged by Debian short of Wine): its variables expanded for an installation under a folder with
 * spaces, then its java line split into arguments by the rules of the Windows C runtime. Every argument
 * the officer typed reaches the tool unchanged, quotes and Vietnamese included.
 */
class WindowsLauncherTest {

    private static final Path CMD = Path.of("src/dist/thidua.cmd");
    private static final String HOME = "C:\\Program Files\\Thi Dua\\thidua-0.1.0\\";

    private static List<String> lines() throws IOException {
        String text = Files.readString(CMD, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "cmd.exe needs CRLF line ends");
        return text.lines().toList();
    }

    /** The java command line as cmd.exe runs it, given the environment and what follows "thidua" on the command line. */
    private static List<String> javaCommand(Map<String, String> environment, String typed) throws IOException {
        Map<String, String> variables = new java.util.HashMap<>(environment);
        String run = null;
        for (String line : lines()) {
            String l = line.strip();
            Matcher set = Pattern.compile("^(?:if defined (\\w+) )?set \"(\\w+)=(.*)\"$").matcher(l);
            if (set.matches()) {
                if (set.group(1) == null || variables.containsKey(set.group(1))) {
                    variables.put(set.group(2), expand(set.group(3), variables, typed));
                }
            } else if (l.startsWith("\"%THIDUA_JAVA%\"")) {
                run = expand(l, variables, typed);
            }
        }
        assertTrue(run != null, "thidua.cmd has no java line");
        return argv(run);
    }

    private static String expand(String text, Map<String, String> variables, String typed) {
        String s = text.replace("%~dp0", HOME).replace("%*", typed);
        Matcher v = Pattern.compile("%(\\w+)%").matcher(s);
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            v.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(v.group(1), "")));
        }
        return v.appendTail(out).toString();
    }

    /** A command line split as the Microsoft C runtime splits it (2n backslashes + quote → n and a quote toggle). */
    static List<String> argv(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                int n = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    n++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    cur.append("\\".repeat(n / 2));
                    if (n % 2 == 1) {
                        cur.append('"');
                    } else {
                        quoted = !quoted;
                    }
                } else {
                    cur.append("\\".repeat(n));
                    i--;
                }
                any = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    args.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(cur.toString());
        }
        return args;
    }

    @Test
    void everyTypedArgumentReachesTheToolUnchanged() throws IOException {
        List<String> argv = javaCommand(Map.of(), "evaluate --considered-on 2026-11-25 --format json"
                + " \"D:\\Hồ sơ khen thưởng\\hồ sơ số 1.json\" ho-so-2.json");
        assertEquals(List.of("java", "-jar", HOME + "rules-cli.jar", "evaluate", "--considered-on", "2026-11-25",
                "--format", "json", "D:\\Hồ sơ khen thưởng\\hồ sơ số 1.json", "ho-so-2.json"), argv);
    }

    @Test
    void javaHomeAndJavaOptionsAreUsed() throws IOException {
        List<String> argv = javaCommand(Map.of("JAVA_HOME", "C:\\Program Files\\Java\\jdk-17", "JAVA_OPTS", "-Xmx2g"),
                "explain --lang en a.json");
        assertEquals(List.of("C:\\Program Files\\Java\\jdk-17\\bin\\java.exe", "-Xmx2g", "-jar", HOME + "rules-cli.jar",
                "explain", "--lang", "en", "a.json"), argv);
    }

    @Test
    void theExitStatusAndTheConsoleCodePageAreKept() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.contains("chcp 65001 >nul"), "the tool writes UTF-8");
        assertEquals("exit /b %ERRORLEVEL%", lines.get(lines.size() - 1));
        assertEquals("@echo off", lines.get(0));
    }
}
