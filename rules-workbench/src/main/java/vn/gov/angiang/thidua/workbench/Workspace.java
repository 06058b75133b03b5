package vn.gov.angiang.thidua.workbench;

import vn.gov.angiang.thidua.api.Digests;
import vn.gov.angiang.thidua.core.RuleSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared working copy of a rule folder that policy staff edit: its files in {@code ruleset.properties} order,
 * each read and saved by name. Every name is checked to stay inside the folder; a save names the sha256 of the text
 * its editor started from and is refused, with both texts, when someone saved the file since. Text is saved NFC.
 */
final class Workspace {

    /** The workbench's own state (drafts, history, accounts, audit) lives here and is never served as a file. */
    static final String STATE = ".workbench";
    /** Larger than any rule or scenario file a person writes (the rule loader's own limit is 2 MiB). */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.-]+(/[\\p{L}\\p{N}_.-]+){0,3}");

    /** A file of the rule folder, with its first comment line as a description. */
    record FileEntry(String name, String kind, String description) {
    }

    /** A file's text and the sha256 of its UTF-8 bytes. */
    record Text(String name, String text, String sha256) {
    }

    private final Path root;

    Workspace(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được thư mục làm việc / cannot open the workspace " + root, e);
        }
        if (!Files.isRegularFile(this.root.resolve(RuleSource.DESCRIPTOR))) {
            throw new IllegalArgumentException("Thư mục làm việc không có " + RuleSource.DESCRIPTOR
                    + " / the workspace has no " + RuleSource.DESCRIPTOR + ": " + root);
        }
    }

    Path root() {
        return root;
    }

    Path state() {
        return root.resolve(STATE);
    }

    /** The rule files in ruleset.properties order, then the descriptor, the scenario files and their bases. */
    synchronized List<FileEntry> files() {
        Set<String> names = new LinkedHashSet<>(listedRuleFiles());
        names.add(RuleSource.DESCRIPTOR);
        try (Stream<Path> s = Files.walk(root, 2)) {
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith(STATE) && (n.endsWith(".json") || n.endsWith(".drl")))
                    .sorted((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b))
                            : a.compareTo(b))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FileEntry> out = new ArrayList<>();
        for (String n : names) {
            Path p = root.resolve(n);
            if (Files.isRegularFile(p)) {
                out.add(new FileEntry(n, kind(n), description(p)));
            }
        }
        return out;
    }

    private static int rank(String name) {
        return name.endsWith(".drl") ? 0 : name.endsWith(".scenario.json") ? 1 : 2;
    }

    private static String kind(String name) {
        return name.endsWith(".drl") ? "rules" : name.endsWith(".scenario.json") ? "scenarios"
                : name.endsWith(".properties") ? "descriptor" : "dossier";
    }

    List<String> listedRuleFiles() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(root.resolve(RuleSource.DESCRIPTOR), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (String n : p.getProperty("files", "").split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** The first comment line of a file ({@code //}, {@code #}, or a scenario file's "description"). */
    private static String description(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.limit(40)::iterator) {
                String t = line.strip();
                if (t.startsWith("//") || t.startsWith("#")) {
                    return t.replaceFirst("^(//+|#+)\\s*", "");
                }
                if (t.startsWith("/*")) {
                    return t.replaceFirst("^/\\*+\\s*", "").replaceFirst("\\*/$", "").strip();
                }
                if (t.startsWith("\"description\"")) {
                    return t.replaceFirst("^\"description\"\\s*:\\s*\"", "").replaceFirst("\",?$", "");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return "";
    }

    /** The file of that name inside the workspace; refuses any other name. */
    Path resolve(String name) {
        if (name == null || !NAME.matcher(name).matches() || List.of(name.split("/")).contains("..")
                || name.startsWith(STATE) || !(name.endsWith(".drl") || name.endsWith(".json")
                || name.equals(RuleSource.DESCRIPTOR))) {
            throw new ApiError(400, "tên tệp không hợp lệ hoặc nằm ngoài thư mục quy tắc",
                    "not a rule, scenario or dossier file name inside the workspace: " + name);
        }
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root)) {
            throw new ApiError(400, "tệp nằm ngoài thư mục quy tắc", "the file is outside the workspace");
        }
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !file.toRealPath().startsWith(root)) {
                throw new ApiError(400, "liên kết dẫn ra ngoài thư mục quy tắc", "a link that leads outside the workspace");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    synchronized Text read(String name) {
        Path file = resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ApiError(404, "không có tệp " + name, "no such file: " + name);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Text(name, text, sha256(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the text (as NFC) if the file is still as the editor read it ({@code baseSha256}; null for a new file).
     * Refused with 409 and both texts otherwise.
     */
    synchronized Text save(String name, String text, String baseSha256) {
        Path file = resolve(name);
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (nfc.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
            throw new ApiError(413, "tệp lớn hơn 2 MiB", "the file is larger than 2 MiB");
        }
        boolean exists = Files.isRegularFile(file);
        if (!exists && !(name.endsWith(".scenario.json") && !name.contains("/"))) {
            throw new ApiError(404, "không có tệp " + name, "no such file: " + name);
        }
        String current = exists ? read(name).text() : null;
        String currentSha = current == null ? null : sha256(current);
        if (currentSha != null && !currentSha.equals(baseSha256)) {
            throw new ApiError(409, "người khác đã lưu tệp này sau khi bạn mở: so sánh hai bản rồi lưu lại",
                    "someone saved this file after you opened it: compare both texts and save again",
                    java.util.Map.of("theirs", current, "theirsSha256", currentSha, "yours", nfc));
        }
        write(file, nfc);
        return new Text(name, nfc, sha256(nfc));
    }

    /** Writes whole or not at all: a temporary file beside it, then one rename. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".save-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the rule folder as it is now (rules, descriptor, scenarios, bases), for a job or a publication. */
    synchronized void copyTo(Path target) {
        try (Stream<Path> s = Files.walk(root, 4)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(STATE) || rel.startsWith(".")) {
                    continue;
                }
                Path to = target.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the rule folder's files by those of {@code source} (a restored version), each written whole. */
    synchronized void replaceWith(Path source) {
        try (Stream<Path> s = Files.walk(source, 4)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = source.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".")) {
                    write(root.resolve(rel), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        return Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
