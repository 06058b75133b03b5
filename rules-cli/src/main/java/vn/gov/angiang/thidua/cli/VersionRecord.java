package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.core.RuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The sha256 recorded for each version of a rule set, as {@code sha256.1.0.0=…} lines of its
 * {@code ruleset.properties}, so that rules whose content changed cannot silently keep their version:
 * {@code export-rules} records it, {@code validate} and {@code evaluate --rules} warn when it differs.
 */
final class VersionRecord {

    private VersionRecord() {
    }

    static String key(String version) {
        return "sha256." + version;
    }

    /**
     * The warning for a rule set whose sha256 is not the one recorded for its version, or null when it is
     * (or when nothing is recorded: a folder made before records were kept).
     */
    static String warning(RuleSetInfo info, Path folder) {
        String recorded = recorded(folder).getProperty(key(info.version()));
        if (recorded == null || recorded.strip().equalsIgnoreCase(info.sha256())) {
            return null;
        }
        return "⚠ nội dung bộ quy tắc " + info.id() + " đã khác với phiên bản " + info.version() + " đã ghi (sha256 "
                + shortHash(recorded.strip()) + " → " + shortHash(info.sha256()) + "): hãy tăng version trong "
                + RuleSource.DESCRIPTOR + " và thêm dòng " + key("<phiên bản mới>") + "=" + info.sha256()
                + " / the rules differ from those recorded for version " + info.version()
                + ": bump the version in " + RuleSource.DESCRIPTOR + " and add the line " + key("<new version>") + "="
                + info.sha256();
    }

    /** Adds the line for the folder's version, unless one is there; returns whether it wrote. */
    static boolean record(Path folder, RuleSetInfo info) {
        Path descriptor = folder.resolve(RuleSource.DESCRIPTOR);
        if (recorded(folder).getProperty(key(info.version())) != null) {
            return false;
        }
        try {
            String text = Files.readString(descriptor, StandardCharsets.UTF_8);
            String line = (text.endsWith("\n") || text.isEmpty() ? "" : "\n")
                    + "# sha256 của các tệp quy tắc của phiên bản này (thidua validate báo khi nội dung đổi mà phiên bản"
                    + " không đổi) / the rule files' sha256 of this version\n" + key(info.version()) + "=" + info.sha256()
                    + "\n";
            Files.writeString(descriptor, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write " + descriptor + ": " + e.getMessage());
        }
    }

    /** The first 12 hex digits, as documents show a hash. */
    static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }

    /** The descriptor of a folder, or of the embedded set when {@code folder} is null. */
    private static Properties recorded(Path folder) {
        Properties p = new Properties();
        try (InputStream in = folder == null
                ? VersionRecord.class.getClassLoader().getResourceAsStream(vn.gov.angiang.thidua.core.RuleSets.DEFAULT_FOLDER + "/" + RuleSource.DESCRIPTOR)
                : Files.newInputStream(folder.resolve(RuleSource.DESCRIPTOR))) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            return p; // no descriptor, nothing recorded: RuleSource reports a missing one itself
        }
        return p;
    }
}
