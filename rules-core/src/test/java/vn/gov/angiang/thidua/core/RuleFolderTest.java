package vn.gov.angiang.thidua.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule folder is read only inside itself: no absolute names, no '..', no link that leads out, nothing echoed. */
class RuleFolderTest {

    private static final String SECRET = "BÍ-MẬT-CỦA-MÁY-CHỦ";

    @TempDir
    Path tmp;

    private Path outsideFile() throws IOException {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Path secret = outside.resolve("secret.drl");
        Files.writeString(secret, SECRET + " rule when then end", StandardCharsets.UTF_8);
        return secret;
    }

    private Path folder(String files) throws IOException {
        Path dir = tmp.resolve("rules");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.drl"), RuleSetCompilerTest.mini("95"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RuleSource.DESCRIPTOR), "id=t\nversion=1\nfiles=" + files + "\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private void assertRefused(Path dir, String name) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(dir));
        assertEquals(name, e.problems().get(0).file(), e::getMessage);
        assertFalse(e.getMessage().contains(SECRET), e::getMessage);
        assertFalse(assertThrows(RuleSetException.class, () -> RuleSets.fromDirectory(dir)).getMessage().contains(SECRET));
    }

    @Test
    void anAbsoluteNameIsRefusedUnread() throws IOException {
        String secret = outsideFile().toString();
        assertRefused(folder("a.drl," + secret), secret);
    }

    @Test
    void aNameWithDotDotIsRefusedUnread() throws IOException {
        outsideFile();
        assertRefused(folder("a.drl,../outside/secret.drl"), "../outside/secret.drl");
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefusedUnread() throws IOException {
        Path secret = outsideFile();
        Path dir = folder("a.drl,link.drl");
        Files.createSymbolicLink(dir.resolve("link.drl"), secret);
        assertRefused(dir, "link.drl");
    }

    @Test
    void aLinkedDescriptorLeadingOutIsRefused() throws IOException {
        Path dir = folder("a.drl");
        Files.delete(dir.resolve(RuleSource.DESCRIPTOR));
        Path props = tmp.resolve("outside.properties");
        Files.writeString(props, "files=" + SECRET + ".drl\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve(RuleSource.DESCRIPTOR), props);
        assertRefused(dir, RuleSource.DESCRIPTOR);
    }

    @Test
    void aLinkedDrlFileLeadingOutIsRefusedWithoutADescriptorToo() throws IOException {
        Path secret = outsideFile();
        Path dir = folder("a.drl");
        Files.delete(dir.resolve(RuleSource.DESCRIPTOR));
        Files.createSymbolicLink(dir.resolve("b.drl"), secret);
        assertRefused(dir, "b.drl");
    }

    @Test
    void aHardLinkToAFileOutsideIsRefusedUnread() throws IOException {
        Path secret = outsideFile();
        Path dir = folder("a.drl,hard.drl");
        Files.createLink(dir.resolve("hard.drl"), secret);
        assertRefused(dir, "hard.drl");
    }

    @Test
    void aLinkInsideTheFolderAndASubfolderAreFine() throws IOException {
        Path dir = folder("a.drl,sub/b.drl,c.drl");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.drl"), "package thidua;\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("c.drl"), dir.resolve("sub/b.drl"));
        RuleSource source = RuleSource.fromDirectory(dir);
        assertEquals(3, source.files().size());
    }

    @Test
    void aFileTooLargeForAPersonToWriteIsRefusedUnread() throws IOException {
        Path dir = folder("a.drl,big.drl");
        Files.write(dir.resolve("big.drl"), new byte[(int) LoadLimits.defaults().maxFileBytes() + 1]);
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSource.fromDirectory(dir));
        assertEquals("big.drl", e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("maxFileBytes"), e::getMessage);
    }
}
