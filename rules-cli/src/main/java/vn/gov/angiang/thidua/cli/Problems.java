package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Prints the problems of a rule set one a line, as {@code file:line:column: message}, the way editors read them. */
final class Problems {

    private Problems() {
    }

    /** A headline then each problem; file names are given inside {@code folder} when it holds them. */
    static void print(RuleSetException e, Path folder, PrintStream out) {
        List<RuleSetException.Problem> problems = e.problems();
        String message = e.getMessage() == null ? "rule set error" : e.getMessage();
        if (problems.isEmpty()) {
            out.println("thidua: " + plain(message));
            return;
        }
        String headline = message.lines().findFirst().orElse(message).replaceFirst(":\\s*$", "");
        out.println("thidua: " + headline);
        for (RuleSetException.Problem p : problems) {
            out.println(line(p, folder));
        }
    }

    /**
     * One problem as {@code file:line:column: message}: the plain words on the first line, the compiler's own
     * text, when there is one, on an indented line below it for IT.
     */
    static String line(RuleSetException.Problem p, Path folder) {
        String message = p.message() == null ? "" : p.message().strip();
        int newline = message.indexOf('\n');
        String first = file(p.file(), folder) + ":" + p.line() + ":" + p.column() + ": "
                + plain(newline < 0 ? message : message.substring(0, newline));
        return newline < 0 ? first : first + System.lineSeparator() + "    " + plain(message.substring(newline + 1));
    }

    static String file(String file, Path folder) {
        if (folder == null || file == null) {
            return String.valueOf(file);
        }
        try {
            Path inFolder = folder.resolve(file);
            return Files.isRegularFile(inFolder) ? inFolder.toString() : file;
        } catch (InvalidPathException e) {
            return file;
        }
    }

    private static String plain(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
