package vn.gov.angiang.thidua.cli;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.angiang.thidua.api.NomineeKind;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.table.CriteriaTable.KindTable;
import vn.gov.angiang.thidua.table.CriteriaTable.Parameter;
import vn.gov.angiang.thidua.table.CriteriaTable.TableBand;
import vn.gov.angiang.thidua.table.CriteriaTable.TableGroup;
import vn.gov.angiang.thidua.table.CriteriaTable.TableRow;
import vn.gov.angiang.thidua.table.CriteriaTable.Value;
import vn.gov.angiang.thidua.vocabulary.Method;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The criteria table as a workbook an officer recognises: a sheet per kind of nominee (groups, their lines,
 * then bonus and deductions) and one of thresholds and parameters, Vietnamese headers, decimals written with
 * a decimal comma, a frozen header row, A4 landscape. Reading it back gives an edited {@link CriteriaTable}
 * or every problem at its sheet and cell; a value never passes through floating point (a number cell is read
 * from the text the file stores, a text cell from its text). A workbook that could exhaust memory or carries
 * macros or external links is refused before it is parsed.
 */
final class TableWorkbook {

    /** A problem of a workbook, at its sheet and cell ({@code Tập thể!E7}). */
    record Problem(String sheet, String cell, String vi, String en) {

        @Override
        public String toString() {
            return (sheet == null ? "" : sheet + (cell == null ? "" : "!" + cell) + ": ") + vi + " / " + en;
        }
    }

    /** A workbook with problems; nothing of it may be used. */
    static final class Problems extends Exception {
        final List<Problem> problems;

        Problems(List<Problem> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    static final String PARAMETERS = "Ngưỡng và tham số";
    /** Larger than any table: the 2026 workbook is about 10 KB. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024;
    static final int MAX_ENTRIES = 200;
    static final int MAX_ROWS = 500;
    static final int MAX_SCALE = 2;

    private static final String[] HEADERS = {"Mã", "Nội dung tiêu chí", "Cách tính", "Điểm mỗi việc", "Điểm tối đa",
            "Mức tỷ lệ (tỷ lệ % → điểm)", "Chứng cứ từ ngày", "Trễ nếu sau ngày", "Điểm khi trễ",
            "Điểm khi có kỷ luật"};
    private static final int CODE = 0, TITLE = 1, METHOD = 2, POINTS = 3, MAX = 4, BANDS = 5, FROM = 6, LATE = 7,
            LATE_POINTS = 8, SANCTIONED = 9;
    private static final String GROUP = "NHÓM";
    private static final Map<Method, String> METHODS = new LinkedHashMap<>();
    private static final Map<String, String> PARAMETER_TITLES = new LinkedHashMap<>();
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern BAND = Pattern.compile("\\s*([^%]+?)\\s*%\\s*(?:→|->|:)\\s*(.+?)\\s*");

    static {
        METHODS.put(Method.PER_ITEM, "MỖI VIỆC");
        METHODS.put(Method.FLAT, "ĐẠT");
        METHODS.put(Method.RATE, "TỶ LỆ");
        METHODS.put(Method.REPORTS, "BÁO CÁO");
        METHODS.put(Method.BONUS, "THƯỞNG");
        METHODS.put(Method.DEDUCTION, "TRỪ");
        METHODS.put(Method.PER_SANCTION, "TRỪ MỖI QUYẾT ĐỊNH KỶ LUẬT");
        PARAMETER_TITLES.put("threshold.GIAY_KHEN", "Ngưỡng điểm Giấy khen");
        PARAMETER_TITLES.put("threshold.BANG_KHEN", "Ngưỡng điểm Bằng khen");
        PARAMETER_TITLES.put("maxScore", "Điểm tối đa của tổng điểm");
        PARAMETER_TITLES.put("bonusCap", "Tổng điểm thưởng tối đa");
        PARAMETER_TITLES.put("periodStart", "Ngày bắt đầu thời gian thi đua");
        PARAMETER_TITLES.put("periodEnd", "Ngày kết thúc thời gian thi đua");
        PARAMETER_TITLES.put("dossierDeadline", "Hồ sơ phải gửi trước ngày");
        PARAMETER_TITLES.put("copiesRequired", "Số bộ hồ sơ");
        PARAMETER_TITLES.put("onTimeReportPoints", "Điểm mỗi báo cáo đúng hạn");
        PARAMETER_TITLES.put("lateReportPoints", "Điểm mỗi báo cáo trễ hạn");
        PARAMETER_TITLES.put("reportDue.Q1", "Hạn báo cáo quý I");
        PARAMETER_TITLES.put("reportDue.H1", "Hạn báo cáo 6 tháng");
        PARAMETER_TITLES.put("reportDue.Q3", "Hạn báo cáo 9 tháng");
        PARAMETER_TITLES.put("reportDue.PLAN", "Hạn báo cáo kết quả thực hiện Kế hoạch");
        PARAMETER_TITLES.put("boardAgency", "Mã cơ quan quản lý");
    }

    private TableWorkbook() {
    }

    static String sheetOf(NomineeKind kind) {
        return kind == NomineeKind.COLLECTIVE ? "Tập thể" : "Cá nhân";
    }

    // ---------------------------------------------------------------- writing

    static byte[] write(CriteriaTable table) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles s = new Styles(wb);
            for (KindTable kind : table.kinds()) {
                Sheet sheet = wb.createSheet(sheetOf(kind.kind()));
                header(sheet, s, HEADERS);
                int r = 1;
                for (TableGroup g : kind.groups()) {
                    Row row = sheet.createRow(r++);
                    text(row, CODE, g.code().text(), s.groupText);
                    text(row, TITLE, g.title().text(), s.groupWrap);
                    text(row, METHOD, GROUP, s.groupText);
                    text(row, MAX, comma(g.max()), s.groupNumber);
                    for (int c = 0; c < HEADERS.length; c++) {
                        if (row.getCell(c) == null) {
                            text(row, c, "", s.groupText);
                        }
                    }
                    for (TableRow line : g.rows()) {
                        line(sheet.createRow(r++), line, s);
                    }
                }
                for (TableRow line : kind.extras()) {
                    line(sheet.createRow(r++), line, s);
                }
                int[] widths = {9, 60, 16, 11, 11, 26, 14, 14, 11, 13};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                page(sheet);
            }
            Sheet sheet = wb.createSheet(PARAMETERS);
            header(sheet, s, new String[]{"Tham số", "Nội dung", "Giá trị"});
            int r = 1;
            for (String key : PARAMETER_TITLES.keySet()) {
                Value v = table.parameter(key).orElse(null);
                if (v != null) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, key, s.text);
                    text(row, 1, PARAMETER_TITLES.get(key), s.wrap);
                    text(row, 2, parameterText(key, v), s.number);
                }
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 50 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            page(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, TableRow line, Styles s) {
        text(row, CODE, line.code().text(), s.text);
        text(row, TITLE, line.title().text(), s.wrap);
        text(row, METHOD, METHODS.get(line.method()), s.wrap);
        text(row, POINTS, comma(line.points()), s.number);
        text(row, MAX, comma(line.max()), s.number);
        List<String> bands = new ArrayList<>();
        for (TableBand b : line.bands()) {
            bands.add(comma(b.percent()) + "% → " + comma(b.points()));
        }
        text(row, BANDS, String.join("; ", bands), s.text);
        text(row, FROM, dmy(line.evidenceFrom()), s.number);
        text(row, LATE, dmy(line.lateAfter()), s.number);
        text(row, LATE_POINTS, comma(line.latePoints()), s.number);
        text(row, SANCTIONED, comma(line.sanctionedPoints()), s.number);
    }

    private static String parameterText(String key, Value v) {
        if (isDate(key)) {
            return dmy(v);
        }
        return isDecimal(key) ? comma(v) : v.text();
    }

    private static boolean isDate(String key) {
        return key.startsWith("reportDue.") || key.equals("periodStart") || key.equals("periodEnd")
                || key.equals("dossierDeadline");
    }

    private static boolean isDecimal(String key) {
        return key.startsWith("threshold.") || key.equals("maxScore") || key.equals("bonusCap")
                || key.endsWith("ReportPoints");
    }

    private static String comma(Value v) {
        return v == null ? "" : v.text().replace('.', ',');
    }

    private static String dmy(Value v) {
        return v == null ? "" : DMY.format(v.date());
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column, CellType.STRING);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void header(Sheet sheet, Styles s, String[] headers) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            text(row, c, headers[c], s.header);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private static void page(Sheet sheet) {
        sheet.getHeader().setCenter("Bảng tiêu chí — " + sheet.getSheetName());
        sheet.getFooter().setRight("Trang &P / &N");
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** The cell styles: every cell is text ("@"), so that what an officer types stays exactly what they typed. */
    private static final class Styles {
        final CellStyle header, text, wrap, number, groupText, groupWrap, groupNumber;

        Styles(Workbook wb) {
            short asText = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            header = style(wb, asText, bold, HorizontalAlignment.CENTER, true);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            text = style(wb, asText, null, HorizontalAlignment.LEFT, false);
            wrap = style(wb, asText, null, HorizontalAlignment.LEFT, true);
            number = style(wb, asText, null, HorizontalAlignment.RIGHT, false);
            groupText = style(wb, asText, bold, HorizontalAlignment.LEFT, false);
            groupWrap = style(wb, asText, bold, HorizontalAlignment.LEFT, true);
            groupNumber = style(wb, asText, bold, HorizontalAlignment.RIGHT, false);
        }

        private static CellStyle style(Workbook wb, short format, Font font, HorizontalAlignment align, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            if (font != null) {
                s.setFont(font);
            }
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The table a workbook holds, checked against {@code current} (the kinds, groups and parameters it may
     * name) and against itself (every problem of the issue's list).
     */
    static CriteriaTable read(String name, byte[] bytes, CriteriaTable current) throws Problems {
        screen(name, bytes);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused("tệp không phải là bảng tính Excel (.xlsx) đọc được", "not a readable Excel workbook (.xlsx)");
        }
        try (wb) {
            Reading reading = new Reading(wb, current);
            CriteriaTable table = reading.table();
            if (!reading.problems.isEmpty()) {
                throw new Problems(reading.problems);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses, before parsing, what is not a plain workbook of a sensible size: macros, external links, bombs. */
    private static void screen(String name, byte[] bytes) throws Problems {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm") || lower.endsWith(".xlam")) {
            throw refused("tệp có macro (.xlsm) không được nhận; lưu lại thành .xlsx", "a workbook with macros (.xlsm)"
                    + " is refused; save it as .xlsx");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw refused("tệp quá lớn (hơn " + MAX_FILE_BYTES / 1024 + " KB) cho một bảng tiêu chí",
                    "the file is too large (over " + MAX_FILE_BYTES / 1024 + " KB) for a criteria table");
        }
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            byte[] buffer = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                String entry = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (++entries > MAX_ENTRIES) {
                    throw refused("tệp có quá nhiều phần", "the workbook has too many parts");
                }
                if (entry.contains("vbaproject") || entry.endsWith(".bin") && entry.contains("vba")) {
                    throw refused("tệp có macro không được nhận", "a workbook with macros is refused");
                }
                if (entry.startsWith("xl/externallinks/")) {
                    throw refused("tệp có liên kết đến tệp khác (external links); xoá liên kết rồi lưu lại",
                            "the workbook links to other files (external links); remove them and save again");
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) { // the real size: a declared one may lie
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > 4 * MAX_ENTRY_BYTES) {
                        throw refused("tệp giải nén ra quá lớn (có thể là \"bom zip\", hoặc trang tính quá lớn)",
                                "the workbook unpacks too large (a zip bomb, or a sheet far too large)");
                    }
                }
            }
        } catch (IOException e) {
            throw refused("tệp không phải là bảng tính Excel (.xlsx)", "not an Excel workbook (.xlsx)");
        }
        if (entries == 0) {
            throw refused("tệp không phải là bảng tính Excel (.xlsx)", "not an Excel workbook (.xlsx)");
        }
    }

    private static Problems refused(String vi, String en) {
        return new Problems(List.of(new Problem(null, null, vi, en)));
    }

    /** One reading of a workbook, collecting every problem. */
    private static final class Reading {
        final Workbook wb;
        final CriteriaTable current;
        final List<Problem> problems = new ArrayList<>();
        final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        String sheet;

        Reading(Workbook wb, CriteriaTable current) {
            this.wb = wb;
            this.current = current;
        }

        CriteriaTable table() {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (s.getLastRowNum() > MAX_ROWS) {
                    problems.add(new Problem(s.getSheetName(), null, "trang tính có quá nhiều dòng (hơn " + MAX_ROWS + ")",
                            "the sheet has too many rows (over " + MAX_ROWS + ")"));
                    return null;
                }
            }
            List<Parameter> parameters = parameters();
            BigDecimal maxScore = parameters.stream().filter(p -> p.key().equals("maxScore")).findFirst()
                    .map(p -> p.value().decimal()).orElse(null);
            List<KindTable> kinds = new ArrayList<>();
            for (KindTable kind : current.kinds()) {
                KindTable read = kind(kind, maxScore);
                if (read != null) {
                    kinds.add(read);
                }
            }
            return new CriteriaTable(kinds, parameters);
        }

        private List<Parameter> parameters() {
            List<Parameter> out = new ArrayList<>();
            Sheet s = sheet(PARAMETERS);
            if (s == null) {
                return out;
            }
            Set<String> seen = new HashSet<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String key = row == null ? "" : text(row, 0);
                if (key == null || key.isBlank()) {
                    continue;
                }
                key = key.strip();
                if (current.parameter(key).isEmpty()) {
                    problem(r, 0, "tham số " + key + " không có trong bộ quy tắc", "unknown parameter " + key);
                    continue;
                }
                if (!seen.add(key)) {
                    problem(r, 0, "tham số " + key + " ghi hai lần", "parameter " + key + " is written twice");
                    continue;
                }
                String v = isDate(key) ? date(row, 2) : isDecimal(key) ? decimal(row, 2)
                        : key.equals("copiesRequired") ? integer(row, 2) : required(row, 2);
                if (v != null) {
                    out.add(new Parameter(key, Value.of(v)));
                }
            }
            BigDecimal giay = decimalOf(out, "threshold.GIAY_KHEN");
            BigDecimal bang = decimalOf(out, "threshold.BANG_KHEN");
            BigDecimal max = decimalOf(out, "maxScore");
            if (giay != null && bang != null && max != null && (giay.signum() <= 0 || giay.compareTo(bang) >= 0
                    || bang.compareTo(max) > 0)) {
                int row = rowOf(s, "threshold.BANG_KHEN");
                problem(row, 2, "ngưỡng phải theo thứ tự 0 < Giấy khen < Bằng khen ≤ điểm tối đa",
                        "the thresholds must be ordered 0 < Giấy khen < Bằng khen ≤ the maximum score");
            }
            return out;
        }

        private static BigDecimal decimalOf(List<Parameter> ps, String key) {
            return ps.stream().filter(p -> p.key().equals(key)).findFirst().map(p -> p.value().decimal()).orElse(null);
        }

        private int rowOf(Sheet s, String key) {
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && key.equals(text(s.getRow(r), 0))) {
                    return r;
                }
            }
            return 0;
        }

        private KindTable kind(KindTable current, BigDecimal maxScore) {
            Sheet s = sheet(sheetOf(current.kind()));
            if (s == null) {
                return null;
            }
            Set<String> groupCodes = new HashSet<>();
            current.groups().forEach(g -> groupCodes.add(g.code().text()));
            String extraPrefix = current.rows().isEmpty() ? "" : current.rows().get(0).code().text().replaceAll("\\d.*", "");
            List<TableGroup> groups = new ArrayList<>();
            List<Integer> groupRows = new ArrayList<>();
            List<List<TableRow>> groupLines = new ArrayList<>();
            List<List<Integer>> lineRows = new ArrayList<>();
            List<TableRow> extras = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String code = row == null ? null : text(row, CODE);
                if (code == null || code.isBlank()) {
                    continue;
                }
                code = code.strip();
                String methodName = text(row, METHOD);
                methodName = methodName == null ? "" : methodName.strip().toUpperCase(java.util.Locale.ROOT);
                String title = text(row, TITLE);
                title = title == null ? "" : title.strip();
                if (methodName.equals(GROUP)) {
                    if (!codes.add("group " + code)) {
                        problem(r, CODE, "mã nhóm " + code + " ghi hai lần", "the group code " + code + " is written twice");
                    } else if (!groupCodes.contains(code)) {
                        problem(r, CODE, "nhóm " + code + " không có trong bộ quy tắc (thêm nhóm mới trong tệp DRL)",
                                "unknown group " + code + " (add a new group in the DRL file)");
                    }
                    groups.add(new TableGroup(Value.of(code), Value.of(title), Value.of(nonNegative(row, MAX)), List.of(),
                            null));
                    groupRows.add(r);
                    groupLines.add(new ArrayList<>());
                    lineRows.add(new ArrayList<>());
                    continue;
                }
                Method method = null;
                for (Map.Entry<Method, String> m : METHODS.entrySet()) {
                    if (m.getValue().equals(methodName)) {
                        method = m.getKey();
                    }
                }
                if (method == null) {
                    problem(r, METHOD, "cách tính \"" + methodName + "\" không có; dùng một trong " + METHODS.values(),
                            "unknown method \"" + methodName + "\"; use one of " + METHODS.values());
                    continue;
                }
                if (!codes.add(code)) {
                    problem(r, CODE, "mã " + code + " ghi hai lần", "the code " + code + " is written twice");
                    continue;
                }
                TableRow line = line(row, r, code, title, method);
                if (method.line() == vn.gov.angiang.thidua.vocabulary.Line.CRITERION) {
                    int g = groups.isEmpty() ? -1 : groups.size() - 1;
                    String group = line.group();
                    if (!code.matches("[A-Z]+\\d+(\\.\\d+)?") || g < 0 || !groups.get(g).code().text().equals(group)) {
                        problem(r, CODE, "mã " + code + " không thuộc nhóm ghi ở trên nó", "the code " + code
                                + " is not of the group above it");
                        continue;
                    }
                    groupLines.get(g).add(line);
                    lineRows.get(g).add(r);
                } else {
                    if (!code.matches("[A-Z]+-[A-Z]\\d+") || !code.startsWith(extraPrefix)) {
                        problem(r, CODE, "mã " + code + " không phải mã điểm thưởng, điểm trừ của bảng này (ví dụ "
                                + extraPrefix + "-B3)", "the code " + code + " is no bonus or deduction code of this"
                                + " table (e.g. " + extraPrefix + "-B3)");
                        continue;
                    }
                    extras.add(line);
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            List<TableGroup> out = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                TableGroup group = groups.get(g);
                BigDecimal sum = BigDecimal.ZERO;
                boolean known = group.max() != null;
                for (TableRow line : groupLines.get(g)) {
                    BigDecimal m = line.method() == Method.REPORTS ? (known ? group.max().decimal() : null) : maxOf(line);
                    if (m == null) {
                        known = false;
                    } else {
                        sum = sum.add(m);
                    }
                }
                if (known) {
                    total = total.add(group.max().decimal());
                    if (sum.compareTo(group.max().decimal()) != 0) {
                        problem(groupRows.get(g), MAX, "điểm tối đa các dòng của nhóm " + group.code().text()
                                + " cộng lại là " + comma(sum) + ", khác điểm tối đa của nhóm " + comma(group.max().decimal()),
                                "the maxima of group " + group.code().text() + "'s lines add up to " + sum.toPlainString()
                                        + ", not to the group's " + group.max().text());
                    }
                } else {
                    total = null;
                }
                out.add(new TableGroup(group.code(), group.title(), group.max(), groupLines.get(g), null));
                if (total == null) {
                    break;
                }
            }
            if (total != null && maxScore != null && !groups.isEmpty() && total.compareTo(maxScore) != 0) {
                problem(groupRows.get(groups.size() - 1), MAX, "điểm tối đa các nhóm cộng lại là " + comma(total)
                        + ", không phải " + comma(maxScore), "the groups' maxima add up to " + total.toPlainString()
                        + ", not " + maxScore.toPlainString());
            }
            for (TableGroup g : current.groups()) {
                if (groups.stream().noneMatch(x -> x.code().text().equals(g.code().text()))) {
                    problems.add(new Problem(sheet, null, "thiếu nhóm " + g.code().text() + " (xoá nhóm trong tệp DRL)",
                            "group " + g.code().text() + " is missing (remove a group in the DRL file)"));
                }
            }
            return new KindTable(current.kind(), null, out, extras);
        }

        private static BigDecimal maxOf(TableRow line) {
            try {
                return line.maxPoints();
            } catch (RuntimeException missing) {
                return null;
            }
        }

        private TableRow line(Row row, int r, String code, String title, Method method) {
            String points = null;
            String max = null;
            List<TableBand> bands = new ArrayList<>();
            switch (method) {
                case PER_ITEM -> {
                    points = requiredDecimal(row, POINTS);
                    max = requiredDecimal(row, MAX);
                }
                case RATE -> bands = bands(row, r);
                case REPORTS -> { }
                default -> points = requiredDecimal(row, POINTS);
            }
            String from = date(row, FROM);
            String late = date(row, LATE);
            String latePoints = decimal(row, LATE_POINTS);
            if ((late == null) != (latePoints == null) && problemsAt(r, LATE, LATE_POINTS)) {
                problem(r, late == null ? LATE : LATE_POINTS, "ngày trễ và điểm khi trễ phải ghi cùng nhau",
                        "the late day and the late points go together");
                late = null;
                latePoints = null;
            }
            String sanctioned = decimal(row, SANCTIONED);
            return new TableRow(Value.of(code), Value.of(title), method, Value.of(points), Value.of(max), bands,
                    Value.of(from), Value.of(late), Value.of(latePoints), Value.of(sanctioned), null);
        }

        /** Whether neither cell has a problem of its own already. */
        private boolean problemsAt(int r, int... columns) {
            for (int c : columns) {
                String ref = new CellReference(r, c).formatAsString(false);
                if (problems.stream().anyMatch(p -> sheet.equals(p.sheet()) && ref.equals(p.cell()))) {
                    return false;
                }
            }
            return true;
        }

        private List<TableBand> bands(Row row, int r) {
            String text = text(row, BANDS);
            List<TableBand> bands = new ArrayList<>();
            if (text == null || text.isBlank()) {
                problem(r, BANDS, "dòng TỶ LỆ cần ít nhất một mức, ví dụ \"95% → 6; 75% → 4\"",
                        "a RATE line needs at least one band, e.g. \"95% → 6; 75% → 4\"");
                return bands;
            }
            BigDecimal previous = null;
            for (String part : text.split(";")) {
                Matcher m = BAND.matcher(part);
                String percent = m.matches() ? exact(m.group(1), r, BANDS) : null;
                String points = m.matches() ? exact(m.group(2), r, BANDS) : null;
                if (!m.matches()) {
                    problem(r, BANDS, "mức \"" + part.strip() + "\" không đọc được; ghi như \"95% → 6\"",
                            "cannot read the band \"" + part.strip() + "\"; write it as \"95% → 6\"");
                }
                if (percent == null || points == null) {
                    return List.of();
                }
                BigDecimal p = new BigDecimal(percent);
                if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problem(r, BANDS, "tỷ lệ " + comma(p) + "% lớn hơn 100%", "the rate " + p + "% is over 100%");
                    return List.of();
                }
                if (previous != null && p.compareTo(previous) >= 0) {
                    problem(r, BANDS, "các mức phải ghi từ tỷ lệ cao nhất xuống (" + comma(p) + "% sau " + comma(previous)
                            + "%)", "the bands must go from the highest rate down (" + p + "% after " + previous + "%)");
                    return List.of();
                }
                previous = p;
                bands.add(new TableBand(Value.of(percent), Value.of(points)));
            }
            return bands;
        }

        private String requiredDecimal(Row row, int c) {
            String v = decimal(row, c);
            if (v == null && problemsAt(row.getRowNum(), c)) {
                problem(row.getRowNum(), c, "thiếu số điểm", "the points are missing");
            }
            return v;
        }

        private String nonNegative(Row row, int c) {
            return requiredDecimal(row, c);
        }

        private String required(Row row, int c) {
            String v = text(row, c);
            if (v == null || v.isBlank()) {
                problem(row.getRowNum(), c, "thiếu giá trị", "the value is missing");
                return null;
            }
            return v.strip();
        }

        private String integer(Row row, int c) {
            String v = decimal(row, c);
            if (v != null && new BigDecimal(v).stripTrailingZeros().scale() > 0) {
                problem(row.getRowNum(), c, "phải là số nguyên", "must be a whole number");
                return null;
            }
            return v == null ? null : new BigDecimal(v).toBigInteger().toString();
        }

        /** An exact decimal, or null (blank, or a problem reported at the cell). */
        private String decimal(Row row, int c) {
            Cell cell = row.getCell(c);
            if (cell == null || formula(cell)) {
                return null;
            }
            String text;
            if (cell.getCellType() == CellType.NUMERIC) {
                text = ((XSSFCell) cell).getRawValue(); // the digits the file stores, never a double
            } else if (cell.getCellType() == CellType.STRING) {
                text = cell.getStringCellValue();
            } else if (cell.getCellType() == CellType.BLANK) {
                return null;
            } else {
                problem(row.getRowNum(), c, "không phải là số", "not a number");
                return null;
            }
            if (text == null || text.isBlank()) {
                return null;
            }
            return exact(text, row.getRowNum(), c);
        }

        /** A decimal written with a comma or a point, at most {@value #MAX_SCALE} decimals, not negative. */
        private String exact(String text, int r, int c) {
            String t = text.strip().replace('\u00A0', ' ').strip();
            if (t.startsWith("-") && DECIMAL.matcher(t.substring(1)).matches()) {
                problem(r, c, "số âm (" + t + ") không được dùng", "a negative number (" + t + ") is not allowed");
                return null;
            }
            if (!DECIMAL.matcher(t).matches()) {
                if (t.matches("-?\\d+(?:[.,]\\d+)?[eE][-+]?\\d+")) {
                    BigDecimal d = new BigDecimal(t.replace(',', '.'));
                    t = d.toPlainString();
                    if (d.signum() < 0) {
                        problem(r, c, "số âm (" + t + ") không được dùng", "a negative number (" + t + ") is not allowed");
                        return null;
                    }
                    if (!DECIMAL.matcher(t).matches()) {
                        problem(r, c, "\"" + text + "\" không phải là số", "\"" + text + "\" is not a number");
                        return null;
                    }
                } else {
                    problem(r, c, "\"" + text + "\" không phải là số", "\"" + text + "\" is not a number");
                    return null;
                }
            }
            BigDecimal d = new BigDecimal(t.replace(',', '.'));
            if (d.scale() > MAX_SCALE && d.stripTrailingZeros().scale() > MAX_SCALE) {
                problem(r, c, "quá nhiều chữ số thập phân (" + text.strip() + "; tối đa " + MAX_SCALE + ")",
                        "too many decimals (" + text.strip() + "; at most " + MAX_SCALE + ")");
                return null;
            }
            if (d.precision() - d.scale() > 6) {
                problem(r, c, "số quá lớn (" + text.strip() + ")", "the number is too large (" + text.strip() + ")");
                return null;
            }
            return (d.scale() > 0 ? d.stripTrailingZeros() : d).toPlainString();
        }

        /** A day: text dd/MM/yyyy (or yyyy-MM-dd), or a date cell (its whole serial number, read as text). */
        private String date(Row row, int c) {
            Cell cell = row.getCell(c);
            if (cell == null || formula(cell) || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            String text;
            if (cell.getCellType() == CellType.NUMERIC) {
                String raw = ((XSSFCell) cell).getRawValue();
                if (raw != null && raw.matches("\\d{1,6}")) {
                    return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(raw)).toString();
                }
                text = raw;
            } else {
                text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
            }
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.strip();
            try {
                return (t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t)).toString();
            } catch (DateTimeParseException e) {
                problem(row.getRowNum(), c, "\"" + t + "\" không phải là ngày (ghi ngày/tháng/năm, ví dụ 31/03/2026)",
                        "\"" + t + "\" is not a day (write day/month/year, e.g. 31/03/2026)");
                return null;
            }
        }

        private boolean formula(Cell cell) {
            if (cell.getCellType() == CellType.FORMULA) {
                problem(cell.getRowIndex(), cell.getColumnIndex(), "ô có công thức (" + cell.getCellFormula()
                        + "); ghi giá trị thay cho công thức", "a formula (" + cell.getCellFormula() + ") instead of a value");
                return true;
            }
            return false;
        }

        private String text(Row row, int c) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                return null;
            }
            if (formula(cell)) {
                return null;
            }
            return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
        }

        private Sheet sheet(String name) {
            sheet = name;
            Sheet s = wb.getSheet(name);
            if (s == null) {
                problems.add(new Problem(name, null, "thiếu trang tính \"" + name + "\"", "the sheet \"" + name
                        + "\" is missing"));
            }
            return s;
        }

        private void problem(int r, int c, String vi, String en) {
            Problem p = new Problem(sheet, new CellReference(r, c).formatAsString(false), vi, en);
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }

        private static String comma(BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
    }
}
