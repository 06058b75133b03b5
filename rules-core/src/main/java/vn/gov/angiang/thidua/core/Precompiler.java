package vn.gov.angiang.thidua.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step of a module that ships a rule set (rules-drl runs it after its resources are copied):
 * compiles the rule folder once, with every check, and writes beside it {@code precompiled.kjar} and
 * {@code precompiled.sha256}, the hash of the DRL it was made from. {@link RuleSets#defaults()} loads
 * the kjar in about a second instead of compiling for five, and only when the hash still matches.
 * Usage: {@code Precompiler RULE_FOLDER}.
 */
final class Precompiler {

    static final String KJAR = "precompiled.kjar";
    static final String SHA256 = "precompiled.sha256";

    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Precompiler RULE_FOLDER");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        RuleSource source = RuleSource.fromDirectory(dir);
        byte[] kjar = RuleSetCompiler.precompile(source);
        Files.write(dir.resolve(KJAR), kjar);
        Files.writeString(dir.resolve(SHA256), source.sha256() + "\n", StandardCharsets.US_ASCII);
        System.out.println("Precompiled " + source.id() + " " + source.version() + " (" + kjar.length + " bytes) into "
                + dir.resolve(KJAR));
    }
}
