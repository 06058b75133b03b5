package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The embedded default rule set as files: its DRL, {@code ruleset.properties} and the scenario files
 * beside them, read from the classpath (a jar or a folder) and written into a folder that policy staff
 * edit, validate and test. The precompiled kjar is not copied: an edited folder is compiled as it stands.
 */
final class DefaultRuleFolder {

    private static final String BASE = RuleSets.DEFAULT_FOLDER + "/";

    private DefaultRuleFolder() {
    }

    /** Writes the folder into {@code target}; refuses a folder that is not empty unless {@code overwrite}. */
    static List<Path> export(Path target, boolean overwrite) {
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new RuleSetException("Not a folder (không phải thư mục): " + target, List.of());
            }
            if (!overwrite && Files.isDirectory(target)) {
                try (Stream<Path> s = Files.list(target)) {
                    if (s.findAny().isPresent()) {
                        throw new RuleSetException("The folder " + target + " is not empty: choose an empty one, or"
                                + " overwrite its files with --force (thư mục không trống: chọn thư mục trống, hoặc"
                                + " ghi đè bằng --force)", List.of());
                    }
                }
            }
            List<Path> written = new ArrayList<>();
            ClassLoader loader = DefaultRuleFolder.class.getClassLoader();
            for (String name : names(loader)) {
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target.normalize())) {
                    continue; // never write outside the target, whatever a jar holds
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = loader.getResourceAsStream(BASE + name)) {
                    Files.write(file, in.readAllBytes());
                }
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rule folder " + target, e);
        }
    }

    /** The files of the default rule set on the classpath, relative to its folder, precompiled files left out. */
    private static List<String> names(ClassLoader loader) throws IOException {
        URL descriptor = loader.getResource(BASE + RuleSource.DESCRIPTOR);
        if (descriptor == null) {
            throw new RuleSetException("The default rule set is not on the classpath: add the rules-drl artifact",
                    List.of());
        }
        List<String> names = new ArrayList<>();
        if (descriptor.getProtocol().equals("jar")) {
            JarURLConnection c = (JarURLConnection) descriptor.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(BASE)) {
                        names.add(entry.getName().substring(BASE.length()));
                    }
                }
            }
        } else {
            try {
                Path dir = Path.of(descriptor.toURI()).getParent();
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
                }
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        names.removeIf(n -> n.startsWith(Precompiler.KJAR) || n.startsWith(Precompiler.SHA256));
        names.sort(null);
        return names;
    }
}
