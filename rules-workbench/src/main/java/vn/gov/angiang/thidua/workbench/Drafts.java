package vn.gov.angiang.thidua.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * What each person has typed and not yet saved, kept on disk as they type ({@code .workbench/drafts/USER/FILE}), so
 * that neither a closed tab nor a restart of the server loses it. A draft is theirs alone; saving puts it in the
 * shared workspace.
 */
final class Drafts {

    private final Workspace workspace;

    Drafts(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The draft of {@code user} for file {@code name}, or null. */
    String get(String user, String name) {
        Path p = path(user, name);
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(String user, String name, String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (nfc.getBytes(StandardCharsets.UTF_8).length > Workspace.MAX_FILE_BYTES) {
            throw new ApiError(413, "bản nháp lớn hơn 2 MiB", "the draft is larger than 2 MiB");
        }
        Workspace.write(path(user, name), nfc);
    }

    void delete(String user, String name) {
        try {
            Files.deleteIfExists(path(user, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String user, String name) {
        Path file = workspace.resolve(name); // the same names, and the same checks, as the files themselves
        String rel = workspace.root().relativize(file).toString();
        return workspace.state().resolve("drafts").resolve(Accounts.checkName(user)).resolve(rel);
    }
}
