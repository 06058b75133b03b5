package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.ErrorRecord;
import vn.gov.angiang.thidua.api.ThiDuaException;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;
import vn.gov.angiang.thidua.api.json.PendingRead;
import vn.gov.angiang.thidua.api.json.ReadLimits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The input files of a command, read one after another as one stream of records. {@code -} is
 * standard input; {@code .jsonl} and {@code .ndjson} files are JSON Lines, other files a JSON array
 * or one dossier. Each record carries its index in the whole run (from 0, across files).
 */
final class Inputs {

    /** How to read the inputs: by file name (auto), all as JSON (array or objects), all as JSON Lines. */
    enum Kind { auto, json, jsonl }

    /** One input: a file, or standard input ({@code path} null). */
    record Input(String name, Path path, boolean jsonLines) {
        boolean stdin() {
            return path == null;
        }
    }

    /** A record read, with its index in the whole run, and the input it came from. */
    interface Sink {
        void accept(Input input, DossierRead read);
    }

    /** A record split off its input, not parsed yet, with its index in the whole run (see {@link PendingRead}). */
    interface PendingSink {
        void accept(Input input, PendingRead read);
    }

    private Inputs() {
    }

    /** Checks that every file can be read, before anything is evaluated: a missing one is a usage error. */
    static List<Input> resolve(List<String> names, Kind kind) {
        List<Input> inputs = new ArrayList<>();
        for (String name : names) {
            if (name.equals("-")) {
                inputs.add(new Input("-", null, kind == Kind.jsonl));
                continue;
            }
            Path p;
            try {
                p = Path.of(name);
            } catch (InvalidPathException e) {
                throw new CliException(ThiDuaCli.USAGE, "tên tệp không hợp lệ / not a file name: " + name);
            }
            if (!Files.exists(p)) {
                throw new CliException(ThiDuaCli.USAGE, "không tìm thấy tệp / no such file: " + name);
            }
            if (Files.isDirectory(p)) {
                throw new CliException(ThiDuaCli.USAGE, "là thư mục, không phải tệp / is a folder, not a file: " + name);
            }
            if (!Files.isReadable(p)) {
                throw new CliException(ThiDuaCli.USAGE, "không đọc được tệp / cannot read file: " + name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            boolean lines = kind == Kind.jsonl
                    || kind == Kind.auto && (lower.endsWith(".jsonl") || lower.endsWith(".ndjson"));
            inputs.add(new Input(name, p, lines));
        }
        return inputs;
    }

    /**
     * Reads the inputs in order, within {@code limits}, and hands each record to {@code sink} with its
     * index in the run. An input that holds nothing is noted on {@code err}. Returns the number of records.
     */
    static long read(List<Input> inputs, ReadLimits limits, InputStream stdin, PrintStream err, Sink sink) {
        return split(inputs, limits, stdin, err, (input, pending) -> sink.accept(input, pending.read()));
    }

    /**
     * As {@link #read}, but each record is handed on before it is parsed, so that the sink may parse it on
     * another thread; its {@link PendingRead#read()} gives the record renumbered to its place in the run.
     */
    static long split(List<Input> inputs, ReadLimits limits, InputStream stdin, PrintStream err, PendingSink sink) {
        return split(inputs, limits, stdin, err, sink, bytes -> { });
    }

    /** As {@link #split}, telling {@code bytesRead} how many bytes of the inputs each read took. */
    static long split(List<Input> inputs, ReadLimits limits, InputStream stdin, PrintStream err, PendingSink sink,
                      java.util.function.LongConsumer bytesRead) {
        DossierReader reader = new DossierReader(limits);
        long offset = 0;
        for (Input input : inputs) {
            long[] count = {0};
            long base = offset;
            try (InputStream raw = new Counted(input.stdin() ? new KeepOpen(stdin) : Files.newInputStream(input.path()),
                    bytesRead)) {
                reader.split(raw, input.jsonLines() ? InputFormat.JSON_LINES : InputFormat.JSON, r -> {
                    count[0]++;
                    try {
                        sink.accept(input, renumbered(r, base));
                    } catch (UncheckedIOException e) {
                        throw new CliException(ThiDuaCli.USAGE, "không ghi được kết quả / cannot write the output: "
                                + e.getCause().getMessage());
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                });
            } catch (SinkFailure e) {
                throw e.failure;
            } catch (IOException | ThiDuaException e) {
                // The file or stream itself failed (what it holds is answered with error records instead).
                String cause = e instanceof ThiDuaException && e.getCause() != null ? e.getCause().getMessage()
                        : e.getMessage();
                throw new CliException(ThiDuaCli.USAGE, "không đọc được / cannot read " + input.name() + ": " + cause);
            }
            if (count[0] == 0) {
                err.println("thidua: " + input.name() + ": không có hồ sơ nào / holds no dossier");
            }
            offset += count[0];
        }
        return offset;
    }

    /** What went wrong while handling a record, carried past the reader unchanged. */
    private static final class SinkFailure extends RuntimeException {
        final RuntimeException failure;

        SinkFailure(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private static PendingRead renumbered(PendingRead r, long base) {
        if (base == 0) {
            return r;
        }
        return new PendingRead() {
            @Override
            public long index() {
                return base + r.index();
            }

            @Override
            public DossierRead read() {
                return at(r.read(), base + r.index());
            }
        };
    }

    /** The record renumbered to its place in the whole run. */
    static DossierRead at(DossierRead r, long index) {
        if (r instanceof DossierRead.Ok ok) {
            return new DossierRead.Ok(index, ok.dossier());
        }
        ErrorRecord e = ((DossierRead.Failed) r).error();
        return new DossierRead.Failed(index, new ErrorRecord(e.dossierId(), index, e.error()));
    }

    /** The dossier read, or null when the record could not be read. */
    static Dossier dossier(DossierRead read) {
        return read instanceof DossierRead.Ok ok ? ok.dossier() : null;
    }

    /** Tells how many bytes each read took. */
    private static final class Counted extends FilterInputStream {
        private final java.util.function.LongConsumer bytesRead;

        Counted(InputStream in, java.util.function.LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead.accept(n);
            }
            return n;
        }
    }

    /** Standard input stays open for whoever comes next. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // not ours to close
        }
    }
}
