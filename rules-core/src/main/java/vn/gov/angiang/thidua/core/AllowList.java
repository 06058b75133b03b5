package vn.gov.angiang.thidua.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed list of what code compiled from a rule file may call, read or construct, read from
 * {@code allowed-calls.txt} beside this class (the file explains its format).
 */
final class AllowList {

    static final String RESOURCE = "allowed-calls.txt";
    /** Refused on every owner: reflection and the monitor methods of {@link Object}. */
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "finalize");

    private static final AllowList INSTANCE = load();

    /** owner (or "pkg/*") → admitted members ("*", a name, or a name with its descriptor). */
    private final Map<String, Set<String>> members;
    private final List<String> lines;

    private AllowList(Map<String, Set<String>> members, List<String> lines) {
        this.members = members;
        this.lines = lines;
    }

    static AllowList get() {
        return INSTANCE;
    }

    /** The entries of the list, one "OWNER MEMBER..." per line, comments left out. */
    List<String> entries() {
        return lines;
    }

    boolean admits(String owner, String name, String descriptor) {
        if (NEVER.contains(name)) {
            return false;
        }
        return admitted(members.get(owner), name, descriptor)
                || admitted(members.get(owner.substring(0, owner.lastIndexOf('/') + 1) + "*"), name, descriptor);
    }

    private static boolean admitted(Set<String> allowed, String name, String descriptor) {
        return allowed != null && (allowed.contains("*") || allowed.contains(name) || allowed.contains(name + descriptor));
    }

    private static AllowList load() {
        try (InputStream in = AllowList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from rules-core");
            }
            Map<String, Set<String>> members = new HashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String line : lines) {
                String[] words = line.split("\\s+");
                if (members.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length))) != null) {
                    throw new IllegalStateException(RESOURCE + " lists " + words[0] + " twice");
                }
            }
            return new AllowList(Map.copyOf(members), lines);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
