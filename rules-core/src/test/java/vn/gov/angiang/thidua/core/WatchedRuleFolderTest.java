package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DAY;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DOSSIER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.mini;

/**
 * A followed rule folder swaps in a new set only when it compiles and passes its gate (rules-test's
 * scenario gate is tested there; here a gate with the same meaning: the department earns a Bằng khen).
 */
class WatchedRuleFolderTest {

    static final RuleSetGate BANG_KHEN = (candidate, snapshot) ->
            candidate.evaluate(DOSSIER, DAY).award() == Award.BANG_KHEN ? List.of()
                    : List.of("Phòng không được Bằng khen / the department no longer earns its Bằng khen");

    @TempDir
    Path tmp;

    private static void write(Path dir, String drl) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ruleset.properties"), "id=theo-doi\nversion=1\nfiles=mini.drl\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mini.drl"), drl, StandardCharsets.UTF_8);
    }

    private String sha(String drl) throws IOException {
        Path scratch = tmp.resolve("sha-" + Integer.toHexString(drl.hashCode()));
        write(scratch, drl);
        return RuleSource.fromDirectory(scratch).sha256();
    }

    @Test
    void underLoadEveryEvaluationComesWhollyFromAGoodSetThatWasInUseWhileItRan() throws Exception {
        Path dir = tmp.resolve("rules");
        List<String> good = List.of(mini("95"), mini("92"), mini("99"));
        String failsItsScenario = mini("85"); // compiles, but the department no longer earns its Bằng khen
        String broken = mini("97").replace("then", "thenn");
        Map<String, BigDecimal> scoreOf = new ConcurrentHashMap<>();
        for (String g : good) {
            scoreOf.put(sha(g), new BigDecimal(g.replaceAll("(?s).*new Score\\(points\\(\"(\\d+)\"\\).*", "$1")));
        }
        write(dir, good.get(0));
        List<String> rejected = new CopyOnWriteArrayList<>();
        try (WatchedRuleFolder rules = WatchedRuleFolder.open(dir, new RuleFolderListener() {
            @Override
            public void rejected(RuleSetInfo stillInUse, RuleFolderSnapshot candidate,
                                 List<RuleSetException.Problem> problems, List<String> failed) {
                rejected.add(stillInUse.sha256());
            }
        }, BANG_KHEN, RuleSetCompiler::compile, false)) { // reloaded by hand, so that each swap's time is known; the watcher has its own test
            // (time, sha) each time a set is put in use, so that an evaluation can be checked against its span.
            List<long[]> swaps = Collections.synchronizedList(new ArrayList<>());
            List<String> inUse = Collections.synchronizedList(new ArrayList<>());
            swaps.add(new long[]{Long.MIN_VALUE});
            inUse.add(rules.ruleSet().sha256());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger failures = new AtomicInteger();
            List<Object[]> seen = new CopyOnWriteArrayList<>(); // {start, end, evaluation}
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        try {
                            Evaluation e = rules.evaluate(DOSSIER, DAY);
                            seen.add(new Object[]{start, System.nanoTime(), e});
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            int accepted = 0;
            for (int round = 0; round < 9; round++) {
                String next = switch (round % 3) {
                    case 0 -> broken;
                    case 1 -> failsItsScenario;
                    default -> good.get((round / 3 + 1) % good.size());
                };
                write(dir, next);
                synchronized (swaps) {
                    String before = rules.ruleSet().sha256();
                    long asked = System.nanoTime();
                    boolean ok = rules.reloadNow();
                    assertEquals(round % 3 == 2, ok, "round " + round);
                    if (!rules.ruleSet().sha256().equals(before)) {
                        swaps.add(new long[]{asked, System.nanoTime()}); // the swap happened between the two
                        inUse.add(rules.ruleSet().sha256());
                        accepted++;
                    }
                }
                Thread.sleep(20);
            }
            running.set(false);
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(0, failures.get());
            assertEquals(3, accepted);
            assertEquals(6, rejected.size());
            assertTrue(seen.size() > 50, "evaluations ran: " + seen.size());
            for (Object[] s : seen) {
                Evaluation e = (Evaluation) s[2];
                String sha = e.ruleSet().sha256();
                assertTrue(scoreOf.containsKey(sha), "an evaluation from a set that was never good: " + sha);
                assertEquals(0, scoreOf.get(sha).compareTo(e.score()), "the result is that set's own");
                assertEquals(Award.BANG_KHEN, e.award());
                assertTrue(wasInUseDuring(sha, (long) s[0], (long) s[1], swaps, inUse), "stamped " + sha
                        + " although that set was not in use while the evaluation ran");
            }
        }
    }

    private static boolean wasInUseDuring(String sha, long start, long end, List<long[]> swaps, List<String> inUse) {
        for (int i = 0; i < swaps.size(); i++) {
            long from = swaps.get(i)[0];
            long until = i + 1 < swaps.size() ? swaps.get(i + 1)[1] : Long.MAX_VALUE;
            // Each swap happened between the two times recorded around it: a set may have been in use from the
            // earlier time of its own swap to the later time of the next.
            if (inUse.get(i).equals(sha) && from <= end && until >= start) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theWatcherReloadsAChangedFolderByItself() throws Exception {
        Path dir = tmp.resolve("followed");
        write(dir, mini("95"));
        String next = sha(mini("91"));
        try (WatchedRuleFolder rules = WatchedRuleFolder.watch(dir, null, BANG_KHEN, RuleSetCompiler::compile,
                RuleSetOptions.DEFAULT_TIME_LIMIT)) {
            write(dir, mini("91"));
            long deadline = System.nanoTime() + 60_000_000_000L; // a guard against a hang, not a measure
            while (!rules.ruleSet().sha256().equals(next) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(next, rules.ruleSet().sha256());
            assertEquals(0, new BigDecimal("91").compareTo(rules.evaluate(DOSSIER, DAY).score()));
        }
    }

    @Test
    void aFolderThatFailsItsGateIsNotWatchedAtAll() throws IOException {
        Path dir = tmp.resolve("failing");
        write(dir, mini("85"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> WatchedRuleFolder.watch(dir, null, BANG_KHEN, RuleSetCompiler::compile,
                RuleSetOptions.DEFAULT_TIME_LIMIT));
        assertTrue(e.getMessage().contains("Bằng khen"), e::getMessage);
        assertFalse(e.getMessage().isBlank());
    }

    /** A gate that reads the score the candidate must give from its own snapshot's {@code expect.json}. */
    private static final RuleSetGate EXPECTED_SCORE = (candidate, snapshot) -> {
        String expected = new String(snapshot.scenarioFile("expect.json"), StandardCharsets.UTF_8).strip();
        BigDecimal score = candidate.evaluate(DOSSIER, DAY).score();
        return score.compareTo(new BigDecimal(expected)) == 0 ? List.of()
                : List.of("expected " + expected + ", got " + score.stripTrailingZeros().toPlainString());
    };

    private static void write(Path dir, String score, String expected) throws IOException {
        write(dir, mini(score));
        Files.writeString(dir.resolve("expect.json"), expected, StandardCharsets.UTF_8);
    }

    /**
     * An edit saved while the previous one compiles: each candidate is judged by the scenario files read
     * with its own rule files, and each refusal names the candidate it judged.
     */
    @Test
    void anEditSavedWhileThePreviousOneCompilesDoesNotChangeTheReasonGivenForThePreviousOne() throws Exception {
        Path dir = tmp.resolve("race");
        write(dir, "95", "95");
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicReference<String> saveWhileCompiling = new AtomicReference<>();
        Function<RuleSource, CompiledRuleSet> compiler = source -> {
            CompiledRuleSet compiled = RuleSetCompiler.compile(source);
            String edit = saveWhileCompiling.getAndSet(null);
            if (edit != null) {
                try {
                    String[] scoreAndExpected = edit.split("/");
                    write(dir, scoreAndExpected[0], scoreAndExpected[1]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return compiled;
        };
        try (WatchedRuleFolder rules = WatchedRuleFolder.open(dir, new RuleFolderListener() {
            @Override
            public void reloaded(RuleSetInfo now, RuleSetInfo before) {
                heard.add("reloaded " + now.sha256());
            }

            @Override
            public void rejected(RuleSetInfo stillInUse, RuleFolderSnapshot candidate,
                                 List<RuleSetException.Problem> problems, List<String> failed) {
                heard.add("rejected " + candidate.rulesSha256() + " " + failed);
            }
        }, EXPECTED_SCORE, compiler, false)) {
            // A good edit (92, expecting 92); while it compiles, a bad one is saved (90, expecting 97).
            write(dir, "92", "92");
            saveWhileCompiling.set("90/97");
            assertTrue(rules.reloadNow());
            // Then a good one is saved while the bad one compiles.
            saveWhileCompiling.set("91/91");
            assertFalse(rules.reloadNow());
            assertTrue(rules.reloadNow());
            assertEquals(List.of("reloaded " + sha(mini("92")),
                    "rejected " + sha(mini("90")) + " [expected 97, got 90]",
                    "reloaded " + sha(mini("91"))), heard);
            RuleSetException refused = assertThrows(RuleSetException.class, () -> {
                write(dir, "93", "94");
                rules.reload();
            });
            assertTrue(refused.getMessage().contains("rules sha256 " + sha(mini("93"))), refused::getMessage);
            assertTrue(refused.problems().get(0).message().contains("expected 94, got 93"), refused::toString);
        }
    }

    /** The compiled-set cache serves a watched folder too: at start, and when only its scenario files change. */
    @Test
    void anUnchangedFolderIsServedWithoutCompiling() throws Exception {
        Path dir = tmp.resolve("cached");
        Path cache = tmp.resolve("cache");
        write(dir, "95", "95");
        Function<RuleSource, CompiledRuleSet> cached = source -> CompiledCache.load(source, cache);
        WatchedRuleFolder.open(dir, null, EXPECTED_SCORE, cached, false).close();
        long builds = RuleSetCompiler.builds();
        try (WatchedRuleFolder rules = WatchedRuleFolder.open(dir, null, EXPECTED_SCORE, cached, false)) {
            assertEquals(builds, RuleSetCompiler.builds(), "started from the cache");
            Files.writeString(dir.resolve("notes.json"), "{}", StandardCharsets.UTF_8);
            assertTrue(rules.reloadNow());
            write(dir, "92", "93"); // refused by its own scenario file, then the scenario file is fixed
            assertFalse(rules.reloadNow());
            long afterTheEdit = RuleSetCompiler.builds();
            Files.writeString(dir.resolve("expect.json"), "92", StandardCharsets.UTF_8);
            assertTrue(rules.reloadNow());
            assertEquals(afterTheEdit, RuleSetCompiler.builds(), "the candidate's rules were compiled already");
            write(dir, "95", "95"); // back to the first set: in the cache
            assertTrue(rules.reloadNow());
            assertEquals(afterTheEdit, RuleSetCompiler.builds(), "a set compiled before is not compiled again");
            assertEquals(sha(mini("95")), rules.ruleSet().sha256());
        }
    }
}
