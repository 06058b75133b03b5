package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import vn.gov.angiang.thidua.api.ReloadableEvaluator;
import vn.gov.angiang.thidua.api.RuleSetException;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.core.RuleFolderListener;
import vn.gov.angiang.thidua.core.RuleSets;
import vn.gov.angiang.thidua.testing.Scenarios;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's API on a real server on a random loopback port, as the page and a province's portal use it: every
 * endpoint, each bad input the issue lists, and the whole round of a policy officer — TT3.1 from 5 to 6 points per
 * case, the scenario that pins it fails, its new outcome accepted, impact, publishing seen by a host that follows
 * the published folder, and restoring. One server for the whole class: every job is a child JVM (seconds each).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WorkbenchApiTest {

    static Path root;
    static Path ws;
    static Path published;
    static WorkbenchServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    static String csrf;
    static ReloadableEvaluator host;
    static final List<String> reloads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("workbench-api-");
        ws = root.resolve("ws");
        RuleSets.exportDefaults(ws, false);
        published = root.resolve("published");
        server = new WorkbenchServer(ws, published, "127.0.0.1", 0, new Jobs.Limits("384m", Duration.ofSeconds(120)),
                200);
        base = "http://127.0.0.1:" + server.start();
        csrf = get("/api/session").get("csrf").asText();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        server.close();
        Jobs.deleteTree(root);
    }

    record Answer(int status, JsonNode body) {
    }

    static Answer call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header(WorkbenchServer.CSRF, token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode n = r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body());
        return new Answer(r.statusCode(), n);
    }

    static JsonNode get(String path) throws Exception {
        Answer a = call("GET", path, null, null);
        assertEquals(200, a.status(), path + " → " + a.body());
        return a.body();
    }

    static Answer send(String method, String path, ObjectNode body) throws Exception {
        return call(method, path, body.toString(), csrf);
    }

    static ObjectNode obj() {
        return Json.MAPPER.createObjectNode();
    }

    /** Runs a job to its end, checking that it is queued or running meanwhile. */
    static JsonNode job(ObjectNode body) throws Exception {
        Answer a = send("POST", "/api/jobs", body);
        assertEquals(202, a.status(), String.valueOf(a.body()));
        return await(a.body().get("id").asText());
    }

    static JsonNode await(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode j = get("/api/jobs/" + id);
            if (j.get("state").asText().equals("done")) {
                return j.get("result");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + id + " never ended");
    }

    static void save(String name, String text) throws Exception {
        String sha = get("/api/files/" + name).get("sha256").asText();
        Answer a = send("PUT", "/api/files/" + name, obj().put("text", text).put("baseSha256", sha));
        assertEquals(200, a.status(), String.valueOf(a.body()));
    }

    @Test
    @Order(1)
    void filesInTheDescriptorsOrderWithTheirFirstComment() throws Exception {
        JsonNode files = get("/api/files");
        assertEquals("parameters.drl", files.get(0).get("name").asText());
        assertEquals("scope.drl", files.get(1).get("name").asText());
        assertTrue(files.get(0).get("description").asText().startsWith("Tham số chung"), files.get(0).toString());
        assertTrue(files.toString().contains("criteria-collective.scenario.json"));
        assertTrue(get("/api/openapi.json").get("paths").has("/api/files/{name}"));
    }

    @Test
    @Order(2)
    void badInputsAreRefusedWhereTheyAre() throws Exception {
        assertEquals(404, call("GET", "/api/files/nothing.drl", null, null).status());
        assertEquals(400, call("GET", "/api/files/..%2F..%2Fetc%2Fpasswd.json", null, null).status());
        assertEquals(400, call("GET", "/api/files/.workbench%2Fusers.json", null, null).status());
        assertEquals(400, send("PUT", "/api/files/..%2Fescape.drl", obj().put("text", "x")).status());
        String big = "x".repeat((int) WorkbenchServer.MAX_BODY + 10);
        int status = call("PUT", "/api/drafts/scope.drl", "{\"text\":\"" + big + "\"}", csrf).status();
        assertEquals(413, status);
        Answer noToken = call("PUT", "/api/files/scope.drl", obj().put("text", "x").toString(), null);
        assertEquals(403, noToken.status());
        Answer wrongToken = call("POST", "/api/jobs", obj().put("kind", "validate").toString(), "0".repeat(64));
        assertEquals(403, wrongToken.status());
        assertEquals(400, send("POST", "/api/jobs", obj().put("kind", "format-disk")).status());
        assertEquals(400, call("POST", "/api/jobs", "not json", csrf).status());
    }

    @Test
    @Order(3)
    void aStaleSaveIsRefusedWithBothTexts() throws Exception {
        JsonNode f = get("/api/files/scope.drl");
        String opened = f.get("sha256").asText();
        String theirs = f.get("text").asText() + "\n// người thứ nhất\n";
        assertEquals(200, send("PUT", "/api/files/scope.drl", obj().put("text", theirs).put("baseSha256", opened))
                .status());
        Answer second = send("PUT", "/api/files/scope.drl", obj().put("text", "// người thứ hai\n")
                .put("baseSha256", opened));
        assertEquals(409, second.status());
        assertEquals(theirs, second.body().get("theirs").asText());
        assertEquals("// người thứ hai\n", second.body().get("yours").asText());
        assertEquals(theirs, get("/api/files/scope.drl").get("text").asText());
    }

    @Test
    @Order(4)
    void textIsSavedNfcAndDraftsSurviveARestart() throws Exception {
        JsonNode f = get("/api/files/scope.drl");
        String nfd = Normalizer.normalize(f.get("text").asText() + "// Nguyễn Thị Ngọc Huyền\n", Normalizer.Form.NFD);
        send("PUT", "/api/files/scope.drl", obj().put("text", nfd).put("baseSha256", f.get("sha256").asText()));
        String saved = Files.readString(ws.resolve("scope.drl"), StandardCharsets.UTF_8);
        assertTrue(saved.endsWith("// Nguyễn Thị Ngọc Huyền\n") && Normalizer.isNormalized(saved, Normalizer.Form.NFC));

        assertEquals(200, send("PUT", "/api/drafts/award.drl", obj().put("text", "// đang sửa")).status());
        try (WorkbenchServer again = new WorkbenchServer(ws, published, "127.0.0.1", 0,
                new Jobs.Limits("384m", Duration.ofSeconds(60)), 10)) {
            again.start();
            assertEquals("// đang sửa", new Drafts(again.workspace()).get(get("/api/session").get("user").asText(),
                    "award.drl"));
        }
        assertEquals("// đang sửa", get("/api/drafts/award.drl").get("text").asText());
        assertEquals(200, send("DELETE", "/api/drafts/award.drl", obj()).status());
        assertEquals(404, call("GET", "/api/drafts/award.drl", null, null).status());
    }

    @Test
    @Order(5)
    void aSyntaxErrorIsAProblemAtItsLine() throws Exception {
        String good = get("/api/files/award.drl").get("text").asText();
        save("award.drl", good + "\nrule \"hỏng\" when then x( end\n");
        JsonNode r = job(obj().put("kind", "validate"));
        assertFalse(r.get("ok").asBoolean(), r.toString());
        JsonNode p = r.get("problems").get(0);
        assertEquals("award.drl", p.get("file").asText(), r.toString());
        assertTrue(p.get("line").asInt() >= good.lines().count(), r.toString());
        save("award.drl", good);
        assertTrue(job(obj().put("kind", "validate")).get("ok").asBoolean());
    }

    @Test
    @Order(6)
    void aHostileDraftIsContainedWhileTheServerAnswers() throws Exception {
        try (Jobs slow = new Jobs(new Jobs.Limits("256m", Duration.ofMillis(800)))) {
            Path dir = Files.createTempDirectory(root, "hostile");
            long start = System.nanoTime();
            JsonNode r = slow.child(List.of("test", ws.toString()), dir);
            assertTrue(r.get("overrun").asBoolean(), r.toString());
            assertTrue(r.get("problems").get(0).get("message").asText().contains("bị dừng"), r.toString());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
        }
        assertEquals(200, call("GET", "/api/files", null, null).status());

        // While a job runs, the line and the job's state are answered at once.
        Answer running = send("POST", "/api/jobs", obj().put("kind", "test"));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/"
                    + running.body().get("id").asText())).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        }
        await(running.body().get("id").asText());

        // A draft that would stop the JVM that compiles it: refused by the sandbox, at its line, server unharmed.
        String good = get("/api/files/award.drl").get("text").asText();
        save("award.drl", good + "\nrule \"KHEN_THUONG.THOAT thoát\"\nwhen\nthen\n    System.exit(1);\nend\n");
        JsonNode r = job(obj().put("kind", "validate"));
        assertFalse(r.get("ok").asBoolean(), r.toString());
        assertTrue(r.get("problems").toString().contains("award.drl"), r.toString());
        assertEquals(200, call("GET", "/api/files", null, null).status());
        save("award.drl", good);
        assertTrue(job(obj().put("kind", "validate")).get("ok").asBoolean());
    }

    @Test
    @Order(7)
    void theEditOfTt31FailsItsCaseWhichIsAcceptedThenPublishedAndSeenByAHost() throws Exception {
        String drl = get("/api/files/criteria-collective.drl").get("text").asText();
        save("criteria-collective.drl", drl.replace("perItem(\"TT3.1\", \"5\", \"15\")", "perItem(\"TT3.1\", \"6\", \"15\")"));
        JsonNode test = job(obj().put("kind", "test"));
        assertTrue(test.get("failed").asInt() >= 1, test.toString());
        String perItem = "criteria-collective.scenario.json";
        com.fasterxml.jackson.databind.node.ArrayNode failing = Json.MAPPER.createArrayNode();
        JsonNode pinned = null;
        for (JsonNode c : test.get("cases")) {
            if (!c.get("passed").asBoolean()) {
                failing.addObject().put("file", c.get("file").asText()).put("case", c.get("name").asText());
                if (c.get("file").asText().equals(perItem)) {
                    pinned = c;
                }
            }
        }
        assertEquals("criteria TT3.1", pinned.get("mismatches").get(0).get("what").asText(), test.toString());
        assertEquals("5", pinned.get("mismatches").get(0).get("expected").asText());
        assertEquals("6", pinned.get("mismatches").get(0).get("actual").asText());

        Answer noReason = send("POST", "/api/publish", obj().put("reason", ""));
        assertEquals(400, noReason.status());
        Answer refused = send("POST", "/api/publish", obj().put("reason", "thử xuất bản khi còn lỗi"));
        assertFalse(await(refused.body().get("id").asText()).get("published").asBoolean());
        assertFalse(Files.exists(published));

        String scenarioBefore = get("/api/files/" + perItem).get("text").asText();
        ObjectNode acceptAll = obj().put("kind", "accept");
        acceptAll.set("cases", failing);
        JsonNode accepted = job(acceptAll);
        assertTrue(accepted.get("ok").asBoolean(), accepted.toString());
        String scenarioAfter = get("/api/files/" + perItem).get("text").asText();
        assertEquals(scenarioBefore.replace("\"TT3.1\": 5, \"TT3.2\": 4", "\"TT3.1\": 6, \"TT3.2\": 4"), scenarioAfter);

        JsonNode impact = job(obj().put("kind", "impact").put("tries", 200));
        assertTrue(impact.get("ok").asBoolean(), impact.toString());
        assertTrue(impact.get("dossiers").asInt() > 0, impact.toString());

        JsonNode explain = job(obj().put("kind", "explain").put("sample", "bases/tap-the-day-du.json"));
        assertTrue(explain.get("draft").asText().contains("TT3.1"), explain.toString());

        Answer pub = send("POST", "/api/publish", obj().put("reason", "TT3.1: 6 điểm mỗi vụ việc"));
        JsonNode v1 = await(pub.body().get("id").asText());
        assertTrue(v1.get("published").asBoolean(), v1.toString());
        assertTrue(Files.isSymbolicLink(published));

        host = RuleSets.watch(published, new RuleFolderListener() {
            @Override
            public void reloaded(RuleSetInfo now, RuleSetInfo before) {
                reloads.add(now.sha256());
            }

            @Override
            public void rejected(RuleSetInfo stillInUse, vn.gov.angiang.thidua.core.RuleFolderSnapshot candidate,
                                 List<RuleSetException.Problem> problems, List<String> failed) {
                reloads.add("rejected " + problems + failed);
            }
        }, Scenarios.gate());
        assertEquals(v1.get("version").get("sha256").asText(), host.ruleSet().sha256());

        save("criteria-collective.drl", get("/api/files/criteria-collective.drl").get("text").asText()
                + "\n// một chú thích\n");
        JsonNode v2 = await(send("POST", "/api/publish", obj().put("reason", "chú thích")).body().get("id").asText());
        String sha2 = v2.get("version").get("sha256").asText();
        waitFor(() -> host.ruleSet().sha256().equals(sha2));
        assertFalse(reloads.stream().anyMatch(r -> r.startsWith("rejected")), reloads.toString());

        JsonNode history = get("/api/history");
        assertEquals(2, history.size());
        assertEquals("chú thích", history.get(0).get("why").asText());
        JsonNode first = get("/api/history/" + history.get(1).get("commit").asText());
        assertTrue(first.get("drlDiff").asText().contains("criteria-collective.drl"));

        Answer restore = send("POST", "/api/restore", obj().put("commit", history.get(1).get("commit").asText())
                .put("reason", "quay lại bản 1"));
        assertEquals(200, restore.status(), String.valueOf(restore.body()));
        waitFor(() -> host.ruleSet().sha256().equals(v1.get("version").get("sha256").asText()));
        assertEquals(3, get("/api/history").size());
        assertEquals(404, call("GET", "/api/history/abcdef1", null, null).status());
        assertTrue(Files.readString(ws.resolve(".workbench/audit.log")).contains("\"restore\""));
    }

    @Test
    @Order(8)
    void rolesLoginsAndAccounts() throws Exception {
        Accounts accounts = server.accounts();
        accounts.add("bien-tap", Accounts.Role.editor, "mật khẩu dài".toCharArray());
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = other.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bien-tap\",\"password\":\"mật khẩu dài\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String token = Json.MAPPER.readTree(login.body()).get("csrf").asText();
        HttpResponse<String> publish = other.send(HttpRequest.newBuilder(URI.create(base + "/api/publish"))
                .header(WorkbenchServer.CSRF, token).POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"thử\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, publish.statusCode(), publish.body());

        int last = 0;
        for (int i = 0; i < Accounts.FREE_FAILURES + 1; i++) {
            last = call("POST", "/api/login", "{\"name\":\"bien-tap\",\"password\":\"sai\"}", null).status();
        }
        assertEquals(429, last);
        Path ws2 = root.resolve("ws2");
        RuleSets.exportDefaults(ws2, false);
        assertThrows(IllegalStateException.class, () -> new WorkbenchServer(ws2, null, "0.0.0.0", 0, null, 0));
    }

    @Test
    @Order(9)
    void uploadsAndAFindingAddedAsAScenario() throws Exception {
        String dossier = Files.readString(ws.resolve("bases/tap-the-day-du.json"), StandardCharsets.UTF_8);
        Answer up = send("POST", "/api/uploads", obj().put("name", "van-phong.json").put("text", dossier));
        assertEquals(200, up.status(), String.valueOf(up.body()));
        assertTrue(get("/api/samples").toString().contains("uploads/van-phong.json"));
        assertEquals(400, send("POST", "/api/uploads", obj().put("name", "../x.json").put("text", "{}")).status());

        String found = "{\"name\":\"tìm thấy\",\"consideredOn\":\"2026-11-25\",\"dossier\":" + dossier
                + ",\"expect\":{\"award\":\"BANG_KHEN\"}}";
        Answer add = send("POST", "/api/scenario-cases", obj().put("file", "tim-thay.scenario.json").put("case", found));
        assertEquals(200, add.status(), String.valueOf(add.body()));
        Answer again = send("POST", "/api/scenario-cases", obj().put("file", "tim-thay.scenario.json").put("case", found));
        assertEquals(200, again.status());
        assertEquals(2, Json.MAPPER.readTree(get("/api/files/tim-thay.scenario.json").get("text").asText())
                .get("cases").size());
        assertEquals(400, send("POST", "/api/scenario-cases", obj().put("file", "../x.scenario.json")
                .put("case", found)).status());
        assertEquals(400, send("POST", "/api/scenario-cases", obj().put("file", "y.scenario.json")
                .put("case", "[]")).status());
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 240 && !done.getAsBoolean(); i++) {
            Thread.sleep(250);
        }
        assertTrue(done.getAsBoolean(), "the host never saw the published version: " + reloads);
    }
}
