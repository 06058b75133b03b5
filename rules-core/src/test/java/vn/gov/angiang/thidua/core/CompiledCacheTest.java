package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DAY;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.DOSSIER;
import static vn.gov.angiang.thidua.core.RuleSetCompilerTest.mini;

/** A folder compiled once is loaded from the cache while it stays the same; a damaged entry is compiled again. */
class CompiledCacheTest {

    @TempDir
    Path tmp;

    private Path folder(String score) throws IOException {
        Path dir = tmp.resolve("rules");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mini.drl"), mini(score), StandardCharsets.UTF_8);
        return dir;
    }

    private List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
    }

    @Test
    void anUnchangedFolderIsLoadedFromItsEntryAndAChangedOneGetsItsOwn() throws IOException {
        Path cache = tmp.resolve("cache");
        Path dir = folder("95");
        var first = RuleSets.fromDirectory(dir, cache).evaluate(DOSSIER, DAY);
        List<Path> one = entries(cache);
        assertEquals(1, one.size());
        long written = Files.getLastModifiedTime(one.get(0)).toMillis();
        assertEquals(first, RuleSets.fromDirectory(dir, cache).evaluate(DOSSIER, DAY));
        assertEquals(written, Files.getLastModifiedTime(one.get(0)).toMillis(), "read, not written again");

        folder("91");
        var changed = RuleSets.fromDirectory(dir, cache).evaluate(DOSSIER, DAY);
        assertNotEquals(first.ruleSet().sha256(), changed.ruleSet().sha256());
        assertEquals(2, entries(cache).size());
    }

    @Test
    void aDamagedEntryIsCompiledAgain() throws IOException {
        Path cache = tmp.resolve("cache");
        Path dir = folder("95");
        var first = RuleSets.fromDirectory(dir, cache).evaluate(DOSSIER, DAY);
        Files.writeString(entries(cache).get(0), "không phải kjar", StandardCharsets.UTF_8);
        assertEquals(first, RuleSets.fromDirectory(dir, cache).evaluate(DOSSIER, DAY));
    }
}
