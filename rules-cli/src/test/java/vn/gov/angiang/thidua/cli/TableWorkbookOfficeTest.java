package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.gov.angiang.thidua.table.CriteriaTable;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported workbook opens in LibreOffice: converted headless to PDF (every sheet, A4 landscape), its text
 * holds every code of both tables, every parameter and a decimal comma. Needs Debian's libreoffice-calc-nogui and
 * poppler-utils, which .ci/run installs when they are absent; without them the test is skipped — unless
 * THIDUA_REQUIRE_BROWSER is set (as .ci/run sets it), when it fails. The PDF is left in target/table-workbook.
 */
class TableWorkbookOfficeTest {

    private static final Path KEEP = Path.of("target", "table-workbook");
    private static String soffice;

    @BeforeAll
    static void findLibreOffice() {
        soffice = onPath("soffice");
        boolean tools = soffice != null && onPath("pdftotext") != null;
        if (!tools && System.getenv("THIDUA_REQUIRE_BROWSER") != null) {
            fail("THIDUA_REQUIRE_BROWSER is set, but soffice or pdftotext is missing: "
                    + "apt-get install libreoffice-calc-nogui poppler-utils");
        }
        assumeTrue(tools, "Debian's libreoffice-calc-nogui and poppler-utils are not installed: skipped");
    }

    private static String onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(command[0].replaceAll(".*/", "") + ".log").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), () -> String.join(" ", command));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theExportedWorkbookOpensInLibreOfficeAndItsPdfListsEveryCode() throws Exception {
        Files.createDirectories(KEEP);
        Path dir = KEEP.toAbsolutePath();
        Files.write(dir.resolve("bang-tieu-chi.xlsx"), TableWorkbook.write(TableWorkbookTest.TABLE));
        Path profile = Files.createTempDirectory("lo-profile");
        run(dir, soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", dir.toString(), dir.resolve("bang-tieu-chi.xlsx").toString());
        run(dir, "pdftotext", "-layout", "bang-tieu-chi.pdf", "bang-tieu-chi.txt");
        String text = Files.readString(dir.resolve("bang-tieu-chi.txt"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (CriteriaTable.KindTable k : TableWorkbookTest.TABLE.kinds()) {
            k.groups().forEach(g -> check(text, g.code().text(), missing));
            k.rows().forEach(r -> check(text, r.code().text(), missing));
        }
        TableWorkbookTest.TABLE.parameters().forEach(p -> {
            if (!p.key().equals("boardAgency")) {
                check(text, p.key(), missing);
            }
        });
        check(text, "2,5", missing);
        check(text, "Tập thể", missing);
        assertEquals(List.of(), missing, "not in the PDF (see " + dir + ")");
    }

    private static void check(String text, String what, List<String> missing) {
        if (!text.contains(what)) {
            missing.add(what);
        }
    }
}
