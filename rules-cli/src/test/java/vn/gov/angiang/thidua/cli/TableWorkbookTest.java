package vn.gov.angiang.thidua.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.table.TableWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The criteria table as a workbook: round trip, single cell edits, every problem at its cell, hostile files. */
class TableWorkbookTest {

    static final String COLLECTIVE = "Tập thể";
    static final Map<String, String> FILES = RuleSets.defaultSource().files();
    static final CriteriaTable TABLE = CriteriaTable.read(FILES);
    static byte[] exported;

    @TempDir
    Path dir;

    @BeforeAll
    static void export() {
        exported = TableWorkbook.write(TABLE);
    }

    private int folders;

    private Path rules() {
        Path rules = dir.resolve("rules" + ++folders);
        assertEquals(0, Cli.run("export-rules", rules.toString()).status());
        return rules;
    }

    private Path workbook(Consumer<XSSFWorkbook> edit) {
        Path file = dir.resolve("t.xlsx");
        try {
            Files.write(file, edited(edit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of the row whose code (column A) is {@code code}, in column {@code column}. */
    static Cell cell(XSSFWorkbook wb, String sheet, String code, String column) {
        return cell(wb.getSheet(sheet), code, CellReference.convertColStringToIndex(column), false);
    }

    static Cell cell(Sheet s, String code, int column, boolean group) {
        for (Row row : s) {
            Cell a = row.getCell(0);
            Cell method = row.getCell(2);
            if (a != null && a.getStringCellValue().equals(code) && (method == null
                    || method.getStringCellValue().equals("NHÓM") == group)) {
                Cell c = row.getCell(column);
                return c != null ? c : row.createCell(column);
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static Map<String, String> snapshot(Path rules) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(rules)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                files.put(rules.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void exportThenImportWithNothingChangedLeavesEveryFileByteIdentical() throws IOException {
        Path rules = rules();
        Map<String, String> before = snapshot(rules);
        Path file = dir.resolve("t.xlsx");
        assertEquals(0, Cli.run("table", "export", "--rules", rules.toString(), file.toString()).status());

        Cli.Result r = Cli.run("table", "import", file.toString(), rules.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("nothing changed"), r::toString);
        assertEquals(before, snapshot(rules));
    }

    @Test
    void theWorkbookIsWhatAnOfficerRecognises() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertEquals(List.of(COLLECTIVE, "Cá nhân", TableWorkbook.PARAMETERS),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet s = wb.getSheet(COLLECTIVE);
            assertEquals("Mã", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals("2,5", cell(wb, COLLECTIVE, "TT4.1", "D").getStringCellValue());
            assertEquals("95% → 6; 75% → 4; 50% → 2", cell(wb, COLLECTIVE, "TT1.4", "F").getStringCellValue());
            assertEquals("01/12/2025", cell(wb, COLLECTIVE, "TT1.1", "G").getStringCellValue());
            assertEquals("D14", cell(wb, COLLECTIVE, "TT3.1", "D").getAddress().formatAsString());
            List<String> codes = new ArrayList<>();
            s.forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
            assertEquals(List.of("Mã", "TT1", "TT1.1", "TT1.2", "TT1.3", "TT1.4", "TT2", "TT2.1", "TT2.2", "TT2.3",
                    "TT2.4", "TT2.5", "TT3", "TT3.1", "TT3.2", "TT3.3", "TT4", "TT4.1", "TT4.2", "TT5", "TT5", "TT-B1",
                    "TT-B2", "TT-D1", "TT-D2"), codes);
        }
    }

    /** A cell whose change keeps the table sound, and the values it may take. */
    private record Editable(String sheet, String code, String column, boolean date) {
    }

    private static final List<Editable> EDITABLE = List.of(
            new Editable(COLLECTIVE, "TT3.1", "D", false), new Editable(COLLECTIVE, "TT1.2", "D", false),
            new Editable(COLLECTIVE, "TT4.1", "D", false), new Editable(COLLECTIVE, "TT-B1", "D", false),
            new Editable(COLLECTIVE, "TT-D2", "D", false), new Editable(COLLECTIVE, "TT1.1", "I", false),
            new Editable(COLLECTIVE, "TT1.1", "G", true), new Editable(COLLECTIVE, "TT1.1", "H", true),
            new Editable("Cá nhân", "CN2.1", "D", false), new Editable("Cá nhân", "CN1.1", "J", false),
            new Editable("Cá nhân", "CN-B1", "D", false), new Editable(TableWorkbook.PARAMETERS, "bonusCap", "C", false),
            new Editable(TableWorkbook.PARAMETERS, "onTimeReportPoints", "C", false),
            new Editable(TableWorkbook.PARAMETERS, "dossierDeadline", "C", true),
            new Editable(TableWorkbook.PARAMETERS, "reportDue.Q3", "C", true));

    @Test
    void anySingleValidCellChangeRewritesExactlyOneTokenAndExportsBackAsEdited() {
        qt().withFixedSeed(17).withExamples(30).forAll(integers().between(0, EDITABLE.size() - 1),
                integers().between(0, 4_999), integers().between(0, 2)).checkAssert((which, n, decimals) -> {
            Editable e = EDITABLE.get(which);
            String shown = e.date() ? String.format("%02d/%02d/2026", 1 + n % 28, 1 + n % 12)
                    : decimals == 0 ? Integer.toString(n % 50) : decimals == 1 ? (n % 50) + "," + (n % 10)
                    : (n % 50) + "," + String.format("%02d", n % 100);
            Map<String, String> out;
            try {
                out = TableWriter.write(FILES, TABLE, TableWorkbook.read("t.xlsx", edited(wb -> cell(wb.getSheet(e.sheet()),
                        e.code(), CellReference.convertColStringToIndex(e.column()), false).setCellValue(shown)), TABLE));
            } catch (TableWorkbook.Problems p) {
                throw new AssertionError(e + " = " + shown + ": " + p.problems);
            }
            List<String> changed = FILES.keySet().stream().filter(f -> !FILES.get(f).equals(out.get(f))).toList();
            assertTrue(changed.size() <= 1, changed::toString);
            for (String f : changed) {
                String a = FILES.get(f);
                String b = out.get(f);
                int start = 0;
                while (a.charAt(start) == b.charAt(start)) {
                    start++;
                }
                int endA = a.length();
                int endB = b.length();
                while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
                    endA--;
                    endB--;
                }
                // Inside one string literal: from the quote before the change to the quote after it.
                int open = a.lastIndexOf('"', start - 1);
                int close = a.indexOf('"', endA);
                assertTrue(!a.substring(open + 1, close).contains("\"") && !a.substring(start, endA).contains("\n"),
                        e + ": " + a.substring(start, endA) + " → " + b.substring(start, endB));
            }
            try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(
                    TableWorkbook.write(CriteriaTable.read(out))))) {
                String now = cell(again.getSheet(e.sheet()), e.code(), CellReference.convertColStringToIndex(e.column()),
                        false).getStringCellValue();
                assertEquals(e.date() ? shown : new java.math.BigDecimal(shown.replace(',', '.')).stripTrailingZeros()
                        .toPlainString().replace('.', ','), now.contains(",") || e.date() ? now
                        : new java.math.BigDecimal(now).toPlainString());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
    }

    @Test
    void sixPointsPerCaseUnderTT31ChangesOneTokenOfTheCollectiveTable() throws IOException {
        Path rules = rules();
        Map<String, String> before = snapshot(rules);
        Path file = workbook(wb -> cell(wb, COLLECTIVE, "TT3.1", "D").setCellValue("6"));

        Cli.Result r = Cli.run("table", "import", file.toString(), rules.toString());

        assertEquals(0, r.status(), r::toString);
        Map<String, String> after = snapshot(rules);
        before.forEach((f, text) -> {
            if (!f.equals("criteria-collective.drl")) {
                assertEquals(text, after.get(f), f);
            }
        });
        assertEquals(before.get("criteria-collective.drl").replace("perItem(\"TT3.1\", \"5\"", "perItem(\"TT3.1\", \"6\""),
                after.get("criteria-collective.drl"));
    }

    /** The problems of a broken workbook, as import reports them; the rule folder is left as it was. */
    private String problems(Consumer<XSSFWorkbook> edit) throws IOException {
        Path rules = rules();
        Map<String, String> before = snapshot(rules);
        Cli.Result r = Cli.run("table", "import", workbook(edit).toString(), rules.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("nothing written"), r::toString);
        assertEquals(before, snapshot(rules));
        return r.out();
    }

    @Test
    void eachProblemIsReportedAtItsCellAndNothingIsWritten() throws IOException {
        String out = problems(wb -> {
            cell(wb, COLLECTIVE, "TT3.1", "D").setCellValue("năm");
            cell(wb, COLLECTIVE, "TT1.2", "D").setCellValue("-1");
            cell(wb, COLLECTIVE, "TT1.3", "D").setCellValue("2,555");
            cell(wb, COLLECTIVE, "TT2.3", "C").setCellValue("KHÁC");
            cell(wb, COLLECTIVE, "TT1.4", "F").setCellValue("50% → 2; 75% → 4; 95% → 6");
            cell(wb, COLLECTIVE, "TT4.2", "A").setCellValue("TT4.1");
            cell(wb, COLLECTIVE, "TT-B2", "A").setCellValue("XX-B2");
            cell(wb, COLLECTIVE, "TT2.4", "D").setCellFormula("2+3");
            cell(wb, "Cá nhân", "CN3.2", "E").setCellValue("15");
        });
        for (String expected : List.of(
                "Tập thể!D14: \"năm\" không phải là số / \"năm\" is not a number",
                "Tập thể!D4: số âm (-1) không được dùng / a negative number (-1) is not allowed",
                "Tập thể!D5: quá nhiều chữ số thập phân (2,555; tối đa 2) / too many decimals (2,555; at most 2)",
                "Tập thể!C10: cách tính \"KHÁC\" không có",
                "Tập thể!F6: các mức phải ghi từ tỷ lệ cao nhất xuống",
                "Tập thể!A19: mã TT4.1 ghi hai lần / the code TT4.1 is written twice",
                "Tập thể!A23: mã XX-B2 không phải mã điểm thưởng, điểm trừ của bảng này",
                "Tập thể!D11: ô có công thức (2+3); ghi giá trị thay cho công thức / a formula (2+3) instead of a value",
                "Cá nhân!E8: điểm tối đa các dòng của nhóm CN3 cộng lại là 36, khác điểm tối đa của nhóm 35")) {
            assertTrue(out.contains(expected), () -> expected + "\n in \n" + out);
        }
    }

    @Test
    void groupsThatNoLongerAddUpToTheMaximumScoreAreReportedAtTheLastGroup() throws IOException {
        String out = problems(wb -> {
            cell(wb.getSheet(COLLECTIVE), "TT3", 4, true).setCellValue("36");
            cell(wb, COLLECTIVE, "TT3.2", "E").setCellValue("13");
        });
        assertTrue(out.contains("Tập thể!E20: điểm tối đa các nhóm cộng lại là 101, không phải 100 / the groups' maxima"
                + " add up to 101, not 100"), out);
        assertTrue(!out.contains("Tập thể!E13"), out);
    }

    @Test
    void aNumberCellIsReadFromTheDigitsTheFileStoresNeverAsADouble() throws Exception {
        CriteriaTable t = TableWorkbook.read("t.xlsx", edited(wb -> cell(wb, COLLECTIVE, "TT3.1", "D").setCellValue(6.5)),
                TABLE);
        assertEquals("6.5", t.of(vn.gov.angiang.thidua.api.NomineeKind.COLLECTIVE).orElseThrow().rows().stream()
                .filter(r -> r.code().text().equals("TT3.1")).findFirst().orElseThrow().points().text());
        // 0.1 + 0.2 is stored as 0.30000000000000004: more decimals than a point may have, reported, not rounded.
        TableWorkbook.Problems p = org.junit.jupiter.api.Assertions.assertThrows(TableWorkbook.Problems.class, () ->
                TableWorkbook.read("t.xlsx", edited(wb -> cell(wb, COLLECTIVE, "TT3.1", "D").setCellValue(0.1 + 0.2)), TABLE));
        assertEquals("Tập thể!D14: quá nhiều chữ số thập phân (0.30000000000000004; tối đa 2) / too many decimals"
                + " (0.30000000000000004; at most 2)", p.problems.get(0).toString());
    }

    // ---------------------------------------------------------------- hostile workbooks

    private String refused(String name, byte[] bytes) throws IOException {
        Path rules = rules();
        Map<String, String> before = snapshot(rules);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Cli.Result r = Cli.run("table", "import", file.toString(), rules.toString());
        assertEquals(1, r.status(), r::toString);
        assertEquals(before, snapshot(rules));
        return r.out();
    }

    /** The exported workbook with one part added or replaced. */
    private static byte[] withPart(String part, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(exported));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.getName().equals(part)) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(zip);
                }
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) { // 64 MiB of zeros, 64 KB packed: 1000 to 1
                zip.write(zeros);
            }
        }
        assertTrue(refused("bom.xlsx", out.toByteArray()).contains("zip bomb"));
    }

    @Test
    void aHugeSheetIsRefused() throws IOException {
        StringBuilder rows = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int i = 1; i <= 100_000; i++) {
            rows.append("<row r=\"").append(i).append("\"/>");
        }
        rows.append("</sheetData></worksheet>");
        String out = refused("huge.xlsx", withPart("xl/worksheets/sheet1.xml", rows.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(out.contains("too many rows") || out.contains("unpacks too large"), out);
    }

    @Test
    void externalLinksMacrosAndFilesThatAreNoWorkbookAreRefused() throws IOException {
        assertTrue(refused("links.xlsx", withPart("xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(
                StandardCharsets.UTF_8))).contains("external links"));
        assertTrue(refused("macros.xlsm", exported).contains("macros (.xlsm)"));
        assertTrue(refused("vba.xlsx", withPart("xl/vbaProject.bin", new byte[16])).contains("macros"));
        assertTrue(refused("notes.xlsx", "Bảng tiêu chí".getBytes(StandardCharsets.UTF_8)).contains("not an Excel workbook"));
    }
}
