package vn.gov.angiang.thidua.workbench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Publishing: a tested copy of the draft becomes a new version, recorded in a git repository (who, when, why, the
 * set's sha256; {@code git log -p} shows the DRL and scenario changes) and put in the published folder in one step.
 * <p>The published folder is a symbolic link to an immutable copy ({@code .workbench/versions/N}); publishing makes
 * the new copy, then a new link beside the old one, and renames it over the old one — one rename, so a host
 * following the folder with {@code RuleSets.watch} reads either the whole old set or the whole new one: the rule
 * loader resolves the link once and reads every file inside the copy it found. Restoring publishes an old version
 * again as a new one; history is never rewritten.
 */
final class Publisher {

    private final Workspace workspace;
    private final Path published;
    private final Path versions;
    private final Path history;

    Publisher(Workspace workspace, Path published) {
        this.workspace = workspace;
        this.published = published.toAbsolutePath().normalize();
        this.versions = workspace.state().resolve("versions");
        this.history = workspace.state().resolve("history");
        if (Files.exists(this.published, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(this.published)) {
            throw new IllegalArgumentException("Thư mục xuất bản đã có và không do bàn làm việc tạo; chọn thư mục "
                    + "khác / the published folder exists and was not made by the workbench: choose another, or "
                    + "remove it: " + this.published);
        }
    }

    Path published() {
        return published;
    }

    /** Whether anything was published yet. */
    boolean any() {
        return Files.isDirectory(published);
    }

    /**
     * Publishes the files of {@code copy} (already validated and tested) as a new version.
     *
     * @return the version: number, commit, sha256
     */
    synchronized ObjectNode publish(Path copy, String sha256, String user, String reason, String action) {
        try {
            Files.createDirectories(versions);
            int n;
            try (Stream<Path> s = Files.list(versions)) {
                n = s.map(p -> p.getFileName().toString()).filter(x -> x.matches("\\d+"))
                        .mapToInt(Integer::parseInt).max().orElse(0) + 1;
            }
            Path version = versions.resolve(Integer.toString(n));
            Path staging = versions.resolve(".staging-" + n);
            Jobs.deleteTree(staging);
            copyRules(copy, staging);
            Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
            String commit = record(version, sha256, user, reason, n, action);
            swap(version);
            return Json.MAPPER.createObjectNode().put("version", n).put("commit", commit).put("sha256", sha256)
                    .put("published", published.toString());
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("Xuất bản thất bại / publishing failed: " + e.getMessage(), e);
        }
    }

    /** The new link is made beside the old one, then renamed over it: one step for whoever follows the folder. */
    private void swap(Path version) throws IOException {
        Files.createDirectories(published.getParent());
        Path link = published.resolveSibling("." + published.getFileName() + ".next");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, version.toAbsolutePath());
        Files.move(link, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyRules(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from, 4)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString();
                if (rel.startsWith(".")) {
                    continue;
                }
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private String record(Path version, String sha256, String user, String reason, int n, String action)
            throws IOException, GitAPIException {
        try (Git git = Files.isDirectory(history.resolve(".git")) ? Git.open(history.toFile())
                : Git.init().setDirectory(history.toFile()).setInitialBranch("main").call()) {
            try (Stream<Path> s = Files.list(history)) {
                for (Path p : s.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
                    Jobs.deleteTree(p);
                }
            }
            copyRules(version, history);
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent(user, user + "@thidua-workbench", Instant.now(),
                    java.time.ZoneId.systemDefault());
            RevCommit c = git.commit().setAuthor(who).setCommitter(who).setAllowEmpty(true)
                    .setMessage(reason.strip() + "\n\nThidua-Version: " + n + "\nThidua-Action: " + action
                            + "\nThidua-Sha256: " + sha256 + "\n").call();
            return c.getName();
        }
    }

    /** The versions, newest first: number, commit, who, when, why, sha256. */
    synchronized ArrayNode list() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        if (!Files.isDirectory(history.resolve(".git"))) {
            return out;
        }
        try (Git git = Git.open(history.toFile())) {
            for (RevCommit c : git.log().call()) {
                out.add(describe(c));
            }
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static ObjectNode describe(RevCommit c) {
        String msg = c.getFullMessage();
        return Json.MAPPER.createObjectNode().put("commit", c.getName())
                .put("version", trailer(msg, "Thidua-Version")).put("action", trailer(msg, "Thidua-Action"))
                .put("sha256", trailer(msg, "Thidua-Sha256")).put("who", c.getAuthorIdent().getName())
                .put("when", c.getAuthorIdent().getWhenAsInstant().toString()).put("why", c.getShortMessage());
    }

    private static String trailer(String msg, String key) {
        return msg.lines().filter(l -> l.startsWith(key + ": ")).map(l -> l.substring(key.length() + 2))
                .findFirst().orElse("");
    }

    /** One version with its changes against the one before: the DRL files and the scenario files, as unified diffs. */
    synchronized ObjectNode show(String commit) {
        try (Git git = Git.open(history.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repo = git.getRepository();
            RevCommit c = walk.parseCommit(resolve(repo, commit));
            ObjectNode out = describe(c);
            ByteArrayOutputStream drl = new ByteArrayOutputStream();
            ByteArrayOutputStream scenarios = new ByteArrayOutputStream();
            try (DiffFormatter drlDiff = new DiffFormatter(drl); DiffFormatter scenarioDiff = new DiffFormatter(scenarios)) {
                drlDiff.setRepository(repo);
                scenarioDiff.setRepository(repo);
                RevCommit parent = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
                for (DiffEntry d : drlDiff.scan(parent == null ? null : parent.getTree(), c.getTree())) {
                    String path = d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath();
                    (path.endsWith(".drl") || path.endsWith(".properties") ? drlDiff : scenarioDiff).format(d);
                }
            }
            out.put("drlDiff", drl.toString(StandardCharsets.UTF_8));
            out.put("scenarioDiff", scenarios.toString(StandardCharsets.UTF_8));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectId resolve(Repository repo, String commit) throws IOException {
        if (commit == null || !commit.matches("[0-9a-f]{7,40}")) {
            throw new ApiError(400, "mã phiên bản không hợp lệ", "not a version id: " + commit);
        }
        ObjectId id = repo.resolve(commit + "^{commit}");
        if (id == null) {
            throw new ApiError(404, "không có phiên bản " + commit, "no such version: " + commit);
        }
        return id;
    }

    /** The files of an old version, written into {@code target}, and its sha256. */
    synchronized String checkout(String commit, Path target) {
        try (Git git = Git.open(history.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repo = git.getRepository();
            RevCommit c = walk.parseCommit(resolve(repo, commit));
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(c.getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    ObjectLoader blob = repo.open(tw.getObjectId(0));
                    Path file = target.resolve(tw.getPathString()).normalize();
                    if (!file.startsWith(target)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(file, blob.getBytes());
                }
            }
            return trailer(c.getFullMessage(), "Thidua-Sha256");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
