package vn.gov.angiang.thidua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.ThiDuaException;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code thidua}: the command line of policy staff and of the Office. Evaluates dossiers, explains an
 * evaluation, validates a rule folder, runs scenario files and compares two rule sets. Everything a person reads is in
 * Vietnamese with English beside it; {@code --format json|jsonl} prints nothing but JSON on stdout.
 */
@Command(name = "thidua", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Xét khen thưởng thi đua phòng, chống tham nhũng năm 2026 — Ban Quản lý Khu kinh tế An Giang.",
                "Emulation awards 2026 of An Giang's Economic Zone Management Board: evaluate dossiers, "
                        + "validate and test rule sets."},
        exitCodeListHeading = "%nMã thoát / Exit status:%n",
        exitCodeList = {
                "0:mọi hồ sơ đã được xét / every dossier was evaluated, every check passed",
                "1:có hồ sơ lỗi, lỗi quy tắc hoặc kịch bản sai / some records were errors, "
                        + "the rules have problems or scenarios failed",
                "2:dùng lệnh sai / the command was misused (bad option, missing file, unusable rule folder)",
                "3:lỗi nội bộ / internal error (run again with --debug and report it)"})
public final class ThiDuaCli implements Callable<Integer> {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(EvaluateCommand.class, ExplainCommand.class,
            ReportCommand.class, ReplayCommand.class, ValidateCommand.class, TestCommand.class, ExportRulesCommand.class,
            TableCommand.class,
            DiffCommand.class, CommandLine.HelpCommand.class);

    /** Every dossier evaluated, every check passed. */
    public static final int OK = 0;
    /** Some records were errors, the rule folder has problems, or scenario cases failed. */
    public static final int FAILED = 1;
    /** The command was misused: a bad option, a missing file, an unusable rule folder. */
    public static final int USAGE = 2;
    /** A fault of the tool itself. */
    public static final int INTERNAL = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final RuleLoader rules;

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    /**
     * A command line writing to {@code out} and {@code err} (both UTF-8), reading {@code -} from
     * {@code in}, and building evaluators with {@code rules}.
     */
    public ThiDuaCli(PrintStream out, PrintStream err, InputStream in, RuleLoader rules) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.rules = rules;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Whatever a library prints on System.out must not get mixed into the JSON on stdout.
        System.setOut(err);
        System.setErr(err);
        int status = run(args, out, err, System.in, StartUp.loader(args));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line to its exit status, without exiting the JVM (tests, hosts). */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in, RuleLoader rules) {
        int status;
        try {
            status = commandLine(out, err, in, rules, commandNamed(args)).execute(args);
        } catch (VirtualMachineError e) {
            // The reading limits are there so that this never happens; if it does, still no stack trace.
            out.flush();
            err.println("thidua: lỗi nội bộ / internal error: " + e);
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            } else {
                err.println("Chạy lại với --debug để xem chi tiết / run again with --debug for the details.");
            }
            status = INTERNAL;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** The picocli command line, configured: exit codes, error handling, logging, UTF-8 writers. */
    public static CommandLine commandLine(PrintStream out, PrintStream err, InputStream in, RuleLoader rules) {
        return commandLine(out, err, in, rules, null);
    }

    /**
     * As {@link #commandLine(PrintStream, PrintStream, InputStream, RuleLoader)}, with only {@code only} among
     * the subcommands when it is not null. picocli reads the annotations of every subcommand it is given, a
     * third of a second at start-up for all of them; a run of one command needs only that one.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, InputStream in, RuleLoader rules, Class<?> only) {
        CommandLine cl = new CommandLine(new ThiDuaCli(out, err, in, rules));
        for (Class<?> c : COMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(ThiDuaCli::execute);
        cl.setParameterExceptionHandler(ThiDuaCli::badUsage);
        cl.setExecutionExceptionHandler(ThiDuaCli::failure);
        return cl;
    }

    /**
     * The subcommand the first word of {@code args} names, or null (help, a typo, no command: then all of
     * them, for the list and the suggestions).
     */
    static Class<?> commandNamed(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) {
                continue; // the root's own flags (--debug, --verbose) may come first
            }
            for (Class<?> c : COMMANDS) {
                if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(a)) {
                    return c;
                }
            }
            return null;
        }
        return null;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    InputStream in() {
        return in;
    }

    RuleLoader rules() {
        return rules;
    }

    private static int execute(ParseResult parseResult) {
        LoggingOptions.configure(matched(parseResult, "--debug"), matched(parseResult, "--verbose"));
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static boolean matched(ParseResult parseResult, String option) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }

    /** A usage error: the message, a suggestion where picocli has one, and where to find help. Exit 2. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("thidua: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Xem / see: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return USAGE;
    }

    /**
     * An error while running: a plain message on stderr, never a stack trace unless --debug. A rule
     * set that cannot be used lists each problem as {@code file:line:column: message}.
     */
    private static int failure(Exception e, CommandLine cl, ParseResult parseResult) {
        ThiDuaCli root = (ThiDuaCli) cl.getCommandSpec().root().userObject();
        PrintStream err = root.err;
        cl.getErr().flush();
        boolean debug = matched(parseResult, "--debug");
        int status;
        if (e instanceof CliException c) {
            if (c.getMessage() != null) {
                err.println("thidua: " + c.getMessage());
            }
            status = c.status();
        } else if (e instanceof RuleSetException r) {
            Problems.print(r, null, err);
            status = USAGE;
        } else if (e instanceof ThiDuaException || e instanceof UncheckedIOException) {
            err.println("thidua: " + e.getMessage());
            status = USAGE;
        } else {
            err.println("thidua: lỗi nội bộ / internal error: " + e);
            if (!debug) {
                err.println("Chạy lại với --debug để xem chi tiết / run again with --debug for the details.");
            }
            status = INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /** The rule folder given with --rules, checked: a folder that does not exist is a usage error. */
    static Path rulesFolder(Path dir) {
        if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
            throw new CliException(USAGE, "không tìm thấy thư mục quy tắc / not a folder of rule files: " + dir);
        }
        return dir;
    }
}
