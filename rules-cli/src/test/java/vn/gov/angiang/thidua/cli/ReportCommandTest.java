package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {

    private static final String DAY = "2026-11-25";

    @TempDir
    Path dir;

    /** Three drafts with the same score and award, so that only the names order them. */
    private Path namesFile() throws IOException {
        String nfdName = Normalizer.normalize("Đặng Văn Em", Normalizer.Form.NFD);
        String json = "[" + Cli.dossier("N-1").replace("Phòng Quản lý Đầu tư", "Em Thị Hoa") + ","
                + Cli.dossier("N-2").replace("Phòng Quản lý Đầu tư", nfdName) + ","
                + Cli.dossier("N-3").replace("Phòng Quản lý Đầu tư", "Dương Minh Tuấn") + ","
                + Cli.dossierWithUnknownField("N-4") + "]";
        return Files.writeString(dir.resolve("names.json"), json, StandardCharsets.UTF_8);
    }

    private Cli.Result report(String format, Path out, String... files) {
        List<String> args = new ArrayList<>(List.of("report", "--considered-on", DAY, "--format", format, "--out",
                out.toString()));
        args.addAll(List.of(files));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String[] samplesAnd(String... more) throws IOException {
        List<String> files = new ArrayList<>(ExplainCommandTest.samples());
        files.addAll(List.of(more));
        return files.toArray(String[]::new);
    }

    @Test
    void csvIsUtf8WithABomAHeaderAndOneLinePerDossier() throws IOException {
        Path out = dir.resolve("report.csv");
        Cli.Result r = report("csv", out, samplesAnd());

        assertEquals(0, r.status(), r::toString);
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(ExplainCommandTest.samples().size() + 1, lines.size(), text);
        assertTrue(lines.get(0).startsWith("STT,Mã hồ sơ,\"Tên tập thể, cá nhân\",Loại,Đơn vị,Điểm,Mức theo điểm,Mức khen"),
                lines.get(0));
        assertTrue(text.contains("Nguyễn Thị Thu Hà"), "diacritics intact");
        assertTrue(lines.get(1).contains(",Tập thể,") && lines.get(1).contains(",Bằng khen của Tỉnh ủy,Bằng khen của Tỉnh ủy,"),
                "Bằng khen first: " + lines.get(1));
        assertTrue(text.contains(" (I.2)"), text);
        assertFalse(text.contains("BANG_KHEN") || text.contains("COLLECTIVE"), "no enum names");
    }

    @Test
    void rowsGoByAwardScoreAndVietnameseNameAndTheUnreadableAreRowsToo() throws IOException {
        Path out = dir.resolve("names.csv");
        Cli.Result r = report("csv", out, namesFile().toString());

        assertEquals(1, r.status(), "a row could not be read: " + r);
        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(5, lines.size(), lines::toString);
        assertTrue(lines.get(1).contains("Dương Minh Tuấn"), lines::toString);
        assertTrue(lines.get(2).contains("Đặng Văn Em"), "Đ after D, NFD as NFC: " + lines);
        assertTrue(lines.get(3).contains("Em Thị Hoa"), "and before E: " + lines);
        assertTrue(lines.get(4).contains("N-4") && lines.get(4).contains("Hồ sơ lỗi")
                && lines.get(4).contains("INVALID_DOSSIER evidence[0].bogus: unknown field"), lines.get(4));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        Path in = Files.writeString(dir.resolve("formula.json"),
                Cli.dossier("=HYPERLINK(\\\"x\\\")"), StandardCharsets.UTF_8);
        Path out = dir.resolve("formula.csv");
        report("csv", out, in.toString());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"x\"\")\","), text);
    }

    @Test
    void jsonHasTheRowsTheTotalsPerAwardAndUnitAndTheHistogram() throws IOException {
        Path out = dir.resolve("report.json");
        report("json", out, samplesAnd(namesFile().toString()));

        JsonNode j = Cli.JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        int n = ExplainCommandTest.samples().size() + 4;
        assertEquals(n, j.get("rows").size());
        assertEquals(n, j.at("/totals/dossiers").intValue());
        assertEquals(1, j.at("/totals/byAward/ERROR").intValue());
        assertEquals(4, j.at("/totals/byAward/BANG_KHEN").intValue());
        long histogram = 0;
        for (JsonNode c : j.at("/histogram/counts")) {
            histogram += c.longValue();
        }
        assertEquals(n - 1, histogram, "every score that was computed");
        assertEquals(80, j.at("/histogram/thresholds/0/from").intValue());
        assertEquals(90, j.at("/histogram/thresholds/1/from").intValue());
        long perUnit = 0;
        for (JsonNode unit : j.at("/totals/byUnit")) {
            for (JsonNode c : unit) {
                perUnit += c.longValue();
            }
        }
        assertEquals(n, perUnit);
        assertEquals("INVALID_DOSSIER", j.get("rows").get(n - 1).at("/error/code").asText());
    }

    @Test
    void htmlIsOnePageWithNothingFetchedAndEveryRowLinkedToItsExplanation() throws IOException {
        Path out = dir.resolve("report.html");
        report("html", out, samplesAnd(namesFile().toString()));

        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=")
                || html.contains("url("), "self-contained");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "nothing from the network");
        assertTrue(html.contains("<meta charset=\"utf-8\">") && html.contains("size: A4"));
        Matcher links = Pattern.compile("<a href=\"#(d-\\d+)\">").matcher(html);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(html.contains("<section class=\"explain\" id=\"" + links.group(1) + "\">"), links.group(1));
        }
        assertEquals(ExplainCommandTest.samples().size() + 4, count);
        assertTrue(html.contains("<svg") && html.contains("class=\"threshold\" data-from=\"80\"")
                && html.contains("data-from=\"90\""), "the histogram with its lines");
        assertTrue(html.contains("Còn thiếu"), "the explanations are in the page");
    }

    @Test
    void anOutThatCannotBeWrittenIsMisuseAndNothingIsEvaluated() {
        Cli.Result r = report("csv", dir.resolve("no-such-folder").resolve("r.csv"), samplesAnd0());
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("--out"), r::toString);
        assertEquals(2, Cli.run("report", "--out", dir.resolve("r.csv").toString(), "x.json").status(),
                "--format is required");
    }

    private static String[] samplesAnd0() {
        try {
            return samplesAnd();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
