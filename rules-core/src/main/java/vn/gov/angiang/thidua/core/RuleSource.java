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
import java.util.stream.Stream;

/**
 * The DRL text of one rule set, before compiling: its id, version and files (name → text, in reading
 * order). A folder or classpath folder may hold a {@code ruleset.properties} with {@code id},
 * {@code version} and {@code files} (comma-separated); without one, the id is the folder's name, the
 * version {@code 0} and the files every {@code *.drl} in name order.
 */
public record RuleSource(String id, String version, String origin, Map<String, String> files) {

    public static final String DESCRIPTOR = "ruleset.properties";

    public RuleSource {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The rule files of a folder on disk (policy staff's working copy). */
    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException("Not a folder of rule files: " + dir, List.of());
        }
        try {
            Properties descriptor = new Properties();
            Path props = dir.resolve(DESCRIPTOR);
            List<String> names;
            if (Files.isRegularFile(props)) {
                descriptor.load(new StringReader(utf8(Files.readAllBytes(props), DESCRIPTOR)));
                names = listed(descriptor);
            } else {
                try (Stream<Path> s = Files.list(dir)) {
                    names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
                }
            }
            Map<String, String> files = new LinkedHashMap<>();
            for (String name : names) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new RuleSetException("Rule file listed in " + DESCRIPTOR + " is missing: " + file, List.of());
                }
                files.put(name, utf8(Files.readAllBytes(file), name));
            }
            String fallbackId = dir.toAbsolutePath().normalize().getFileName() == null ? "rules"
                    : dir.toAbsolutePath().normalize().getFileName().toString();
            return of(descriptor, fallbackId, dir.toString(), files);
        } catch (IOException e) {
            throw new RuleSetException("Cannot read rule files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The rule files packaged under a classpath folder, as listed by its {@code ruleset.properties}. */
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
            for (String name : listed(descriptor)) {
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

    /** Rule files given as text (tests, tools). */
    public static RuleSource of(String id, String version, Map<String, String> files) {
        return new RuleSource(id, version, "memory:" + id, files);
    }

    private static RuleSource of(Properties descriptor, String fallbackId, String origin, Map<String, String> files) {
        return new RuleSource(descriptor.getProperty("id", fallbackId).strip(),
                descriptor.getProperty("version", "0").strip(), origin, files);
    }

    private static List<String> listed(Properties descriptor) {
        List<String> names = new ArrayList<>();
        for (String n : descriptor.getProperty("files", "").split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names;
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

    /** The sha256 of the files: each name and text, in order, separated by NUL bytes. */
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
