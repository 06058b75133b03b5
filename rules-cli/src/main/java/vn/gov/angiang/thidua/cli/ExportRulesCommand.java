package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.gov.angiang.thidua.core.RuleSets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code thidua export-rules DIR}: the embedded rule set as a folder to edit, with its scenario files. */
@Command(name = "export-rules", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Chép bộ quy tắc 2026 kèm theo ra một thư mục để sửa: các tệp DRL, ruleset.properties và các"
                + " tệp kịch bản kiểm thử bên cạnh.",
                "Writes the embedded 2026 rule set into a folder to edit: the DRL files, ruleset.properties and the "
                        + "scenario files beside them, ready for --rules DIR, validate DIR and test DIR."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:đã chép / written",
                "2:thư mục không trống (dùng --force) hoặc không ghi được / the folder is not empty (use --force) or "
                        + "cannot be written",
                "3:lỗi nội bộ / internal error"})
final class ExportRulesCommand implements Callable<Integer> {

    @ParentCommand
    ThiDuaCli root;

    @Option(names = "--force", description = "Ghi đè các tệp trong thư mục không trống / overwrite the files of a "
            + "folder that is not empty.")
    boolean force;

    @Parameters(paramLabel = "DIR", description = "Thư mục đích / the folder to write.")
    Path dir;

    @Override
    public Integer call() {
        List<Path> written = RuleSets.exportDefaults(dir, force);
        vn.gov.angiang.thidua.core.RuleSource source = vn.gov.angiang.thidua.core.RuleSource.fromDirectory(dir);
        if (VersionRecord.record(dir, new vn.gov.angiang.thidua.api.RuleSetInfo(source.id(), source.version(),
                source.sha256()))) {
            root.out().println("Đã ghi sha256 của phiên bản / recorded the sha256 of version " + source.version()
                    + " in " + vn.gov.angiang.thidua.core.RuleSource.DESCRIPTOR);
        }
        root.out().println("Đã chép " + written.size() + " tệp vào / wrote " + written.size() + " files into " + dir);
        root.out().println("Tiếp theo / next:  thidua validate " + dir + "   ·   thidua test " + dir
                + "   ·   thidua evaluate --rules " + dir + " FILE...");
        return ThiDuaCli.OK;
    }
}
