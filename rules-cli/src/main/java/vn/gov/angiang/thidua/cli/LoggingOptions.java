package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose} and {@code --debug}, on every command. Logging goes to stderr through
 * slf4j-simple, at warn by default (simplelogger.properties); these raise it before anything logs.
 */
public final class LoggingOptions {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String OWN_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.vn.gov.angiang.thidua";

    @Option(names = {"-v", "--verbose"},
            description = "Ghi thêm thông tin / more messages on stderr (log level info).")
    boolean verbose;

    @Option(names = "--debug",
            description = "Ghi chi tiết để gỡ lỗi / debug log of the tool on stderr (Drools at info), with stack "
                    + "traces of errors.")
    boolean debug;

    /**
     * Sets the levels slf4j-simple reads when its first logger is made (the rules are not built yet).
     * Levels given as system properties (JAVA_OPTS) are left as they are: Drools' own debug log, tens
     * of thousands of lines, is there for whoever asks for it that way.
     */
    static void configure(boolean debug, boolean verbose) {
        if (debug) {
            setIfAbsent(LEVEL_PROPERTY, "info");
            setIfAbsent(OWN_LEVEL_PROPERTY, "debug");
        } else if (verbose) {
            setIfAbsent(LEVEL_PROPERTY, "info");
        }
    }

    private static void setIfAbsent(String property, String level) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }
}
