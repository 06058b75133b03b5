package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One candidate of a watched rule folder: its rule files and its scenario files (every {@code .json} file
 * under it: the scenario files and their bases), read together, with the sha256 of each part. The gate
 * judges exactly these bytes, not the folder as it is when the compile is done, and a refusal names
 * the candidate by {@link #describe()}.
 */
public final class RuleFolderSnapshot {

    /** Larger files are left out of the snapshot (a scenario file is a few kilobytes). */
    private static final long MAX_FILE_BYTES = 2L << 20; // above what a scenario file may have, which is refused when run

    private final Path folder;
    private final RuleSource rules;
    private final Map<String, byte[]> scenarioFiles;
    private final String scenariosSha256;

    private RuleFolderSnapshot(Path folder, RuleSource rules, Map<String, byte[]> scenarioFiles) {
        this.folder = folder;
        this.rules = rules;
        this.scenarioFiles = scenarioFiles;
        this.scenariosSha256 = sha256(scenarioFiles);
    }

    /**
     * Reads the folder's rule files and scenario files.
     *
     * @param folder a rule folder
     * @return what it holds now
     * @throws RuleSetException when the rule files cannot be read (the problems, by file)
     */
    public static RuleFolderSnapshot read(Path folder) {
        Map<String, byte[]> scenarios = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder, 8)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= MAX_FILE_BYTES) {
                    scenarios.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuleSetException("Cannot read the scenario files of " + folder + ": " + e.getMessage(), List.of());
        }
        return new RuleFolderSnapshot(folder, RuleSource.fromDirectory(folder), scenarios);
    }

    /** @return the watched folder */
    public Path folder() {
        return folder;
    }

    /** @return the rule files as read */
    public RuleSource rules() {
        return rules;
    }

    /** @return the names of the scenario files as read, relative to the folder, in name order */
    public List<String> scenarioFiles() {
        return List.copyOf(scenarioFiles.keySet());
    }

    /** The bytes of one scenario file as read, or null. */
    byte[] scenarioFile(String name) {
        return scenarioFiles.get(name);
    }

    /** @return the sha256 of the rule files ({@link RuleSource#sha256()}) */
    public String rulesSha256() {
        return rules.sha256();
    }

    /** @return the sha256 of the scenario files: each name and content, in name order, separated by NUL bytes */
    public String scenariosSha256() {
        return scenariosSha256;
    }

    /** @return how a refusal names this candidate: its rule set and both sha256 */
    public String describe() {
        return rules.id() + " " + rules.version() + " (rules sha256 " + rulesSha256() + ", scenarios sha256 "
                + scenariosSha256 + ")";
    }

    /**
     * Writes the scenario files as read into a folder, for a gate that runs them from files.
     *
     * @param into an empty folder
     * @throws IOException when a file cannot be written
     */
    public void writeScenarioFiles(Path into) throws IOException {
        for (Map.Entry<String, byte[]> f : scenarioFiles.entrySet()) {
            Path file = into.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String sha256(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
