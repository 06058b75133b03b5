package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;

import java.io.IOException;
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

    static final RuleSetGate BANG_KHEN = (candidate, source, folder) ->
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
            public void rejected(RuleSetInfo stillInUse, List<RuleSetException.Problem> problems, List<String> failed) {
                rejected.add(stillInUse.sha256());
            }
        }, BANG_KHEN, false)) { // reloaded by hand, so that each swap's time is known; the watcher has its own test
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
                    boolean ok = rules.reloadNow();
                    assertEquals(round % 3 == 2, ok, "round " + round);
                    if (!rules.ruleSet().sha256().equals(before)) {
                        swaps.add(new long[]{System.nanoTime()});
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
            long until = i + 1 < swaps.size() ? swaps.get(i + 1)[0] : Long.MAX_VALUE;
            // The swap is recorded just after it happens: allow the set before it up to the recorded time.
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
        try (WatchedRuleFolder rules = WatchedRuleFolder.watch(dir, null, BANG_KHEN)) {
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
        RuleSetException e = assertThrows(RuleSetException.class, () -> WatchedRuleFolder.watch(dir, null, BANG_KHEN));
        assertTrue(e.getMessage().contains("Bằng khen"), e::getMessage);
        assertFalse(e.getMessage().isBlank());
    }
}
