package vn.gov.angiang.thidua.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JDK calls whose cost grows faster than their input, or with the size of what they are handed,
 * as rule code makes them: the compiler routes every call the allow-list marks {@code priced} here
 * (same name; an instance method's receiver becomes the first argument). Each one charges the budget
 * for its worst case <em>before</em> the work, so that the budget stops an evaluation before one JDK
 * call can run for minutes; and {@code Set.of} keeps the order it was written in, where the JDK's order
 * changes from one run of the JVM to the next. Public only because generated code calls it.
 */
public final class Priced {

    private Priced() {
    }

    // --- Searches in texts: the JDK compares up to length × pattern characters.

    public static int indexOf(String s, String pattern) {
        search(s, pattern);
        return s.indexOf(pattern);
    }

    public static int indexOf(String s, String pattern, int from) {
        search(s, pattern);
        return s.indexOf(pattern, from);
    }

    public static int lastIndexOf(String s, String pattern) {
        search(s, pattern);
        return s.lastIndexOf(pattern);
    }

    public static int lastIndexOf(String s, String pattern, int from) {
        search(s, pattern);
        return s.lastIndexOf(pattern, from);
    }

    public static boolean contains(String s, CharSequence pattern) {
        search(s, pattern.toString());
        return s.contains(pattern);
    }

    /** A replacement whose result would be longer than a rule may make is refused before it is built. */
    public static String replace(String s, CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        search(s, t);
        long found = 0;
        if (t.isEmpty()) {
            found = s.length() + 1L;
        } else {
            for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + t.length())) {
                found++;
            }
        }
        long length = s.length() + found * (r.length() - (long) t.length());
        if (length > Budget.MAX_TEXT) {
            throw Budget.tooLong(length);
        }
        return s.replace(t, r);
    }

    private static void search(String s, String pattern) {
        Budget.charge(1 + (long) s.length() * Math.max(1, pattern.length()) / 256);
    }

    // --- Membership: one comparison per element, each as long as the values compared.

    public static boolean contains(Collection<?> c, Object o) {
        Budget.charge(c.size() * weight(o));
        return c.contains(o);
    }

    public static boolean contains(List<?> c, Object o) {
        return contains((Collection<?>) c, o);
    }

    public static boolean contains(Set<?> c, Object o) {
        return contains((Collection<?>) c, o);
    }

    public static int indexOf(List<?> c, Object o) {
        Budget.charge(c.size() * weight(o));
        return c.indexOf(o);
    }

    public static boolean containsAll(Collection<?> c, Collection<?> others) {
        Budget.charge((long) c.size() * others.size() + weight(others));
        return c.containsAll(others);
    }

    public static boolean containsAll(List<?> c, Collection<?> others) {
        return containsAll((Collection<?>) c, others);
    }

    public static boolean containsAll(Set<?> c, Collection<?> others) {
        return containsAll((Collection<?>) c, others);
    }

    /** {@code ==} in a condition: equal values, compared at the price of their size. */
    public static boolean areNullSafeEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        Budget.charge(Math.min(weight(a), weight(b)));
        return a.equals(b);
    }

    // --- Texts of values.

    /** {@code String.valueOf(x)}: only values whose text is short and the same in every run. */
    public static String valueOf(Object value) {
        if (value == null || value instanceof String || value instanceof Number && isValueNumber(value)
                || value instanceof Boolean || value instanceof Character || value instanceof LocalDate
                || value instanceof Enum<?>) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException("quy tắc chỉ được đổi thành văn bản một văn bản, số, ngày hay giá trị liệt kê,"
                + " không phải " + kind(value) + " / rules may turn into text only texts, numbers, days and enumerated"
                + " values, not " + kind(value));
    }

    private static boolean isValueNumber(Object n) {
        return n instanceof Integer || n instanceof Long || n instanceof BigDecimal || n instanceof Short
                || n instanceof Byte;
    }

    private static String kind(Object value) {
        return value instanceof Collection<?> ? "một danh sách / a list" : "một đối tượng / an object";
    }

    // --- Sets, in the order written (Set.of's order is chosen anew by every JVM).

    public static <E> Set<E> of() {
        return Set.of();
    }

    public static <E> Set<E> of(E e1) {
        return ordered(List.of(e1));
    }

    public static <E> Set<E> of(E e1, E e2) {
        return ordered(List.of(e1, e2));
    }

    public static <E> Set<E> of(E e1, E e2, E e3) {
        return ordered(List.of(e1, e2, e3));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return ordered(List.of(e1, e2, e3, e4));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ordered(List.of(e1, e2, e3, e4, e5));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ordered(List.of(e1, e2, e3, e4, e5, e6));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ordered(List.of(e1, e2, e3, e4, e5, e6, e7));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ordered(List.of(e1, e2, e3, e4, e5, e6, e7, e8));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ordered(List.of(e1, e2, e3, e4, e5, e6, e7, e8, e9));
    }

    public static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ordered(List.of(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10));
    }

    @SafeVarargs
    public static <E> Set<E> of(E... elements) {
        return ordered(List.of(elements));
    }

    public static <E> Set<E> copyOf(Collection<? extends E> elements) {
        Budget.charge(elements.size());
        Set<E> set = new LinkedHashSet<>();
        for (E e : elements) {
            set.add(java.util.Objects.requireNonNull(e));
        }
        return Collections.unmodifiableSet(set);
    }

    /** As Set.of: no null, no element twice. */
    private static <E> Set<E> ordered(List<E> elements) {
        Budget.charge(elements.size());
        Set<E> set = new LinkedHashSet<>();
        for (E e : elements) {
            if (!set.add(e)) {
                throw new IllegalArgumentException("duplicate element: " + Budget.capped(String.valueOf(valueOrKind(e))));
            }
        }
        return Collections.unmodifiableSet(set);
    }

    private static Object valueOrKind(Object e) {
        try {
            return valueOf(e);
        } catch (IllegalArgumentException notAValue) {
            return kind(e);
        }
    }

    /**
     * What comparing {@code value} may cost, in steps: a text by its length, a list by its elements, a
     * record by its components (lists made by rules hold no lists, see {@link Budget#flat}).
     */
    static long weight(Object value) {
        return weight(value, 3);
    }

    private static long weight(Object value, int depth) {
        if (value instanceof String s) {
            return 1 + s.length() / 64;
        }
        if (depth == 0) {
            return 1;
        }
        if (value instanceof Collection<?> c) {
            long w = 1;
            for (Object e : c) {
                w += weight(e, depth - 1);
            }
            return w;
        }
        if (value instanceof Record r) {
            long w = 1;
            for (java.lang.reflect.RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    w += weight(rc.getAccessor().invoke(r), depth - 1);
                } catch (ReflectiveOperationException e) {
                    w += 1;
                }
            }
            return w;
        }
        return 1;
    }
}
