package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The audit log: one JSON line per login, save, publication and restoration — who, when, what. */
final class Audit {

    private final Path file;

    Audit(Path file) {
        this.file = file;
    }

    synchronized void record(String user, String action, String what) {
        ObjectNode line = Json.MAPPER.createObjectNode().put("at", Instant.now().toString()).put("user", user)
                .put("action", action).put("what", what);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }
}
