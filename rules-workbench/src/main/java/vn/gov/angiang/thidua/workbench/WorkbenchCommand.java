package vn.gov.angiang.thidua.workbench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code thidua workbench [--published DIR] [--listen ADDR:PORT] [WORKSPACE]}: serves the rule workbench and prints
 * the address to open; {@code thidua workbench user add NAME --role editor|publisher} adds an account.
 */
@Command(name = "workbench", mixinStandardHelpOptions = true, subcommands = WorkbenchCommand.User.class,
        description = {"Bàn làm việc quy tắc: sửa, kiểm tra, xem ảnh hưởng và xuất bản quy tắc trong trình duyệt.",
                "The rule workbench: change, test, see and publish the rules in a browser."})
public final class WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--published", paramLabel = "DIR",
            description = "Thư mục xuất bản mà máy chủ nghiệp vụ theo dõi (RuleSets.watch); mặc định WORKSPACE/"
                    + ".workbench/published / the published folder a host follows (default WORKSPACE/.workbench/published).")
    Path published;

    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "127.0.0.1:8731",
            description = "Địa chỉ phục vụ (mặc định 127.0.0.1:8731, không cần đăng nhập); địa chỉ khác cần tài khoản "
                    + "/ where to serve (default 127.0.0.1:8731, no login); any other address needs accounts.")
    String listen;

    @Option(names = "--job-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "Bộ nhớ của JVM con chạy bản nháp / the heap of the child JVM that runs a draft.")
    String heap;

    @Option(names = "--job-deadline", paramLabel = "SECONDS", defaultValue = "120",
            description = "Thời hạn của một công việc / the deadline of one job, in seconds.")
    long deadline;

    @Parameters(arity = "0..1", paramLabel = "WORKSPACE", defaultValue = ".",
            description = "Thư mục quy tắc để làm việc (tạo bằng thidua export-rules) / the rule folder to work on "
                    + "(made with thidua export-rules).")
    Path workspace;

    /**
     * Runs {@code thidua workbench} and exits with its status.
     *
     * @param args the command line after the word {@code workbench}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new WorkbenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--listen ADDR:PORT: " + listen);
        }
        String host = listen.substring(0, colon).replaceAll("^\\[|\\]$", "");
        int port = Integer.parseInt(listen.substring(colon + 1));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        WorkbenchServer server;
        try {
            server = new WorkbenchServer(workspace, published, host, port,
                    new Jobs.Limits(heap, Duration.ofSeconds(deadline)), 2000);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("thidua workbench: " + e.getMessage());
            return 2;
        }
        server.start();
        out.println("Bàn làm việc quy tắc / rule workbench: " + server.address());
        out.println("Thư mục xuất bản / published folder: " + server.publisher().published());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    /** {@code thidua workbench user add NAME --role editor|publisher}: the password is read from the terminal. */
    @Command(name = "user", description = "Tài khoản / accounts.", subcommands = User.Add.class)
    static final class User {

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Thêm hoặc đổi mật khẩu một tài khoản / add an account, or change its password.")
        static final class Add implements Callable<Integer> {
            @CommandLine.ParentCommand
            User user;

            @Parameters(index = "0", paramLabel = "NAME")
            String name;

            @Option(names = "--role", required = true, paramLabel = "editor|publisher")
            Accounts.Role role;

            @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".")
            Path workspace;

            @Override
            public Integer call() throws Exception {
                char[] password;
                if (System.console() != null) {
                    password = System.console().readPassword("Mật khẩu / password: ");
                } else {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    password = line == null ? new char[0] : line.toCharArray();
                }
                Workspace w = new Workspace(workspace);
                new Accounts(w.state().resolve("users.json"), Clock.systemUTC()).add(name, role, password);
                System.out.println("OK: " + name + " (" + role + ")");
                return 0;
            }
        }
    }
}
