package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import vn.gov.angiang.thidua.api.Dossier;
import vn.gov.angiang.thidua.api.InvalidDossierException;

import java.io.IOException;

/**
 * One dossier from its tokens to the record in one pass: Jackson's databind binds it as {@link DossierTokens}
 * checks each token, then {@link DossierValidator} checks what binding cannot. Errors rank as the format
 * says: what the input breaks (syntax, UTF-8, a limit, a key twice) anywhere in the record comes first, then
 * the first error of binding, then the validator's; so a binding error is handed back, not thrown, and
 * thrown only once the rest of the record has been read ({@link Bound#get()}).
 */
final class DossierBinding {

    /** The records' reader; the dossier is one value among others in the input, so trailing tokens are fine. */
    private static final ObjectReader READER = DossierJson.MAPPER.readerFor(Dossier.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DossierBinding() {
    }

    /**
     * Reads the dossier whose first token, {@code first}, the parser under {@code p} has just read, up to
     * and including its last token.
     *
     * @throws IOException    when the input is broken (syntax, UTF-8): the dossier, and perhaps the input, ends there
     * @throws LimitExceeded  when the dossier breaks a limit
     * @throws DuplicateField when a key is written twice in one object of the dossier
     */
    static Bound read(DossierTokens p, JsonToken first) throws IOException {
        p.begin(first);
        if (first != JsonToken.START_OBJECT) {
            p.skipChecked();
            return new Bound(null, notAnObject());
        }
        Dossier d;
        try {
            d = READER.readValue(p);
        } catch (IOException | RuntimeException e) {
            if (p.broken() != null) {
                throw rethrown(p.broken()); // databind may have wrapped it
            }
            p.skipChecked();
            if (e instanceof JsonMappingException m) {
                return new Bound(null, DossierJson.invalid(p.id(), m));
            }
            if (e instanceof JsonProcessingException j) {
                return new Bound(null, DossierJson.malformed(p.id(), j));
            }
            throw e;
        }
        try {
            DossierValidator.check(d);
        } catch (InvalidDossierException e) {
            return new Bound(null, e);
        }
        return new Bound(d, null);
    }

    /** What stands for a value that is no object, where a dossier belongs. */
    static InvalidDossierException notAnObject() {
        return new InvalidDossierException(DossierValidator.INVALID, "WRONG_TYPE", null, null,
                "a dossier must be a JSON object (hồ sơ phải là một đối tượng JSON)", null, null);
    }

    private static IOException rethrown(Exception e) throws IOException {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw (IOException) e;
    }

    /**
     * A dossier read: the dossier, or the error of binding or validation that stands for it.
     *
     * @param dossier the dossier, or null
     * @param invalid the error, or null
     */
    record Bound(Dossier dossier, InvalidDossierException invalid) {

        /** The dossier, or its error thrown. */
        Dossier get() {
            if (invalid != null) {
                throw invalid;
            }
            return dossier;
        }
    }
}
