package vn.gov.angiang.thidua.core;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.modelcompiler.consequence.LambdaConsequence;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.gov.angiang.thidua.api.Nominee;
import vn.gov.angiang.thidua.vocabulary.ConsideredOn;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first phase, the criteria tables ({@code bang-tieu-chi}), is the same for every dossier of a kind:
 * its rules look at nothing but the nominee's kind. Then it runs once per rule set and kind, and its
 * facts (the same immutable records) are inserted into every later session, with the names of the rules
 * that made them, so that each dossier's evaluation, trace included, is what running the phase gives.
 * <p>
 * Whether that holds is read off the compiled rules, not assumed: every condition of the phase must be a
 * plain pattern (possibly under {@code not}/{@code exists}) on the nominee or the day considered, read
 * only through the properties its constraints name, or on facts the phase itself derives; no consequence
 * may read the nominee or the day, nor may a constraint of another pattern (there, a property read would
 * be missing from the key). The key is the value of each property read. What is kept must be immutable
 * values of the vocabulary (records, texts, numbers, days, enums, unmodifiable lists of them: a mutable
 * object handed to every session would carry state from one dossier to the next), and all that is kept
 * together stays under {@value #MAX_BYTES} bytes. Otherwise, and if a run of the phase updates or deletes
 * a fact, the phase runs in every session, as written.
 */
final class TablePhase {

    /** What the phase derived for one key: the facts in insertion order, who inserted each, what fired. */
    record Result(List<Object> facts, List<String> insertedBy, List<String> fired) {
    }

    /** The only dossier facts the phase may look at; single in every session. */
    private static final List<Class<?>> KEY_TYPES = List.of(Nominee.class, ConsideredOn.class);
    /** Every class of fact made from a dossier (see {@link Facts}). */
    private static final List<Class<?>> DOSSIER_TYPES = List.of(ConsideredOn.class, Nominee.class,
            vn.gov.angiang.thidua.api.Submission.class, vn.gov.angiang.thidua.vocabulary.EvidenceItem.class,
            vn.gov.angiang.thidua.vocabulary.ReportItem.class, vn.gov.angiang.thidua.api.Proceeding.class,
            vn.gov.angiang.thidua.vocabulary.SanctionItem.class);
    /** Keys are values of a few enumerated properties in a sound rule set; beyond this many, stop caching. */
    private static final int MAX_KEYS = 64;
    /** What all keys' facts may take together (estimated): the 2026 tables take about 20 KB a kind. */
    static final long MAX_BYTES = 1L << 20;

    private final CompiledRuleSet ruleSet;
    /** Per key type, the record components its patterns read; null when the phase cannot be shared. */
    private final Map<Class<?>, List<RecordComponent>> read;
    private final Map<List<Object>, Result> results = new ConcurrentHashMap<>();
    private volatile boolean shared;
    private long bytes;

    private TablePhase(CompiledRuleSet ruleSet, Map<Class<?>, List<RecordComponent>> read) {
        this.ruleSet = ruleSet;
        this.read = read;
        this.shared = read != null;
    }

    static TablePhase of(CompiledRuleSet ruleSet) {
        return new TablePhase(ruleSet, propertiesRead(ruleSet.kieBase()));
    }

    CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /** The key of a dossier's facts, or null when the phase must run in its session. */
    List<Object> keyOf(List<Object> facts) {
        if (!shared) {
            return null;
        }
        List<Object> key = new ArrayList<>();
        for (Object f : facts) {
            List<RecordComponent> components = read.get(f.getClass());
            if (components != null) {
                key.add(f.getClass());
                for (RecordComponent c : components) {
                    try {
                        key.add(c.getAccessor().invoke(f));
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return key;
    }

    Result get(List<Object> key) {
        return results.get(key);
    }

    /** Keeps what one run of the phase gave; {@code clean} is false when that run updated or deleted a fact. */
    synchronized void put(List<Object> key, Result result, boolean clean) {
        if (!shared || results.containsKey(key)) {
            return;
        }
        long size = clean ? size(result.facts()) : -1;
        if (size < 0 || results.size() >= MAX_KEYS || bytes + size > MAX_BYTES) {
            shared = false;
            results.clear();
        } else {
            bytes += size;
            results.put(key, result);
        }
    }

    /** The estimated bytes of facts that are all immutable values of the vocabulary, or -1 if one is not. */
    static long size(List<Object> facts) {
        long total = 0;
        for (Object f : facts) {
            long s = size(f, 4);
            if (s < 0) {
                return -1;
            }
            total += s;
        }
        return total;
    }

    private static long size(Object v, int depth) {
        if (v == null || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof java.time.LocalDate || v instanceof Enum<?>) {
            return 16;
        }
        if (v instanceof String s) {
            return 40 + 2L * s.length();
        }
        if (v instanceof java.math.BigDecimal d) {
            return 40 + d.precision();
        }
        if (depth == 0) {
            return -1;
        }
        if (v instanceof List<?> l && l.getClass().getName().startsWith("java.util.ImmutableCollections$")) {
            long total = 16;
            for (Object e : l) {
                long s = size(e, depth - 1);
                if (s < 0) {
                    return -1;
                }
                total += 8 + s;
            }
            return total;
        }
        if (v instanceof Record r && VALUE_PACKAGES.contains(r.getClass().getPackageName())) {
            long total = 16;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    long s = size(c.getAccessor().invoke(r), depth - 1);
                    if (s < 0) {
                        return -1;
                    }
                    total += 8 + s;
                } catch (ReflectiveOperationException e) {
                    return -1;
                }
            }
            return total;
        }
        return -1;
    }

    private static final Set<String> VALUE_PACKAGES = Set.of(ConsideredOn.class.getPackageName(),
            Nominee.class.getPackageName());

    /** For each key type the phase's patterns read, the components they read; null if it cannot be shared. */
    private static Map<Class<?>, List<RecordComponent>> propertiesRead(KieBase kieBase) {
        Map<Class<?>, Set<String>> names = new java.util.HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl rule) || !Phases.ORDER.get(0).equals(rule.getAgendaGroup())
                        && !Phases.ORDER.get(0).equals(rule.getRuleFlowGroup())) {
                    continue;
                }
                if (rule.hasNamedConsequences() || !(rule.getConsequence() instanceof LambdaConsequence)
                        || !plain(rule.getLhs(), names)) {
                    return null;
                }
                for (String name : rule.getRequiredDeclarationsForConsequence(RuleImpl.DEFAULT_CONSEQUENCE_NAME)) {
                    Declaration d = rule.getDeclaration(name);
                    if (d == null || d.getPattern() == null || readsDossier(d.getPattern())) {
                        return null;
                    }
                }
            }
        }
        Map<Class<?>, List<RecordComponent>> read = new java.util.HashMap<>();
        for (Map.Entry<Class<?>, Set<String>> e : names.entrySet()) {
            Map<String, RecordComponent> byName = new TreeMap<>();
            for (RecordComponent c : e.getKey().getRecordComponents()) {
                byName.put(c.getName(), c);
            }
            List<RecordComponent> components = new ArrayList<>();
            for (String name : new TreeSet<>(e.getValue())) {
                RecordComponent c = byName.get(name);
                if (c == null) {
                    return null;
                }
                components.add(c);
            }
            read.put(e.getKey(), components);
        }
        return read;
    }

    /** Patterns only, under and/not/exists; on a key type only through named properties; on no other dossier fact. */
    private static boolean plain(GroupElement element, Map<Class<?>, Set<String>> names) {
        if (!(element.isAnd() || element.isNot() || element.isExists())) {
            return false;
        }
        for (RuleConditionElement child : element.getChildren()) {
            if (child instanceof GroupElement g) {
                if (!plain(g, names)) {
                    return false;
                }
            } else if (child instanceof Pattern p) {
                if (p.getSource() != null || !(p.getObjectType() instanceof ClassObjectType type)) {
                    return false;
                }
                Class<?> c = type.getClassType();
                if (KEY_TYPES.contains(c)) {
                    Set<String> props = names.computeIfAbsent(c, k -> new java.util.HashSet<>());
                    for (Constraint constraint : p.getConstraints()) {
                        if (!(constraint instanceof LambdaConstraint l) || l.getRequiredDeclarations().length > 0
                                || !propertiesIn(l.getPredicateInformation().getStringConstraint(), c, props)) {
                            return false;
                        }
                    }
                } else if (readsDossier(p)) {
                    return false;
                } else {
                    for (Constraint constraint : p.getConstraints()) {
                        for (Declaration d : constraint.getRequiredDeclarations()) {
                            if (d.getPattern() == null || readsDossier(d.getPattern())) {
                                return false; // a property read here would be missing from the key
                            }
                        }
                    }
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(\\.\\s*)?([A-Za-z_$][A-Za-z0-9_$]*)(\\s*\\()?");
    private static final Set<String> LITERALS = Set.of("null", "true", "false", "instanceof");

    /**
     * Adds to {@code props} the properties of {@code type} a constraint's DRL text reads: its words not after a
     * dot that name a record component. Other words may only be types (capitalised), literals, function calls
     * or names after a dot; anything else ({@code this}, a global) and the text is not understood: false.
     */
    private static boolean propertiesIn(String text, Class<?> type, Set<String> props) {
        if (text == null || text.isBlank() || text.contains("\"") || text.contains("'")) {
            return false; // no text to read, or a literal whose words are not names
        }
        Set<String> components = new java.util.HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            components.add(rc.getName());
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group(2);
            if (m.start(2) > 0 && Character.isDigit(text.charAt(m.start(2) - 1))) {
                continue; // the suffix of a number, 80B
            }
            if (m.group(1) != null || LITERALS.contains(word) || Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (components.contains(word)) {
                props.add(word);
            } else if (m.group(3) == null) {
                return false;
            }
        }
        return true;
    }

    /** A pattern whose facts may be made from the dossier (a supertype of one included). */
    private static boolean readsDossier(Pattern p) {
        if (!(p.getObjectType() instanceof ClassObjectType type)) {
            return true;
        }
        Class<?> c = type.getClassType();
        return DOSSIER_TYPES.stream().anyMatch(c::isAssignableFrom);
    }
}
