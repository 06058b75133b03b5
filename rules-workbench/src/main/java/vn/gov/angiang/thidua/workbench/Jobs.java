package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The jobs of one workspace — compiling, testing, impact, explanation of a draft — run one at a time in a child
 * JVM of its own heap ({@link JobMain}), each with a deadline; the others wait in line and can see their place. A
 * child that overruns is killed (and a new one started for the next job) and its job answers with a problem of the
 * draft in words: whatever a draft does, the server keeps its own memory and threads.
 */
final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    /** Jobs kept for their answers after they finish. */
    private static final int KEPT = 200;

    /** How a child JVM is run: its heap and its deadline. */
    record Limits(String heap, Duration deadline) {
    }

    /** One job, as the API shows it. */
    static final class Job {
        final String id;
        final String kind;
        final String user;
        volatile String state = "queued";
        volatile JsonNode result;

        Job(String id, String kind, String user) {
            this.id = id;
            this.kind = kind;
            this.user = user;
        }
    }

    private final Limits limits;
    private final ExecutorService one = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-jobs");
        t.setDaemon(true);
        return t;
    });
    private final List<Job> waiting = new ArrayList<>();
    private final Map<String, Job> all = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    Jobs(Limits limits) {
        this.limits = limits;
    }

    /**
     * Queues a job: {@code args} for {@link JobMain} (a fresh copy of the draft is made by {@code prepare} just
     * before the job starts, so a save while it waits is included), then {@code after} on the answer, in the
     * server (e.g. publishing what passed).
     */
    synchronized Job submit(String kind, String user, Function<Path, List<String>> prepare,
                            java.util.function.BiFunction<JsonNode, Path, JsonNode> after) {
        Job job = new Job(Long.toString(ids.incrementAndGet()), kind, user);
        all.put(job.id, job);
        if (all.size() > KEPT) {
            all.remove(all.keySet().iterator().next());
        }
        waiting.add(job);
        one.submit(() -> execute(job, prepare, after));
        return job;
    }

    synchronized Job get(String id) {
        return all.get(id);
    }

    /** The place of a job in the line: 0 when running or done, 1 when next. */
    synchronized int position(Job job) {
        int i = waiting.indexOf(job);
        return i < 0 ? 0 : i + 1;
    }

    private void execute(Job job, Function<Path, List<String>> prepare, java.util.function.BiFunction<JsonNode, Path, JsonNode> after) {
        synchronized (this) {
            waiting.remove(job);
        }
        job.state = "running";
        Path dir = null;
        try {
            dir = Files.createTempDirectory("thidua-job-");
            JsonNode answer = child(prepare.apply(dir), dir);
            job.result = after == null ? answer : after.apply(answer, dir);
            job.state = "done";
        } catch (RuntimeException | IOException e) {
            LOG.warn("Job {} {} failed", job.kind, job.id, e);
            job.result = Json.MAPPER.createObjectNode().put("ok", false).put("error", String.valueOf(e.getMessage()));
            job.state = "done";
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private final Object workerLock = new Object();
    /** The warm child JVM ({@code JobMain serve}), started at the first job, killed and replaced after a failure. */
    private Process worker;
    private java.io.BufferedWriter toWorker;
    private java.io.BufferedReader fromWorker;
    private Path workerLog;
    private int workerJobs;
    /** A worker is replaced after this many jobs, so that nothing one draft left behind lasts. */
    private static final int JOBS_PER_WORKER = 50;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-job-answers");
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs one job in the child JVM; an overrun, a crash or an exhausted heap is an answer too (and the child is
     * replaced). The child stays warm between jobs: Drools' classes are loaded and compiled once, not per job.
     */
    JsonNode child(List<String> args, Path dir) throws IOException {
        synchronized (workerLock) { // not the queue's lock: the line and the answers stay readable while a job runs
            return childLocked(args);
        }
    }

    private JsonNode childLocked(List<String> args) throws IOException {
        if (worker == null || !worker.isAlive() || workerJobs >= JOBS_PER_WORKER) {
            startWorker();
        }
        workerJobs++;
        toWorker.write(Json.MAPPER.writeValueAsString(args));
        toWorker.newLine();
        toWorker.flush();
        java.util.concurrent.Future<String> line = reader.submit(fromWorker::readLine);
        String text;
        try {
            text = line.get(limits.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            stopWorker();
            return problem("bản nháp chạy quá " + seconds() + " nên đã bị dừng: có thể một quy tắc lặp mãi hoặc quá "
                    + "nặng; hãy xem lại thay đổi gần nhất", "the draft ran longer than " + seconds() + " and was "
                    + "stopped: a rule may loop or be too heavy; look at the latest change");
        } catch (InterruptedException e) {
            stopWorker();
            Thread.currentThread().interrupt();
            return problem("công việc bị hủy", "the job was cancelled");
        } catch (java.util.concurrent.ExecutionException e) {
            text = null;
        }
        if (text == null || text.isBlank()) {
            String log = workerLog == null ? "" : Files.readString(workerLog, StandardCharsets.UTF_8);
            stopWorker();
            return log.contains("OutOfMemoryError") ? problem("bản nháp dùng quá " + limits.heap()
                    + " bộ nhớ nên đã bị dừng", "the draft used more than " + limits.heap() + " of memory and was stopped")
                    : problem("kiểm tra bản nháp thất bại", "checking the draft failed: " + tail(log));
        }
        return Json.MAPPER.readTree(text);
    }

    private String seconds() {
        long ms = limits.deadline().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " giây/s" : ms + " ms";
    }

    private void startWorker() throws IOException {
        stopWorker();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.heap(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                JobMain.class.getName(), "serve");
        workerLog = Files.createTempFile("thidua-workbench-child-", ".log");
        worker = new ProcessBuilder(command).redirectError(workerLog.toFile()).start();
        toWorker = new java.io.BufferedWriter(new java.io.OutputStreamWriter(worker.getOutputStream(),
                StandardCharsets.UTF_8));
        fromWorker = new java.io.BufferedReader(new java.io.InputStreamReader(worker.getInputStream(),
                StandardCharsets.UTF_8));
        workerJobs = 0;
    }

    private void stopWorker() {
        if (worker != null) {
            worker.descendants().forEach(ProcessHandle::destroyForcibly);
            worker.destroyForcibly();
            try {
                worker.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        if (workerLog != null) {
            try {
                Files.deleteIfExists(workerLog);
            } catch (IOException e) {
                LOG.debug("Cannot delete {}", workerLog, e);
            }
            workerLog = null;
        }
    }

    private static String tail(String log) {
        return log.length() > 600 ? log.substring(log.length() - 600) : log;
    }

    private static JsonNode problem(String vi, String en) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("ok", false).put("overrun", true);
        root.putArray("problems").addObject().put("file", "").put("line", 0).put("column", 0)
                .put("message", vi + " / " + en);
        return root;
    }

    static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot delete {}", dir, e);
        }
    }

    @Override
    public void close() {
        one.shutdownNow();
        synchronized (workerLock) {
            stopWorker();
        }
        reader.shutdownNow();
    }
}
