package vn.gov.angiang.thidua.api;

import vn.gov.angiang.thidua.api.json.DossierJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 digests, in lower-case hex. */
public final class Digests {

    private Digests() {
    }

    /**
     * The sha256 of bytes.
     *
     * @param bytes what to digest
     * @return 64 lower-case hex digits
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The sha256 of the dossier's canonical JSON: one line, fields in the order of the records, UTF-8.
     *
     * @param dossier the dossier
     * @return 64 lower-case hex digits
     */
    public static String sha256Of(Dossier dossier) {
        return sha256(DossierJson.writeLine(dossier).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
