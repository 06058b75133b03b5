package vn.gov.angiang.thidua.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service started on a random port and called over HTTP, as a client would. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.vn.gov.angiang.thidua.core.DroolsEvaluator=DEBUG",
        "logging.pattern.console=%level %logger [%X{dossierId}] %msg%n"})
class ThiDuaApplicationIT {

    private static final Path DOSSIERS = Path.of("..", "dossiers");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void oneSampleDossierIsAnsweredWithItsEvaluation() throws Exception {
        HttpResponse<String> r = post("/evaluations?consideredOn=2026-11-25", sample("01-tap-the-bang-khen.json"));
        assertEquals(200, r.statusCode(), r::body);
        JsonNode e = JSON.readTree(r.body());
        assertEquals("BQLKKT-2026-TT-001", e.get("dossierId").asText());
        assertEquals("BANG_KHEN", e.get("award").asText());
        assertEquals("2026-11-25", e.get("consideredOn").asText());
        assertTrue(e.get("score").isNumber(), r::body);
    }

    @Test
    void anArrayOfDossiersIsAnsweredWithAnArrayOfEvaluationsInOrder() throws Exception {
        String body = "[" + sample("01-tap-the-bang-khen.json") + "," + sample("11-ca-nhan-giay-khen.json") + "]";
        HttpResponse<String> r = post("/evaluations?consideredOn=2026-11-25", body);
        assertEquals(200, r.statusCode(), r::body);
        JsonNode a = JSON.readTree(r.body());
        assertEquals(2, a.size());
        assertEquals("BANG_KHEN", a.get(0).get("award").asText());
        assertEquals("GIAY_KHEN", a.get(1).get("award").asText());
    }

    @Test
    void aDossierWithABadDateIsA400ProblemNamingTheDossierAndTheField() throws Exception {
        String bad = sample("01-tap-the-bang-khen.json").replaceFirst("\"2026-0(\\d)-(\\d\\d)\"", "\"2026-02-30\"");
        HttpResponse<String> r = post("/evaluations", bad);
        assertEquals(400, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertEquals(400, p.get("status").asInt());
        assertEquals("urn:thidua:problem:invalid-dossier", p.get("type").asText());
        assertEquals("BQLKKT-2026-TT-001", p.get("dossierId").asText());
        assertEquals("INVALID_DOSSIER", p.get("code").asText());
        assertEquals("INVALID_DATE", p.get("kind").asText());
        assertTrue(p.get("field").asText().endsWith("date"), r::body);
        assertTrue(p.get("detail").asText().contains("2026-02-30"), r::body);
    }

    @Test
    void malformedJsonIsA400ProblemWithItsLineAndColumn() throws Exception {
        HttpResponse<String> r = post("/evaluations", "{\"id\": \"HS-9\", \"nominee\": ");
        assertEquals(400, r.statusCode(), r::body);
        JsonNode p = JSON.readTree(r.body());
        assertEquals("MALFORMED_JSON", p.get("code").asText());
        assertTrue(p.has("line"), r::body);
    }

    @Test
    void inAnArrayEveryInvalidDossierIsListedAndNothingIsEvaluated() throws Exception {
        String good = sample("01-tap-the-bang-khen.json");
        String body = "[" + good + "," + good.replaceFirst("\"kind\"", "\"knd\"") + "]";
        HttpResponse<String> r = post("/evaluations", body);
        assertEquals(400, r.statusCode(), r::body);
        JsonNode p = JSON.readTree(r.body());
        assertEquals(1, p.get("errors").size());
        assertEquals(1, p.get("errors").get(0).get("index").asInt());
        assertEquals("UNKNOWN_FIELD", p.get("errors").get(0).get("kind").asText());
    }

    @Test
    void aDayThatIsNotADateIsA400ProblemNamingTheParameter() throws Exception {
        HttpResponse<String> r = post("/evaluations?consideredOn=25-11-2026", sample("01-tap-the-bang-khen.json"));
        assertEquals(400, r.statusCode(), r::body);
        assertEquals("consideredOn", JSON.readTree(r.body()).path("field").asText(), r::body);
    }

    @Test
    void theRuleSetInUseIsNamedWithItsSha256() throws Exception {
        HttpResponse<String> r = get("/rule-set");
        assertEquals(200, r.statusCode(), r::body);
        JsonNode info = JSON.readTree(r.body());
        assertEquals("an-giang-bqlkkt-2026", info.get("id").asText());
        assertFalse(info.get("version").asText().isBlank());
        assertTrue(info.get("sha256").asText().matches("[0-9a-f]{64}"), r::body);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertEquals(200, r.statusCode(), r::body);
        assertEquals("UP", JSON.readTree(r.body()).get("status").asText());
    }

    @Test
    void theLibrarySaysNothingAtInfoAndAtDebugNamesTheRulesThatFiredWithTheDossierInTheMdc(CapturedOutput output)
            throws Exception {
        // The context (and the evaluator in it) started before this test: the capture holds the start-up too.
        for (String line : output.getAll().lines().toList()) {
            boolean library = line.contains(" org.drools.") || line.contains(" org.kie.")
                    || line.contains(" vn.gov.angiang.thidua.core.") || line.contains(" vn.gov.angiang.thidua.api.");
            assertFalse(library && (line.startsWith("INFO") || line.startsWith("WARN")), line);
        }
        post("/evaluations?consideredOn=2026-11-25", sample("01-tap-the-bang-khen.json"));
        assertTrue(output.getAll().lines().anyMatch(l -> l.startsWith("DEBUG vn.gov.angiang.thidua.core.DroolsEvaluator"
                + " [BQLKKT-2026-TT-001] Dossier BQLKKT-2026-TT-001: fired \"")), output::getAll);
    }

    private static String sample(String name) throws IOException {
        return Files.readString(DOSSIERS.resolve(name), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
