package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the workbench: accounts (name, role, bcrypt hash) in {@code .workbench/users.json}, sessions held in
 * memory with a CSRF token each, and logins throttled per name after repeated failures.
 */
final class Accounts {

    /** What a person may do: editors change and test drafts; publishers also publish and restore. */
    enum Role { editor, publisher }

    /** A logged-in person. */
    record Session(String user, Role role, String csrf) {
    }

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);

    private final Path file;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Failures(int count, Instant lockedUntil) {
    }

    Accounts(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** A name a person types: letters, digits, dot, dash, underscore; also the name of their drafts' folder. */
    static String checkName(String name) {
        if (name == null || !name.matches("[\\p{L}\\p{N}_.-]{1,64}") || name.startsWith(".")) {
            throw new ApiError(400, "tên người dùng không hợp lệ", "not a valid user name: " + name);
        }
        return name;
    }

    synchronized boolean any() {
        return read().size() > 0;
    }

    synchronized void add(String name, Role role, char[] password) {
        checkName(name);
        if (password.length < 8) {
            throw new IllegalArgumentException("mật khẩu phải có ít nhất 8 ký tự / the password needs 8 characters or more");
        }
        ObjectNode users = read();
        users.putObject(name).put("role", role.name()).put("hash", bcrypt.encode(new String(password)));
        try {
            Files.createDirectories(file.getParent());
            Workspace.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(users));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new session for name and password, or an error: wrong password (401) or too many attempts (429). */
    Session login(String name, String password) {
        checkName(name);
        Failures f = failures.get(name);
        Instant now = clock.instant();
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            throw new ApiError(429, "đăng nhập sai quá nhiều lần, hãy thử lại sau "
                    + Duration.between(now, f.lockedUntil()).toSeconds() + " giây",
                    "too many failed logins: try again later");
        }
        JsonNode user;
        synchronized (this) {
            user = read().get(name);
        }
        boolean ok = user != null && password != null && bcrypt.matches(password, user.path("hash").asText());
        if (!ok) {
            int count = f == null ? 1 : f.count() + 1;
            Instant lock = count >= FREE_FAILURES
                    ? now.plus(FIRST_LOCK.multipliedBy(1L << Math.min(10, count - FREE_FAILURES))) : null;
            failures.put(name, new Failures(count, lock));
            throw new ApiError(401, "sai tên hoặc mật khẩu", "wrong name or password");
        }
        failures.remove(name);
        return open(name, Role.valueOf(user.path("role").asText()));
    }

    /** A session without a password: the person at the machine, on a loopback address. */
    Session open(String name, Role role) {
        Session s = new Session(name, role, token());
        sessions.put(token(s), s);
        return s;
    }

    /** The cookie value of a session (kept apart from its CSRF token). */
    private final Map<Session, String> cookies = new ConcurrentHashMap<>();

    private String token(Session s) {
        return cookies.computeIfAbsent(s, x -> token());
    }

    String cookieOf(Session s) {
        return token(s);
    }

    Session session(String cookie) {
        return cookie == null ? null : sessions.get(cookie);
    }

    void close(String cookie) {
        Session s = cookie == null ? null : sessions.remove(cookie);
        if (s != null) {
            cookies.remove(s);
        }
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private ObjectNode read() {
        try {
            if (!Files.isRegularFile(file)) {
                return Json.MAPPER.createObjectNode();
            }
            return (ObjectNode) Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
