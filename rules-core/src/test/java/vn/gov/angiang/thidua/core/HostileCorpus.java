package vn.gov.angiang.thidua.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile rule files of {@code src/test/resources/hostile/}, one technique each. The first line
 * says what must happen: {@code expect: refused LINE} (validation refuses it at that line of the file),
 * {@code expect: contained RULE} (it compiles, and every evaluation fails with an error naming RULE,
 * the host and the other dossiers unharmed) or {@code expect: isolated} (it compiles and runs, and what
 * it does to one dossier never reaches another: each dossier's evaluation in a batch is its evaluation
 * alone in a fresh evaluator). Shared with the tests of rules-drl (test-jar).
 */
public record HostileCorpus(String file, String text, boolean refused, int line, String rule) {

    private static final Pattern EXPECT = Pattern.compile("expect: (refused (\\d+)|contained (.+)|isolated)$");

    /** True for a file that compiles and must only be kept from carrying anything between dossiers. */
    public boolean isolated() {
        return !refused && rule == null;
    }

    /** The files named in {@code hostile/index.txt} (read from the classpath, so from the test-jar as well). */
    public static List<HostileCorpus> all() {
        return names().stream().map(HostileCorpus::read).toList();
    }

    static List<String> names() {
        return text("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static HostileCorpus read(String name) {
        String text = text(name);
        Matcher m = EXPECT.matcher(text.lines().findFirst().orElse(""));
        if (!m.find()) {
            throw new IllegalStateException(name + " does not say what to expect on its first line");
        }
        boolean refused = m.group(2) != null;
        return new HostileCorpus(name, text, refused, refused ? Integer.parseInt(m.group(2)) : 0,
                m.group(3) == null ? null : m.group(3).strip());
    }

    private static String text(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("hostile/" + name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
