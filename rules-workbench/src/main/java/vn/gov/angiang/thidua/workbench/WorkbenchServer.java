package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workbench's HTTP server: the page, and the API under {@code /api} that the page uses and nothing else (its
 * OpenAPI document is {@code /api/openapi.json}). On a loopback address the person at the machine works without a
 * login; on any other address accounts are required. Every request that changes something carries the session's
 * CSRF token in {@code X-CSRF-Token}.
 */
final class WorkbenchServer implements AutoCloseable {

    static final String COOKIE = "thidua_session";
    static final String CSRF = "X-CSRF-Token";
    /** The largest request body: a rule file (2 MiB) as JSON, with room for escapes. */
    static final long MAX_BODY = 5L * 1024 * 1024;
    static final String DEFAULT_DAY = "2026-11-25";

    private final Workspace workspace;
    private final Drafts drafts;
    private final Accounts accounts;
    private final Audit audit;
    private final Jobs jobs;
    private final Publisher publisher;
    private final boolean loopback;
    private final String host;
    private final int port;
    private final long searchTries;
    private Javalin app;

    WorkbenchServer(Path workspace, Path published, String host, int port, Jobs.Limits limits, long searchTries)
            throws IOException {
        this.workspace = new Workspace(workspace);
        this.drafts = new Drafts(this.workspace);
        this.accounts = new Accounts(this.workspace.state().resolve("users.json"), Clock.systemUTC());
        this.audit = new Audit(this.workspace.state().resolve("audit.log"));
        this.jobs = new Jobs(limits);
        this.publisher = new Publisher(this.workspace, published != null ? published
                : this.workspace.state().resolve("published"));
        this.host = host;
        this.port = port;
        this.searchTries = searchTries;
        this.loopback = InetAddress.getByName(host).isLoopbackAddress();
        if (!loopback && !accounts.any()) {
            throw new IllegalStateException("Trên địa chỉ " + host + " cần có tài khoản: thidua workbench user add "
                    + "TÊN --role editor|publisher / on a non-loopback address the workbench needs accounts: "
                    + "thidua workbench user add NAME --role editor|publisher");
        }
    }

    Accounts accounts() {
        return accounts;
    }

    Publisher publisher() {
        return publisher;
    }

    Workspace workspace() {
        return workspace;
    }

    /** Starts serving; returns the port (a random one when 0 was asked). */
    int start() {
        app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.host = host;
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/workbench", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.exception(ApiError.class, (e, ctx) -> {
                ObjectNode body = Json.MAPPER.createObjectNode().put("error", e.getMessage());
                if (e.details() != null) {
                    body.setAll((ObjectNode) Json.MAPPER.valueToTree(e.details()));
                }
                ctx.status(e.status()).contentType("application/json; charset=utf-8").result(body.toString());
            });
            config.routes.exception(com.fasterxml.jackson.core.JacksonException.class, (e, ctx) ->
                    error(ctx, 400, "nội dung gửi lên không phải JSON hợp lệ / the request body is not valid JSON"));
            config.routes.before("/api/*", this::guard);
            config.routes.get("/api/openapi.json", ctx -> resource(ctx, "/workbench/openapi.json", "application/json"));
            config.routes.get("/api/session", this::session);
            config.routes.post("/api/login", this::login);
            config.routes.post("/api/logout", ctx -> {
                accounts.close(ctx.cookie(COOKIE));
                ctx.removeCookie(COOKIE, "/");
                json(ctx, Json.MAPPER.createObjectNode().put("ok", true));
            });
            config.routes.get("/api/files", ctx -> json(ctx, Json.MAPPER.valueToTree(workspace.files())));
            config.routes.get("/api/files/<name>", ctx -> json(ctx, Json.MAPPER.valueToTree(workspace.read(ctx.pathParam("name")))));
            config.routes.put("/api/files/<name>", this::save);
            config.routes.get("/api/drafts/<name>", ctx -> {
                String text = drafts.get(user(ctx).user(), ctx.pathParam("name"));
                if (text == null) {
                    throw new ApiError(404, "không có bản nháp", "no draft of this file");
                }
                json(ctx, Json.MAPPER.createObjectNode().put("name", ctx.pathParam("name")).put("text", text));
            });
            config.routes.put("/api/drafts/<name>", ctx -> {
                drafts.put(user(ctx).user(), ctx.pathParam("name"), field(body(ctx), "text"));
                json(ctx, Json.MAPPER.createObjectNode().put("ok", true));
            });
            config.routes.delete("/api/drafts/<name>", ctx -> {
                drafts.delete(user(ctx).user(), ctx.pathParam("name"));
                json(ctx, Json.MAPPER.createObjectNode().put("ok", true));
            });
            config.routes.post("/api/jobs", this::job);
            config.routes.get("/api/jobs/{id}", ctx -> {
                Jobs.Job job = jobs.get(ctx.pathParam("id"));
                if (job == null) {
                    throw new ApiError(404, "không có công việc này", "no such job");
                }
                json(ctx, view(job));
            });
            config.routes.get("/api/samples", ctx -> json(ctx, Json.MAPPER.valueToTree(samples().stream()
                    .map(p -> workspace.root().relativize(p).toString()).toList())));
            config.routes.post("/api/uploads", this::upload);
            config.routes.post("/api/scenario-cases", this::addCase);
            config.routes.post("/api/publish", this::publish);
            config.routes.get("/api/history", ctx -> json(ctx, publisher.list()));
            config.routes.get("/api/history/{commit}", ctx -> json(ctx, publisher.show(ctx.pathParam("commit"))));
            config.routes.post("/api/restore", this::restore);
        });
        app.start();
        return app.port();
    }

    /** Size limit, session and CSRF token of every API request; the login and the session itself excepted. */
    private void guard(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            throw new ApiError(413, "nội dung gửi lên quá lớn", "the request body is larger than " + MAX_BODY + " bytes");
        }
        String path = ctx.path();
        if (path.equals("/api/openapi.json") || path.equals("/api/session") || path.equals("/api/login")) {
            return;
        }
        Accounts.Session s = accounts.session(ctx.cookie(COOKIE));
        if (s == null) {
            throw new ApiError(401, "cần đăng nhập", "log in first");
        }
        HandlerType m = ctx.method();
        if (m != HandlerType.GET && m != HandlerType.HEAD && !s.csrf().equals(ctx.header(CSRF))) {
            throw new ApiError(403, "thiếu hoặc sai mã chống giả mạo (CSRF)", "missing or wrong CSRF token");
        }
        ctx.attribute("session", s);
    }

    private static Accounts.Session user(Context ctx) {
        return ctx.attribute("session");
    }

    private static void requirePublisher(Context ctx) {
        if (user(ctx).role() != Accounts.Role.publisher) {
            throw new ApiError(403, "chỉ người xuất bản được làm việc này", "only a publisher may do this");
        }
    }

    private void session(Context ctx) {
        Accounts.Session s = accounts.session(ctx.cookie(COOKIE));
        if (s == null && loopback) {
            String name = System.getProperty("user.name", "local").replaceAll("[^\\p{L}\\p{N}_.-]", "_");
            s = accounts.open(name.isEmpty() || name.startsWith(".") ? "local" : name, Accounts.Role.publisher);
            setCookie(ctx, s);
        }
        ObjectNode out = Json.MAPPER.createObjectNode().put("loginRequired", !loopback).put("loggedIn", s != null);
        if (s != null) {
            out.put("user", s.user()).put("role", s.role().name()).put("csrf", s.csrf());
        }
        out.put("published", publisher.published().toString());
        json(ctx, out);
    }

    private void setCookie(Context ctx, Accounts.Session s) {
        ctx.cookie(new Cookie(COOKIE, accounts.cookieOf(s), "/", -1, false, true, null, SameSite.STRICT));
    }

    private void login(Context ctx) {
        JsonNode body = body(ctx);
        try {
            Accounts.Session s = accounts.login(field(body, "name"), field(body, "password"));
            setCookie(ctx, s);
            audit.record(s.user(), "login", ctx.ip());
            json(ctx, Json.MAPPER.createObjectNode().put("user", s.user()).put("role", s.role().name())
                    .put("csrf", s.csrf()));
        } catch (ApiError e) {
            audit.record(body.path("name").asText(""), "login refused", ctx.ip() + " " + e.status());
            throw e;
        }
    }

    private void save(Context ctx) {
        JsonNode body = body(ctx);
        String name = ctx.pathParam("name");
        Workspace.Text t = workspace.save(name, field(body, "text"), body.path("baseSha256").asText(null));
        drafts.delete(user(ctx).user(), name);
        audit.record(user(ctx).user(), "save", name + " " + t.sha256());
        json(ctx, Json.MAPPER.createObjectNode().put("name", name).put("sha256", t.sha256()));
    }

    private void upload(Context ctx) {
        JsonNode body = body(ctx);
        String name = field(body, "name");
        if (!name.matches("[\\p{L}\\p{N}_.-]{1,80}\\.(json|jsonl)")) {
            throw new ApiError(400, "tên tệp hồ sơ phải kết thúc bằng .json hoặc .jsonl", "a dossier file name ends in"
                    + " .json or .jsonl: " + name);
        }
        Path file = workspace.state().resolve("uploads").resolve(name);
        Workspace.write(file, field(body, "text"));
        audit.record(user(ctx).user(), "upload", name);
        json(ctx, Json.MAPPER.createObjectNode().put("name", "uploads/" + name));
    }

    /**
     * Adds a scenario case (a search finding, as the impact job wrote it) to a scenario file, after its last case,
     * leaving the rest of the file as it was; a new file is made when there is none.
     */
    private void addCase(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        String file = field(body, "file");
        if (!file.endsWith(".scenario.json") || file.contains("/")) {
            throw new ApiError(400, "tệp kịch bản phải nằm trong thư mục quy tắc và kết thúc bằng .scenario.json",
                    "a scenario file lies in the rule folder and ends in .scenario.json: " + file);
        }
        JsonNode c = Json.MAPPER.readTree(field(body, "case"));
        if (c == null || !c.isObject() || !c.has("expect")) {
            throw new ApiError(400, "trường hợp kịch bản phải là một đối tượng JSON có \"expect\"",
                    "a scenario case is a JSON object with \"expect\"");
        }
        String text;
        String base = null;
        if (Files.isRegularFile(workspace.resolve(file))) {
            Workspace.Text t = workspace.read(file);
            base = t.sha256();
            int end = t.text().lastIndexOf(']');
            if (end < 0 || !Json.MAPPER.readTree(t.text()).path("cases").isArray()) {
                throw new ApiError(400, "tệp kịch bản không có danh sách cases", "the scenario file has no cases list");
            }
            text = t.text().substring(0, end).stripTrailing() + ",\n    " + c + "\n  " + t.text().substring(end);
            Json.MAPPER.readTree(text); // still one JSON document
        } else {
            ObjectNode doc = Json.MAPPER.createObjectNode().put("description",
                    "Trường hợp tìm thấy khi xem ảnh hưởng / cases found by the impact search");
            doc.putArray("cases").add(c);
            text = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        }
        Workspace.Text saved = workspace.save(file, text, base);
        audit.record(user(ctx).user(), "add scenario case", file + " " + saved.sha256());
        json(ctx, Json.MAPPER.createObjectNode().put("name", file).put("sha256", saved.sha256()));
    }

    /** The dossiers impact runs over: the scenario bases in the workspace, and those uploaded for it. */
    private List<Path> samples() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(workspace.root().resolve("bases"), workspace.state().resolve("uploads"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted()
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    private void job(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        String kind = field(body, "kind");
        String day = body.path("consideredOn").asText(DEFAULT_DAY);
        LocalDate.parse(day);
        String publishedArg = publisher.any() ? publisher.published().toString() : "-";
        Jobs.Job job = switch (kind) {
            case "validate", "test" -> jobs.submit(kind, user(ctx).user(), dir -> {
                workspace.copyTo(dir);
                return List.of(kind, dir.toString());
            }, null);
            case "explain" -> {
                String dossier = body.has("sample") ? Files.readString(sample(body.get("sample").asText()),
                        StandardCharsets.UTF_8) : field(body, "dossier");
                yield jobs.submit(kind, user(ctx).user(), dir -> {
                    workspace.copyTo(dir);
                    Path d = dir.resolve(".dossier.json");
                    Workspace.write(d, dossier);
                    return List.of(kind, dir.toString(), publishedArg, d.toString(), day);
                }, null);
            }
            case "impact" -> {
                List<String> files = samples().stream().map(Path::toString).toList();
                long tries = body.path("tries").asLong(searchTries);
                yield jobs.submit(kind, user(ctx).user(), dir -> {
                    workspace.copyTo(dir);
                    List<String> args = new ArrayList<>(List.of(kind, dir.toString(), publishedArg, day,
                            Long.toString(Math.max(0, Math.min(tries, 100_000)))));
                    args.addAll(files);
                    return args;
                }, null);
            }
            case "accept" -> {
                List<String> pairs = new ArrayList<>();
                if (body.has("cases")) {
                    for (JsonNode c : body.get("cases")) {
                        pairs.add(field(c, "file"));
                        pairs.add(field(c, "case"));
                    }
                } else {
                    pairs.add(field(body, "file"));
                    pairs.add(field(body, "case"));
                }
                for (int i = 0; i < pairs.size(); i += 2) {
                    workspace.resolve(pairs.get(i));
                }
                String user = user(ctx).user();
                yield jobs.submit(kind, user, dir -> {
                    workspace.copyTo(dir);
                    List<String> args = new ArrayList<>(List.of(kind, dir.toString()));
                    args.addAll(pairs);
                    return args;
                }, (answer, dir) -> {
                    if (answer.path("ok").asBoolean() && answer.has("files")) {
                        answer.get("files").fields().forEachRemaining(f -> {
                            Workspace.Text before = workspace.read(f.getKey());
                            Workspace.Text after = workspace.save(f.getKey(), f.getValue().asText(), before.sha256());
                            audit.record(user, "accept", f.getKey() + " " + after.sha256());
                        });
                    }
                    return answer;
                });
            }
            default -> throw new ApiError(400, "loại công việc không có: " + kind, "unknown job kind: " + kind
                    + " (validate, test, explain, impact, accept)");
        };
        ctx.status(202);
        json(ctx, view(job));
    }

    private Path sample(String name) {
        try {
            for (Path p : samples()) {
                if (workspace.root().relativize(p).toString().equals(name)) {
                    return p;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ApiError(404, "không có hồ sơ mẫu " + name, "no such sample dossier: " + name);
    }

    /** Publishing: the draft is copied, validated and tested in the child JVM, and that very copy is published. */
    private void publish(Context ctx) {
        requirePublisher(ctx);
        String reason = field(body(ctx), "reason").strip();
        if (reason.length() < 3) {
            throw new ApiError(400, "cần ghi lý do thay đổi", "a reason for the change is required");
        }
        String user = user(ctx).user();
        Jobs.Job job = jobs.submit("publish", user, dir -> {
            workspace.copyTo(dir);
            return List.of("test", dir.toString());
        }, (answer, dir) -> {
            ObjectNode a = (ObjectNode) answer;
            if (!answer.path("problems").isArray() || !answer.path("problems").isEmpty()
                    || answer.path("failed").asInt(1) != 0) {
                a.put("published", false).put("why", "bản nháp còn lỗi hoặc có kịch bản không đạt, chưa xuất bản / the"
                        + " draft has problems or failing scenarios: nothing was published");
                return a;
            }
            ObjectNode v = publisher.publish(dir, answer.path("ruleSet").path("sha256").asText(), user, reason,
                    "publish");
            audit.record(user, "publish", "version " + v.get("version").asText() + " " + v.get("sha256").asText()
                    + " — " + reason);
            a.put("published", true).set("version", v);
            return a;
        });
        ctx.status(202);
        json(ctx, view(job));
    }

    /** Restoring publishes an old version again as a new one, and puts its files back in the workspace. */
    private void restore(Context ctx) throws IOException {
        requirePublisher(ctx);
        JsonNode body = body(ctx);
        String commit = field(body, "commit");
        String reason = body.path("reason").asText("").strip();
        Path dir = Files.createTempDirectory("thidua-restore-");
        try {
            String sha = publisher.checkout(commit, dir);
            String why = reason.isEmpty() ? "Khôi phục phiên bản " + commit.substring(0, Math.min(7, commit.length()))
                    : reason;
            ObjectNode v = publisher.publish(dir, sha, user(ctx).user(), why, "restore " + commit);
            workspace.replaceWith(dir);
            audit.record(user(ctx).user(), "restore", commit + " as version " + v.get("version").asText() + " — " + why);
            json(ctx, v);
        } finally {
            Jobs.deleteTree(dir);
        }
    }

    private ObjectNode view(Jobs.Job job) {
        ObjectNode out = Json.MAPPER.createObjectNode().put("id", job.id).put("kind", job.kind).put("state", job.state)
                .put("position", jobs.position(job));
        if (job.result != null) {
            out.set("result", job.result);
        }
        return out;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new ApiError(400, "nội dung gửi lên phải là một đối tượng JSON", "the body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new ApiError(400, "nội dung gửi lên không phải JSON hợp lệ", "the body is not valid JSON");
        }
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || !v.isTextual()) {
            throw new ApiError(400, "thiếu trường " + name, "missing text field \"" + name + "\"");
        }
        return v.asText();
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(Json.MAPPER.createObjectNode().put("error", message).toString());
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WorkbenchServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ApiError(404, "không có", "not found");
            }
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    String address() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        jobs.close();
    }
}
