package vn.gov.angiang.thidua.testkit;

import org.quicktheories.QuickTheory;
import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.Gen;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the QuickTheories properties of every module the same way (shared through rules-api's test-jar): a fixed seed, so that a build is
 * repeatable (another one with {@code -Dthidua.seed=...}), and at least the number of examples asked for.
 * A falsified property fails with its smallest (shrunk) example and the seed.
 */
public final class Theories {

    /** The seed of every property; {@code mvn test -Dthidua.seed=42} explores other examples. */
    public static final long SEED = Long.getLong("thidua.seed", 20_261_125L);

    /**
     * QuickTheories first tries the shrink target, the minima and the maxima of the generators, and skips an
     * example it has already tried (these three often coincide): a few more than asked for, so that at least
     * as many distinct examples run.
     */
    private static final int BOUNDARY_EXAMPLES = 3;

    /** Draws a generator may discard (its {@code assuming}) for one example before the property gives up. */
    private static final int GENERATE_ATTEMPTS = 1_000;

    /** Attempts to shrink a falsifying example (each may run the rules): bounded, so failures are reported soon. */
    private static final int SHRINK_CYCLES = 1_000;

    private Theories() {
    }

    private static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples + BOUNDARY_EXAMPLES)
                .withGenerateAttempts(GENERATE_ATTEMPTS).withShrinkCycles(SHRINK_CYCLES);
    }

    public static <A> void check(int examples, Gen<A> as, Consumer<A> property) {
        AtomicInteger ran = new AtomicInteger();
        qt(examples).forAll(as).checkAssert(a -> {
            ran.incrementAndGet();
            property.accept(a);
        });
        assertRan(examples, ran);
    }

    public static <A, B> void check(int examples, Gen<A> as, Gen<B> bs, BiConsumer<A, B> property) {
        AtomicInteger ran = new AtomicInteger();
        qt(examples).forAll(as, bs).checkAssert((a, b) -> {
            ran.incrementAndGet();
            property.accept(a, b);
        });
        assertRan(examples, ran);
    }

    public static <A, B, C> void check(int examples, Gen<A> as, Gen<B> bs, Gen<C> cs, TriConsumer<A, B, C> property) {
        AtomicInteger ran = new AtomicInteger();
        qt(examples).forAll(as, bs, cs).checkAssert((a, b, c) -> {
            ran.incrementAndGet();
            property.accept(a, b, c);
        });
        assertRan(examples, ran);
    }

    private static void assertRan(int examples, AtomicInteger ran) {
        assertTrue(ran.get() >= examples, () -> "only " + ran + " of " + examples + " examples ran (seed " + SEED + ")");
    }

    /** Some values, or null in about {@code percentNull} percent of the examples. */
    public static <T> Gen<T> orNull(Gen<T> values, int percentNull) {
        return values.toOptionals(percentNull).map(o -> o.orElse(null));
    }

    /** How often each value was seen across the examples of a property, printed and checked afterwards. */
    public static final class Tally {
        private final String label;
        private final Map<String, Integer> counts = new TreeMap<>();

        public Tally(String label) {
            this.label = label;
        }

        public synchronized void collect(Object value) {
            counts.merge(String.valueOf(value), 1, Integer::sum);
        }

        /** Prints the tally, then fails unless every one of the values was seen at least once. */
        public synchronized void assertEachOccurred(Object... values) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            String report = counts.entrySet().stream()
                    .map(e -> String.format("%s %d (%.1f %%)", e.getKey(), e.getValue(), 100.0 * e.getValue() / total))
                    .collect(Collectors.joining(", ", "[" + label + "] ", " (seed " + SEED + ")"));
            System.out.println(report);
            for (Object value : values) {
                assertTrue(counts.getOrDefault(String.valueOf(value), 0) > 0,
                        () -> label + ": " + value + " never occurred among " + Arrays.toString(values) + ": " + report);
            }
        }
    }
}
