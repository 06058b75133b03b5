package vn.gov.angiang.thidua.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Compiled rule sets kept on disk, keyed by the sha256 of their DRL and of the compiler (the sandbox's
 * allow-list and code, the Drools version), so that running a command again on an unchanged folder
 * loads its kjar in about a second instead of compiling for five. A kjar read from the cache is checked
 * by the sandbox again before it is loaded, so a file changed there cannot smuggle code in.
 */
final class CompiledCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledCache.class);
    private static final String COMPILER = compilerFingerprint();

    private CompiledCache() {
    }

    static CompiledRuleSet load(RuleSource source, Path cache) {
        Path file = cache.resolve(key(source) + ".kjar");
        if (Files.isRegularFile(file)) {
            try {
                CompiledRuleSet cached = RuleSetCompiler.fromKjar(source, Files.readAllBytes(file));
                LOG.debug("Rule set {} loaded from the cache {}", source.id(), file);
                return cached;
            } catch (IOException | RuntimeException e) {
                LOG.warn("The cached rule set {} cannot be used ({}): compiling the DRL", file, e.toString());
            }
        }
        byte[] kjar = RuleSetCompiler.precompile(source);
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, "thidua-", ".tmp");
            Files.write(tmp, kjar);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot keep the compiled rule set in {}: {}", cache, e.toString());
        }
        return RuleSetCompiler.fromKjar(source, kjar);
    }

    static String key(RuleSource source) {
        return sha256((source.id() + "\0" + source.version() + "\0" + source.sha256() + "\0" + COMPILER)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String compilerFingerprint() {
        StringBuilder b = new StringBuilder(org.kie.api.KieServices.class.getPackage().getImplementationVersion() + "\0");
        for (String resource : new String[]{AllowList.RESOURCE, "CompiledRuleCheck.class", "Kjar.class", "Budget.class",
                "RuleFileCheck.class", "CartesianJoins.class", "Coherence.class"}) {
            try (InputStream in = CompiledCache.class.getResourceAsStream(resource)) {
                b.append(in == null ? "-" : sha256(in.readAllBytes())).append('\0');
            } catch (IOException e) {
                b.append('?');
            }
        }
        return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
