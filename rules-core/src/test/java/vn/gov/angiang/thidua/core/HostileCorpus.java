package vn.gov.angiang.thidua.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile rule files of {@code src/test/resources/hostile/}, one technique each. The first line
 * says what must happen: {@code expect: refused LINE} (validation refuses it at that line of the file)
 * or {@code expect: contained RULE} (it compiles, and every evaluation fails with an error naming RULE,
 * the host and the other dossiers unharmed). Shared with the tests of rules-drl (test-jar).
 */
public record HostileCorpus(String file, String text, boolean refused, int line, String rule) {

    private static final Pattern EXPECT = Pattern.compile("expect: (refused (\\d+)|contained (.+))$");

    public static List<HostileCorpus> all() {
        try {
            Path dir = Path.of(HostileCorpus.class.getResource("/hostile").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".drl")).sorted().map(HostileCorpus::read).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HostileCorpus read(Path p) {
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
            if (!m.find()) {
                throw new IllegalStateException(p + " does not say what to expect on its first line");
            }
            boolean refused = m.group(2) != null;
            return new HostileCorpus(p.getFileName().toString(), text, refused,
                    refused ? Integer.parseInt(m.group(2)) : 0, refused ? null : m.group(3).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
