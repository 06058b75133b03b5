package vn.gov.angiang.thidua.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A progress line on standard error (records, rate, share of the input read, time left) while a long
 * batch runs, redrawn at most four times a second. Only when standard error is a terminal: a pipe, a
 * file or a test sees nothing.
 */
class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long totalBytes; // 0 when unknown (stdin)
    private final long start = System.nanoTime();
    private long lastDrawn = start;
    private long records;
    private long bytesRead;
    private boolean drawn;

    private Progress(PrintStream err, long totalBytes) {
        this.err = err;
        this.totalBytes = totalBytes;
    }

    /** A progress line when {@code err} is the process's standard error and that is a terminal; else silence. */
    static Progress onTerminal(PrintStream err, List<Inputs.Input> inputs) {
        if (err != System.err || !stderrIsTerminal()) {
            return new Progress(null, 0) {
                @Override
                void done() {
                }
            };
        }
        long total = 0;
        for (Inputs.Input input : inputs) {
            try {
                total = input.stdin() || total < 0 ? -1 : total + Files.size(input.path());
            } catch (java.io.IOException e) {
                total = -1;
            }
        }
        return new Progress(err, Math.max(total, 0));
    }

    /** System.console() needs stdout to be a terminal too; on Linux, fd 2 itself is looked at. */
    private static boolean stderrIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Bytes of the input read so far (for the share done and the time left). */
    void read(long bytes) {
        bytesRead += bytes;
    }

    /** One more record written. */
    void done() {
        records++;
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = (now - start) / 1e9;
        long rate = Math.round(records / Math.max(seconds, 1e-9));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "\r%,d hồ sơ / dossiers · %,d/s", records, rate));
        if (totalBytes > 0 && bytesRead > 0) {
            double share = Math.min(1.0, (double) bytesRead / totalBytes);
            long left = Math.round(seconds * (1 - share) / share);
            line.append(String.format(Locale.ROOT, " · %d%% · còn / left %d:%02d", Math.round(share * 100),
                    left / 60, left % 60));
        }
        err.print(line.append("   "));
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
