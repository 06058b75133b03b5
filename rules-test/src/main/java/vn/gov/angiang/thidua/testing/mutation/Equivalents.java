package vn.gov.angiang.thidua.testing.mutation;

import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reviewed list of equivalent mutants of a rule folder, {@value #FILE} beside its rules. One entry a
 * line, four fields separated by {@code " | "}: the file, the rule's code (or {@code function name}), the
 * code of the line with the change marked {@code ⟦token → replacement⟧}, and the reason, e.g.
 * <pre>
 * score.drl | DIEM.TONG | within(criteria.add($bonus).subtract($deductions), points("⟦0 → -1⟧"), maxScore())); | …
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored. {@code thidua test --mutations} prints the
 * entry of each surviving mutant, ready to be copied here once someone has checked it is equivalent.
 */
public final class Equivalents {

    public static final String FILE = "mutants-equivalent.txt";
    private static final String SEPARATOR = " | ";

    private final List<Equivalent> entries;

    private Equivalents(List<Equivalent> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Equivalents none() {
        return new Equivalents(List.of());
    }

    /** The entries of {@value #FILE} in this rule folder; none if it has no such file. */
    public static Equivalents in(Path ruleFolder) {
        Path file = ruleFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ThiDuaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entries of {@value #FILE} in a classpath rule folder (the embedded default set: {@code thidua/rules}). */
    public static Equivalents onClasspath(String folder) {
        String name = folder.replaceFirst("/$", "") + "/" + FILE;
        try (InputStream in = Equivalents.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? none() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + name);
        } catch (IOException e) {
            throw new ThiDuaException("Cannot read classpath:" + name + ": " + e.getMessage(), e);
        }
    }

    /** Parses the text of an equivalents file; a malformed entry throws, naming its line. */
    public static Equivalents parse(String text, String origin) {
        List<Equivalent> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int a = l.indexOf(SEPARATOR);
            int b = a < 0 ? -1 : l.indexOf(SEPARATOR, a + SEPARATOR.length());
            int z = l.lastIndexOf(SEPARATOR);
            String context = b < 0 || z <= b ? "" : l.substring(b + SEPARATOR.length(), z).strip();
            String reason = z < 0 ? "" : l.substring(z + SEPARATOR.length()).strip();
            if (context.isEmpty() || !context.contains("⟦") || !context.contains(" → ") || reason.isEmpty()) {
                throw new ThiDuaException(origin + ":" + (i + 1) + ": cần bốn phần cách nhau bởi \" | \": tệp | quy tắc"
                        + " | dòng mã có ⟦từ → thay bằng⟧ | lý do / expected four fields separated by \" | \": file |"
                        + " rule | code with ⟦token → replacement⟧ | reason");
            }
            out.add(new Equivalent(l.substring(0, a).strip(), l.substring(a + SEPARATOR.length(), b).strip(), context,
                    reason, i + 1));
        }
        return new Equivalents(out);
    }

    public List<Equivalent> entries() {
        return entries;
    }

    /** The entry that names this mutant, if any. */
    public Optional<Equivalent> of(Mutant m) {
        return entries.stream().filter(e -> e.matches(m)).findFirst();
    }

    /** The entries that name none of these mutants: the rules changed under them, and they must be reviewed again. */
    public List<Equivalent> staleAmong(List<Mutant> mutants) {
        return entries.stream().filter(e -> mutants.stream().noneMatch(e::matches)).toList();
    }
}
