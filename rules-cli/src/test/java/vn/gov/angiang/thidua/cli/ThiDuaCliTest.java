package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThiDuaCliTest {

    @Test
    void versionAndHelp() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.status(), version::toString);
        assertTrue(version.out().startsWith("thidua "), version::toString);
        assertTrue(version.out().contains("an-giang-bqlkkt-2026"), version::toString);

        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.status(), help::toString);
        for (String command : new String[]{"evaluate", "explain", "validate", "test"}) {
            assertTrue(help.out().contains(command), help::toString);
        }
        assertEquals(0, Cli.run("evaluate", "--help").status());
    }

    @Test
    void noCommandIsMisuse() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("Usage"), r::toString);
    }
}
