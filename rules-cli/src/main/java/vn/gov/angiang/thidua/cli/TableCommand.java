package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.table.CriteriaTable;
import vn.gov.angiang.thidua.table.TableWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code thidua table export|import}: the criteria table as a workbook the Office edits. */
@Command(name = "table", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {TableCommand.Export.class, TableCommand.Import.class},
        description = {"Bảng tiêu chí dưới dạng bảng tính Excel / the criteria table as an Excel workbook."})
final class TableCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(root.err());
        return ThiDuaCli.USAGE;
    }

    /** {@code thidua table export [--rules DIR] FILE.xlsx}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Ghi bảng tiêu chí của bộ quy tắc ra tệp .xlsx: mỗi loại đối tượng một trang, thêm trang"
                    + " ngưỡng và tham số.", "Writes the rule set's criteria table as a workbook: a sheet per kind of"
                    + " nominee and one of thresholds and parameters."},
            exitCodeListHeading = "%nMã thoát / Exit status:%n",
            exitCodeList = {"0:đã ghi / written", "2:dùng lệnh sai, thư mục quy tắc lỗi / misuse, unusable rule folder",
                    "3:lỗi nội bộ / internal error"})
    static final class Export implements Callable<Integer> {

        @ParentCommand
        TableCommand table;

        @Mixin
        RulesOption rules;

        @Mixin
        LoggingOptions logging;

        @Parameters(paramLabel = "FILE.xlsx", description = "Tệp bảng tính cần ghi / the workbook to write.")
        Path file;

        @Override
        public Integer call() {
            Path dir = ThiDuaCli.rulesFolder(rules.folder);
            RuleSource source = source(dir);
            byte[] bytes = TableWorkbook.write(CriteriaTable.read(source.files()));
            writeAtomically(file, bytes);
            table.root.out().println("Đã ghi bảng tiêu chí vào / wrote the criteria table to " + file);
            return ThiDuaCli.OK;
        }
    }

    /** {@code thidua table import FILE.xlsx DIR}. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Ghi các giá trị của bảng tính vào thư mục quy tắc (chỉ sửa đúng chỗ đổi), rồi kiểm tra"
                    + " bộ quy tắc. Có bất cứ lỗi nào thì không ghi gì.", "Writes the workbook's values into the rule"
                    + " folder (exactly where they changed), then validates it. With any problem nothing is written."},
            exitCodeListHeading = "%nMã thoát / Exit status:%n",
            exitCodeList = {"0:đã ghi, bộ quy tắc dùng được / written, the rule set is usable",
                    "1:bảng tính hoặc bộ quy tắc mới có lỗi, không ghi gì / the workbook or the rules it makes have"
                            + " problems: nothing written",
                    "2:dùng lệnh sai / misuse", "3:lỗi nội bộ / internal error"})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        TableCommand table;

        @Mixin
        LoggingOptions logging;

        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Bảng tính đã sửa / the edited workbook.")
        Path file;

        @Parameters(index = "1", paramLabel = "DIR", description = "Thư mục quy tắc cần ghi / the rule folder to write.")
        Path dir;

        @Override
        public Integer call() {
            ThiDuaCli root = table.root;
            if (!Files.isDirectory(dir)) {
                throw new CliException(ThiDuaCli.USAGE, "không có thư mục / no such folder: " + dir);
            }
            RuleSource source = source(dir);
            CriteriaTable current = CriteriaTable.read(source.files());
            byte[] bytes = read(file);
            CriteriaTable edited;
            try {
                edited = TableWorkbook.read(file.getFileName().toString(), bytes, current);
            } catch (TableWorkbook.Problems e) {
                e.problems.forEach(p -> root.out().println(p));
                root.out().println(e.problems.size() + " lỗi trong bảng tính, không ghi gì / " + e.problems.size()
                        + (e.problems.size() == 1 ? " problem" : " problems") + " in the workbook, nothing written");
                return ThiDuaCli.FAILED;
            }
            Map<String, String> files;
            try {
                files = TableWriter.write(source.files(), current, edited);
            } catch (IllegalArgumentException e) {
                root.out().println(file.getFileName() + ": " + e.getMessage());
                return ThiDuaCli.FAILED;
            }
            List<String> changed = new ArrayList<>();
            files.forEach((name, text) -> {
                if (!text.equals(source.files().get(name))) {
                    changed.add(name);
                }
            });
            if (changed.isEmpty()) {
                root.out().println("Không có gì thay đổi / nothing changed");
                return ThiDuaCli.OK;
            }
            List<RuleSetException.Problem> problems = RuleSets.validate(RuleSource.of(source.id(), source.version(), files));
            if (!problems.isEmpty()) {
                problems.forEach(p -> root.out().println(Problems.line(p, dir)));
                root.out().println(problems.size() + " lỗi trong bộ quy tắc sẽ ghi, không ghi gì / " + problems.size()
                        + " problems in the rules it would write, nothing written");
                return ThiDuaCli.FAILED;
            }
            for (String name : changed) {
                writeAtomically(dir.resolve(name), files.get(name).getBytes(StandardCharsets.UTF_8));
            }
            root.out().println("Đã ghi / wrote " + String.join(", ", changed) + " — bộ quy tắc dùng được / the rule set"
                    + " is usable");
            return ThiDuaCli.OK;
        }
    }

    private static RuleSource source(Path dir) {
        try {
            return dir == null ? RuleSets.defaultSource() : RuleSource.fromDirectory(dir);
        } catch (RuleSetException e) {
            throw new CliException(ThiDuaCli.USAGE, e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) TableWorkbook.MAX_FILE_BYTES + 1);
            return bytes;
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không đọc được / cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes beside the file, then moves it in place: never a half-written file. */
    private static void writeAtomically(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".thidua-", ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write " + file + ": " + e.getMessage());
        }
    }
}
