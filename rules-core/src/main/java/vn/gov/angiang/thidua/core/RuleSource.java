package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The DRL text of one rule set, before compiling: its id, version and files (name → text, in reading
 * order). A folder or classpath folder may hold a {@code ruleset.properties} with {@code id},
 * {@code version} and {@code files} (comma-separated); without one, the id is the folder's name, the
 * version {@code 0} and the files every {@code *.drl} in name order.
 *
 * @param id      the rule set's id, such as {@code an-giang-bqlkkt-2026}
 * @param version its version
 * @param origin  where it was read from (a folder, {@code classpath:…}), for messages
 * @param files   the rule files, name → DRL text, in reading order
 */
public record RuleSource(String id, String version, String origin, Map<String, String> files) {

    /** The name of a rule folder's descriptor: {@code id}, {@code version} and the {@code files} in order. */
    public static final String DESCRIPTOR = "ruleset.properties";
    /** Entries of a folder looked at when searching it for rule files it does not list; beyond, it is refused. */
    private static final int MAX_ENTRIES = 10_000;

    /**
     * Copies {@code files}, keeping their order.
     *
     * @param id      the rule set's id
     * @param version its version
     * @param origin  where it was read from
     * @param files   the rule files, name → DRL text, in reading order
     */
    public RuleSource {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * The rule files of a folder on disk (policy staff's working copy). Only files inside the folder are
     * read: a name in {@code ruleset.properties} must be a plain relative name, and neither it nor a
     * symbolic link may lead outside the folder. A refused file is never read, so nothing of it is shown.
     * Every problem of the folder is reported at once: a refused or missing file, and a {@code .drl} file
     * (in the folder or a subfolder) that {@code ruleset.properties} does not list.
     *
     * @param dir the rule folder
     * @return its rule files
     * @throws RuleSetException listing every problem of the folder
     */
    public static RuleSource fromDirectory(Path dir) {
        return fromDirectory(dir, LoadLimits.defaults());
    }

    /**
     * As {@link #fromDirectory(Path)}, within {@code limits}: the number of files and their sizes are
     * checked before anything is read, and a file named twice (however spelled: {@code c.drl},
     * {@code ./c.drl}, {@code .//c.drl}) is one entry, refused as listed twice.
     *
     * @param dir    the rule folder
     * @param limits how many files and bytes it may hold
     * @return its rule files
     * @throws RuleSetException listing every problem of the folder
     */
    public static RuleSource fromDirectory(Path dir, LoadLimits limits) {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException("Not a folder of rule files: " + dir, List.of());
        }
        try {
            Path root = dir.toRealPath();
            Properties descriptor = new Properties();
            Path props = dir.resolve(DESCRIPTOR);
            List<String> names;
            boolean described = Files.exists(props, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            List<RuleSetException.Problem> problems = new ArrayList<>();
            if (described) {
                descriptor.load(new StringReader(utf8(readInside(root, DESCRIPTOR, limits), DESCRIPTOR)));
                names = listed(descriptor, problems);
            } else {
                names = new ArrayList<>();
                try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.drl")) {
                    for (Path p : s) {
                        names.add(p.getFileName().toString());
                        if (names.size() > limits.maxFiles()) {
                            break;
                        }
                    }
                }
                names.sort(null);
            }
            if (names.size() > limits.maxFiles()) { // refused before any of them is read
                throw new RuleSetException("The rule folder " + dir + " has too many files (quá nhiều tệp)",
                        List.of(limits.tooManyFiles(described ? DESCRIPTOR : names.get(limits.maxFiles()), names.size())));
            }
            Map<String, String> files = new LinkedHashMap<>();
            long total = 0;
            for (String name : names) {
                try {
                    byte[] bytes = readInside(root, name, limits);
                    total += bytes.length;
                    if (total > limits.maxTotalBytes()) {
                        problems.add(limits.folderTooLarge(name, total));
                        break;
                    }
                    files.put(name, utf8(bytes, name));
                } catch (RuleSetException e) {
                    problems.addAll(e.problems());
                }
            }
            for (String unlisted : described ? drlFiles(root, problems) : List.<String>of()) {
                if (!names.contains(unlisted)) {
                    problems.add(new RuleSetException.Problem(unlisted, 0, 0, "tệp không có trong danh sách files= của "
                            + DESCRIPTOR + " nên sẽ không được dùng: thêm tên tệp vào đó, hoặc xóa tệp / the file is not"
                            + " listed in files= of " + DESCRIPTOR + ", so it would not be used: list it, or delete it"));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException("The rule folder " + dir + " has problems (thư mục quy tắc có lỗi)", problems);
            }
            String fallbackId = root.getFileName() == null ? "rules" : root.getFileName().toString();
            return of(descriptor, fallbackId, dir.toString(), files);
        } catch (IOException e) {
            throw new RuleSetException("Cannot read rule files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** How many names the file has (1 for a plain file), where the file system tells; else 1. */
    private static int hardLinks(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /**
     * The .drl files under the folder, by their names relative to it ("a.drl", "sub/b.drl"), links not
     * followed; a folder of more than {@value #MAX_ENTRIES} entries is a problem, not a long walk.
     */
    private static List<String> drlFiles(Path root, List<RuleSetException.Problem> problems) throws IOException {
        List<String> found = new ArrayList<>();
        int[] seen = {0};
        Files.walkFileTree(root, java.util.Set.of(), 8, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                if (++seen[0] > MAX_ENTRIES) {
                    problems.add(new RuleSetException.Problem(DESCRIPTOR, 0, 0, "thư mục quy tắc chứa hơn " + MAX_ENTRIES
                            + " tệp / the rule folder holds more than " + MAX_ENTRIES + " files"));
                    return java.nio.file.FileVisitResult.TERMINATE;
                }
                if (p.getFileName().toString().endsWith(".drl")) {
                    found.add(root.relativize(p).toString().replace('\\', '/'));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** The bytes of the file {@code name} of the folder {@code root} (a real path), if it is inside it. */
    private static byte[] readInside(Path root, String name, LoadLimits limits) throws IOException {
        String why = null;
        Path file = null;
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
            why = "tên tệp phải là tên tương đối trong thư mục quy tắc, không có '..' / a rule file must be named"
                    + " relative to the rule folder, without '..'";
        } else {
            file = root.resolve(name).normalize();
            if (!file.startsWith(root)) {
                why = "tệp nằm ngoài thư mục quy tắc / the file is outside the rule folder";
            } else if (!Files.exists(file)) {
                why = "tệp được liệt kê trong " + DESCRIPTOR + " nhưng không có / the file is listed in " + DESCRIPTOR
                        + " but missing";
            } else if (!file.toRealPath().startsWith(root)) {
                why = "liên kết dẫn ra ngoài thư mục quy tắc / a link that leads outside the rule folder";
            } else if (!Files.isRegularFile(file)) {
                why = "không phải là tệp / not a file";
            } else if (hardLinks(file) > 1) {
                why = "tệp có nhiều liên kết cứng, có thể trỏ tới tệp ngoài thư mục / the file has several hard links"
                        + " and may be a file from outside the folder: copy it instead";
            } else if (Files.size(file) > limits.maxFileBytes()) {
                throw new RuleSetException("Rule file refused (tệp quy tắc bị từ chối): " + name,
                        List.of(limits.fileTooLarge(name, Files.size(file))));
            }
        }
        if (why != null) {
            throw new RuleSetException("Rule file refused (tệp quy tắc bị từ chối): " + name,
                    List.of(new RuleSetException.Problem(name, 0, 0, why)));
        }
        try (InputStream in = Files.newInputStream(file)) { // the size may change after it was looked at
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new RuleSetException("Rule file refused (tệp quy tắc bị từ chối): " + name,
                        List.of(limits.fileTooLarge(name, bytes.length)));
            }
            return bytes;
        }
    }

    /**
     * The rule files packaged under a classpath folder, as listed by its {@code ruleset.properties}.
     *
     * @param folder the classpath folder, such as {@link RuleSets#DEFAULT_FOLDER}
     * @param loader the class loader to read it with
     * @return its rule files
     */
    public static RuleSource fromClasspath(String folder, ClassLoader loader) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        try {
            Properties descriptor = new Properties();
            byte[] props = read(loader, base + DESCRIPTOR);
            if (props == null) {
                throw new RuleSetException("No rule set on the classpath at " + base + DESCRIPTOR, List.of());
            }
            descriptor.load(new StringReader(utf8(props, DESCRIPTOR)));
            Map<String, String> files = new LinkedHashMap<>();
            for (String name : listed(descriptor, new ArrayList<>())) {
                byte[] text = read(loader, base + name);
                if (text == null) {
                    throw new RuleSetException("Rule file listed in " + DESCRIPTOR + " is missing: " + base + name,
                            List.of());
                }
                files.put(name, utf8(text, name));
            }
            return of(descriptor, folder, "classpath:" + base, files);
        } catch (IOException e) {
            throw new RuleSetException("Cannot read rule files at classpath:" + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rule files given as text (tests, tools).
     *
     * @param id      the rule set's id
     * @param version its version
     * @param files   name → DRL text, in reading order
     * @return the rule source, with origin {@code memory:id}
     */
    public static RuleSource of(String id, String version, Map<String, String> files) {
        return new RuleSource(id, version, "memory:" + id, files);
    }

    private static RuleSource of(Properties descriptor, String fallbackId, String origin, Map<String, String> files) {
        return new RuleSource(descriptor.getProperty("id", fallbackId).strip(),
                descriptor.getProperty("version", "0").strip(), origin, files);
    }

    /**
     * The files the descriptor lists, each under one spelling ({@code ./a.drl} and {@code a//b.drl} are
     * {@code a.drl} and {@code a/b.drl}); a file listed twice is a problem, and read once.
     */
    private static List<String> listed(Properties descriptor, List<RuleSetException.Problem> problems) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.Set<String> twice = new java.util.LinkedHashSet<>();
        for (String n : descriptor.getProperty("files", "").split(",")) {
            if (!n.isBlank()) {
                String name = normalised(n.strip());
                if (!names.add(name)) {
                    twice.add(name);
                }
            }
        }
        for (String name : twice) {
            problems.add(new RuleSetException.Problem(DESCRIPTOR, 0, 0, "tệp " + name + " được liệt kê nhiều lần trong"
                    + " files= (dù viết khác nhau, đó vẫn là một tệp) / the file " + name + " is listed twice in files="
                    + " (however spelled, it is one file)"));
        }
        return new ArrayList<>(names);
    }

    /** A relative name without "." segments and repeated slashes; ".." and absolute names are left for readInside to refuse. */
    private static String normalised(String name) {
        if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? name : String.join("/", parts);
    }

    private static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleSetException("Rule file " + name + " is not valid UTF-8 (tệp không phải UTF-8)",
                    List.of(new RuleSetException.Problem(name, 0, 0, "not valid UTF-8: save the file as UTF-8")));
        }
    }

    /**
     * What every evaluation names as its rule set's fingerprint.
     *
     * @return the sha256 of the files: each name and text, in order, separated by NUL bytes (hex)
     */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
