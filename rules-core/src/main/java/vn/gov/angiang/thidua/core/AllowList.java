package vn.gov.angiang.thidua.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed list of what code compiled from a rule file may call, read or construct, and what each
 * costs, read from {@code allowed-calls.txt} beside this class (the file explains its format and the
 * cost classes).
 */
final class AllowList {

    static final String RESOURCE = "allowed-calls.txt";
    /** How the work of one call grows (see the file). */
    enum Cost { CONSTANT, LINEAR, PRICED, VOCABULARY, MODEL }

    /** Refused on every owner: reflection and the monitor methods of {@link Object}. */
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "finalize");
    /**
     * Admitted only where the list names them, never through "*": a record's or a list's may take as long
     * as everything it holds, and {@code Object}'s and an enum's hashCode differ from one run to the next.
     */
    private static final Set<String> NAMED_ONLY = Set.of("hashCode", "toString", "equals");
    private static final String ENUM = "java/lang/Enum";

    private static final AllowList INSTANCE = load();

    /** owner (or "pkg/*") → member ("*", a name, or a name with its descriptor) → cost. */
    private final Map<String, Map<String, Cost>> members;
    private final List<String> lines;

    private AllowList(Map<String, Map<String, Cost>> members, List<String> lines) {
        this.members = members;
        this.lines = lines;
    }

    static AllowList get() {
        return INSTANCE;
    }

    /** The entries of the list, one "COST OWNER MEMBER..." per line, comments left out. */
    List<String> entries() {
        return lines;
    }

    boolean admits(String owner, String name, String descriptor) {
        return cost(owner, name, descriptor) != null;
    }

    /** What a call costs, or null when it is not admitted. */
    Cost cost(String owner, String name, String descriptor) {
        if (NEVER.contains(name)) {
            return null;
        }
        Cost c = lookup(members.get(owner), name, descriptor);
        if (c == null) {
            c = lookup(members.get(owner.substring(0, owner.lastIndexOf('/') + 1) + "*"), name, descriptor);
        }
        if (c == null && !owner.equals(ENUM) && isEnum(owner)) { // an enum's own methods are Enum's
            c = lookup(members.get(ENUM), name, descriptor);
        }
        return c;
    }

    private static Cost lookup(Map<String, Cost> allowed, String name, String descriptor) {
        if (allowed == null) {
            return null;
        }
        Cost c = allowed.get(name + descriptor);
        if (c == null) {
            c = allowed.get(name);
        }
        if (c == null && !NAMED_ONLY.contains(name)) {
            c = allowed.get("*");
        }
        return c;
    }

    private static boolean isEnum(String owner) {
        try {
            return Class.forName(owner.replace('/', '.'), false, AllowList.class.getClassLoader()).isEnum();
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // a generated class, or nothing: not an enum of the vocabulary
        }
    }

    private static AllowList load() {
        try (InputStream in = AllowList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from rules-core");
            }
            Map<String, Map<String, Cost>> members = new HashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String line : lines) {
                String[] words = line.split("\\s+");
                Cost cost = Cost.valueOf(words[0].toUpperCase(java.util.Locale.ROOT));
                Map<String, Cost> of = members.computeIfAbsent(words[1], o -> new HashMap<>());
                for (int i = 2; i < words.length; i++) {
                    if (of.put(words[i], cost) != null) {
                        throw new IllegalStateException(RESOURCE + " lists " + words[1] + " " + words[i] + " twice");
                    }
                }
            }
            members.replaceAll((owner, of) -> Map.copyOf(of));
            return new AllowList(Map.copyOf(members), lines);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
