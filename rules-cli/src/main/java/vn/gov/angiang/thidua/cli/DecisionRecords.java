package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.DecisionRecord;
import vn.gov.angiang.thidua.api.Evaluation;
import vn.gov.angiang.thidua.api.Outcome;
import vn.gov.angiang.thidua.api.RuleSetInfo;
import vn.gov.angiang.thidua.api.json.DecisionLog;
import vn.gov.angiang.thidua.api.json.DossierRead;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate --record FILE}: one decision record per outcome, appended to FILE (an audit log only grows). The
 * input files are hashed before they are read, so that each record names the sha256 of the file its dossier was
 * received in; standard input, read once, is not hashed.
 */
final class DecisionRecords implements AutoCloseable {

    private final OutputStream file;
    private final DecisionLog log;
    private final Map<String, String> inputDigests;
    private final boolean maskNames;
    private final Clock clock = Clock.systemUTC();
    /** How many records each input has yielded so far: a record's position in its own input. */
    private final Map<Inputs.Input, Long> positions = new IdentityHashMap<>();

    private DecisionRecords(OutputStream file, Map<String, String> inputDigests, boolean maskNames) {
        this.file = file;
        this.log = new DecisionLog(file);
        this.inputDigests = inputDigests;
        this.maskNames = maskNames;
    }

    static DecisionRecords open(Path path, List<Inputs.Input> inputs, boolean maskNames) {
        Map<String, String> digests = new HashMap<>();
        for (Inputs.Input in : inputs) {
            if (!in.stdin()) {
                digests.put(in.name(), sha256(in.path()));
            }
        }
        try {
            return new DecisionRecords(Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE), digests, maskNames);
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không ghi được / cannot write --record " + path + ": "
                    + e.getMessage());
        }
    }

    void write(RuleSetInfo ruleSet, LocalDate day, Inputs.Input input, DossierRead read, Outcome outcome) {
        RuleSetInfo used = outcome instanceof Evaluation e ? e.ruleSet() : ruleSet;
        String sha = inputDigests.get(input.name());
        DecisionRecord.Received received = new DecisionRecord.Received(input.name(), sha,
                positions.merge(input, 1L, Long::sum) - 1);
        log.record(DecisionRecord.of(used, day, clock.instant(), Inputs.dossier(read), outcome, received, maskNames));
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path p) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new CliException(ThiDuaCli.USAGE, "không đọc được / cannot read " + p + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
