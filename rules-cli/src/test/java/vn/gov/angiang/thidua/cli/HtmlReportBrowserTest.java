package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a person sees of the HTML report, through Debian's headless Chromium: every row, the totals, a name heavy
 * with diacritics, the histogram, no script error, and a PDF printed on A4 whose text holds every row and the last
 * column (nothing cut). Needs the packages chromium and poppler-utils, which .ci/run installs when they are absent;
 * without them the test is skipped — unless THIDUA_REQUIRE_BROWSER is set (as .ci/run sets it), when it fails.
 * The page, its screenshot and its PDF are left in target/browser-report for a person to look at.
 */
class HtmlReportBrowserTest {

    private static final String DAY = "2026-11-25";
    private static final String HEAVY = "Nguyễn Thị Ngọc Huyền Trưởng Đoàn";
    private static final Path KEEP = Path.of("target", "browser-report");

    private static String chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheBrowser() {
        chromium = onPath("chromium");
        boolean tools = chromium != null && onPath("pdftotext") != null && onPath("pdfinfo") != null;
        if (!tools && System.getenv("THIDUA_REQUIRE_BROWSER") != null) {
            fail("THIDUA_REQUIRE_BROWSER is set, but chromium, pdftotext or pdfinfo is missing: "
                    + "apt-get install chromium poppler-utils");
        }
        assumeTrue(tools, "Debian's chromium and poppler-utils are not installed (apt-get install chromium "
                + "poppler-utils; .ci/run installs them): the browser test is skipped");
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

    private record Run(int status, String out, String err) {
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<String> browser(String... args) {
        List<String> c = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr", "--v=0"));
        c.addAll(List.of(args));
        return c;
    }

    private Path report() throws IOException {
        String batch = "[" + Cli.dossier("HEAVY-1").replace("Phòng Quản lý Đầu tư", HEAVY) + ","
                + Cli.dossierWithUnknownField("HONG-2") + "]";
        Path extra = Files.writeString(dir.resolve("extra.json"), batch, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("report", "--considered-on", DAY, "--format", "html", "--out",
                dir.resolve("report.html").toString()));
        args.addAll(ExplainCommandTest.samples());
        args.add(ExplainCommandTest.AT_89_5.toString());
        args.add(extra.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.status(), "one dossier cannot be read: " + r);
        Files.createDirectories(KEEP);
        return Files.copy(dir.resolve("report.html"), KEEP.resolve("report.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int rowsExpected() throws IOException {
        return ExplainCommandTest.samples().size() + 3;
    }

    @Test
    void theRenderedPageHasEveryRowTheTotalsTheNameAndTheHistogramAndNoScriptError() throws Exception {
        Path html = report();

        Run dom = run(browser("--dump-dom", html.toUri().toString()));

        assertEquals(0, dom.status(), dom.err());
        Matcher rows = Pattern.compile("<tr class=\"(BANG_KHEN|GIAY_KHEN|NONE|ERROR)\" data-dossier=").matcher(dom.out());
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertEquals(rowsExpected(), count, "every row, the unreadable one too");
        assertTrue(dom.out().contains("id=\"totals-award\"") && dom.out().contains("id=\"totals-unit\""), "totals");
        assertTrue(dom.out().contains(HEAVY), "the name as the browser read it");
        assertTrue(dom.out().contains("<svg") && dom.out().contains("class=\"bar\""), "the histogram's bars");
        assertFalse(dom.err().contains("Uncaught") || dom.err().contains("SyntaxError"), dom.err());
        assertFalse(dom.err().matches("(?s).*CONSOLE.*(error|Error).*"), dom.err());

        Path png = KEEP.resolve("report.png");
        Run shot = run(browser("--hide-scrollbars", "--window-size=1100,4000", "--screenshot=" + png.toAbsolutePath(),
                html.toUri().toString()));
        assertEquals(0, shot.status(), shot.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1100, image.getWidth());
        assertTrue(hasColour(image, 0x4a78b5), "the histogram's bars are drawn");
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void itPrintsOnA4WithEveryRowAndTheLastColumnInThePdf() throws Exception {
        Path html = report();
        Path pdf = KEEP.resolve("report.pdf").toAbsolutePath();

        Run print = run(browser("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
        assertEquals(0, print.status(), print.err());

        Run info = run(List.of("pdfinfo", "-f", "1", "-l", "1000", pdf.toString()));
        Matcher sizes = Pattern.compile("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts").matcher(info.out());
        int pages = 0;
        while (sizes.find()) {
            pages++;
            assertEquals(595.0, Double.parseDouble(sizes.group(1)), 1.5, "A4 width, page " + pages);
            assertEquals(842.0, Double.parseDouble(sizes.group(2)), 1.5, "A4 height, page " + pages);
        }
        assertTrue(pages > 1, info.out());

        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-")).out();
        for (String id : ids(Files.readString(html, StandardCharsets.UTF_8))) {
            assertTrue(text.contains(id), "row " + id + " in the PDF");
        }
        assertTrue(text.contains(HEAVY), "the name printed with its diacritics");
        assertTrue(text.contains("Lý do không khen"), "the last column is on the page, not cut");
        assertTrue(text.contains("Tổng hợp theo mức khen") && text.contains("Phân bố điểm"), "totals, histogram");
    }

    /**
     * The 16 sample dossiers as the Office files them: heading, motto, place and date in words, signature block;
     * the document itself in three A4 pages, the appendix of explanations after it; no word printed outside the
     * page (each word's box from pdftotext), and every row's nominee and score on the document's pages.
     */
    @Test
    void theSixteenSamplesMakeADocumentTheOfficeCanSign() throws Exception {
        List<String> samples = ExplainCommandTest.samples();
        assertEquals(16, samples.size());
        List<String> args = new ArrayList<>(List.of("report", "--considered-on", DAY, "--format", "html", "--out",
                dir.resolve("tong-hop.html").toString(), "--signer-name", "Nguyễn Văn A"));
        args.addAll(samples);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r::toString);
        Files.createDirectories(KEEP);
        Path html = Files.copy(dir.resolve("tong-hop.html"), KEEP.resolve("tong-hop.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path pdf = KEEP.resolve("tong-hop.pdf").toAbsolutePath();
        Run print = run(browser("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
        assertEquals(0, print.status(), print.err());

        int pages = Integer.parseInt(run(List.of("pdfinfo", pdf.toString())).out().lines()
                .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
        List<String> pageTexts = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            pageTexts.add(run(List.of("pdftotext", "-f", "" + p, "-l", "" + p, pdf.toString(), "-")).out());
        }
        int appendix = 0;
        while (appendix < pages && !pageTexts.get(appendix).contains("PHỤ LỤC")) {
            appendix++;
        }
        assertEquals(3, appendix, "the document takes three pages before its appendix");
        assertTrue(pages <= 18, "pages: " + pages);
        String document = String.join("\n", pageTexts.subList(0, appendix));
        for (String must : List.of("ỦY BAN NHÂN DÂN TỈNH AN", "BAN QUẢN LÝ KHU KINH TẾ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 25 tháng 11 năm 2026",
                "BÁO CÁO", "Nơi nhận:", "TRƯỞNG BAN", "Nguyễn Văn A", "an-giang-bqlkkt-2026, phiên bản 1.0.0")) {
            assertTrue(document.contains(must), must + " in\n" + document);
        }
        assertFalse(document.matches("(?s).*[0-9a-f]{64}.*"), "the hash is short");
        String rendered = Files.readString(html, StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<a href=\"#d-\\d+\">([^<]+)</a>.*?<td class=\"n\">([^<]+)</td>").matcher(rendered);
        int rows = 0;
        String flat = document.replaceAll("\\s+", " ");
        while (row.find()) {
            rows++;
            String first = row.group(1).split(" ")[0];
            assertTrue(flat.contains(first) && flat.contains(row.group(2)), row.group(1) + " " + row.group(2));
        }
        assertEquals(16, rows);

        // Every word inside its page: pdftotext gives each word's box.
        String boxes = run(List.of("pdftotext", "-bbox", pdf.toString(), "-")).out();
        Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)")
                .matcher(boxes);
        int words = 0;
        while (word.find()) {
            words++;
            assertTrue(Double.parseDouble(word.group(1)) >= 0 && Double.parseDouble(word.group(3)) <= 595
                    && Double.parseDouble(word.group(4)) <= 842, "outside the page: " + word.group());
        }
        assertTrue(words > 1000, "words: " + words);
        for (int p = 1; p <= Math.min(pages, 4); p++) {
            run(List.of("pdftoppm", "-f", "" + p, "-l", "" + p, "-r", "70", "-png", pdf.toString(),
                    KEEP.resolve("tong-hop-" + p).toString()));
        }
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-dossier=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
