package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.gov.angiang.thidua.core.RuleSets;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The workbench's figures on this machine (a benchmark, not a test): server start, a one-number edit to the problems
 * shown (warm server, median and 95th percentile), all scenarios, impact over the sample dossiers and 2,000 generated
 * ones, and the server's heap with three people's drafts open. Run:
 * <pre>
 * mvn -q -pl rules-workbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.gov.angiang.thidua.workbench.WorkbenchBenchmark [-Dexec.args=EDITS]
 * </pre>
 */
public final class WorkbenchBenchmark {

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path root = Files.createTempDirectory("workbench-bench-");
        Path ws = root.resolve("ws");
        RuleSets.exportDefaults(ws, false);
        long t0 = System.nanoTime();
        WorkbenchServer server = new WorkbenchServer(ws, root.resolve("published"), "127.0.0.1", 0,
                new Jobs.Limits("512m", Duration.ofSeconds(120)), 2000);
        int port = server.start();
        Client c = new Client("http://127.0.0.1:" + port);
        c.get("/api/files");
        System.out.printf("server start to first answer: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        try {
            String name = "criteria-collective.drl";
            c.job("{\"kind\":\"validate\"}"); // warm: the child JVM's files in the page cache
            List<Long> times = new ArrayList<>();
            String original = c.get("/api/files/" + name).get("text").asText();
            long unique = System.nanoTime() % 1000; // a number no earlier run compiled: the compiled-set cache misses
            for (int i = 0; i < edits; i++) {
                JsonNode f = c.get("/api/files/" + name);
                String edited = original.replace("perItem(\"TT3.2\", \"4\"", "perItem(\"TT3.2\", \"4."
                        + unique + (i + 1) + "\"");
                long s = System.nanoTime();
                c.send("PUT", "/api/files/" + name, Json.MAPPER.createObjectNode().put("text", edited)
                        .put("baseSha256", f.get("sha256").asText()).toString());
                JsonNode r = c.job("{\"kind\":\"validate\"}");
                times.add((System.nanoTime() - s) / 1_000_000);
                if (!r.get("ok").asBoolean()) {
                    throw new IllegalStateException(r.toString());
                }
            }
            Collections.sort(times);
            System.out.printf("one-number edit to problems shown (%d edits): median %d ms, p95 %d ms (target < 2000)%n",
                    edits, times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
            long s = System.nanoTime();
            JsonNode test = c.job("{\"kind\":\"test\"}");
            System.out.printf("all scenarios (%d cases): %d ms (target < 3000)%n",
                    test.get("passed").asInt() + test.get("failed").asInt(), (System.nanoTime() - s) / 1_000_000);
            JsonNode last = c.get("/api/files/" + name);
            c.send("PUT", "/api/files/" + name, Json.MAPPER.createObjectNode().put("text", original)
                    .put("baseSha256", last.get("sha256").asText()).toString());
            c.job("{\"kind\":\"validate\"}");
            // The draft as published: the search finds nothing, so it tries all 2,000 generated dossiers.
            s = System.nanoTime();
            JsonNode impact = c.job("{\"kind\":\"impact\",\"tries\":2000}");
            System.out.printf("impact over %d sample dossiers and %d generated: %d ms (target < 10000)%n",
                    impact.get("dossiers").asInt(), impact.get("search").get("tries").asLong(),
                    (System.nanoTime() - s) / 1_000_000);
            Runtime rt = Runtime.getRuntime();
            for (int person = 0; person < 3; person++) {
                Client p = new Client("http://127.0.0.1:" + port);
                p.get("/api/session");
                for (JsonNode f : p.get("/api/files")) {
                    String n = f.get("name").asText();
                    p.send("PUT", "/api/drafts/" + n, Json.MAPPER.createObjectNode()
                            .put("text", p.get("/api/files/" + n).get("text").asText() + "\n// nháp " + person).toString());
                }
            }
            System.gc();
            Thread.sleep(500);
            System.gc();
            System.out.printf("server heap in use with three people's drafts of every file: %d MiB (max heap %d MiB)%n",
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        } finally {
            server.close();
            Jobs.deleteTree(root);
        }
    }

    /** One person's browser: a cookie jar and the session's CSRF token. */
    private static final class Client {
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        Client(String base) throws Exception {
            this.base = base;
            this.csrf = get("/api/session").get("csrf").asText();
        }

        JsonNode get(String path) throws Exception {
            return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        }

        JsonNode send(String method, String path, String body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (csrf != null) {
                b.header(WorkbenchServer.CSRF, csrf);
            }
            return Json.MAPPER.readTree(http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body());
        }

        JsonNode job(String body) throws Exception {
            JsonNode j = send("POST", "/api/jobs", body);
            while (!j.get("state").asText().equals("done")) {
                Thread.sleep(50);
                j = get("/api/jobs/" + j.get("id").asText());
            }
            return j.get("result");
        }
    }
}
