package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.IVersionProvider;
import vn.gov.angiang.thidua.core.RuleSource;
import vn.gov.angiang.thidua.core.RuleSets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code thidua --version}: the tool's version, the embedded rule set's id and version, and the Java runtime. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String ruleSet;
        try {
            RuleSource s = RuleSets.defaultSource();
            ruleSet = s.id() + " " + s.version();
        } catch (RuntimeException e) {
            ruleSet = "(không có / none)";
        }
        return new String[]{
                "thidua " + version(),
                "Bộ quy tắc mặc định / default rule set: " + ruleSet,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/thidua-cli.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is only informative
        }
        return p.getProperty("version", "unknown");
    }
}
