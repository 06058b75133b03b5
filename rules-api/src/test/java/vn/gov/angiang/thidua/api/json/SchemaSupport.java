package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The shipped schemas, loaded the way a host would load them, and a plain (non-strict) JSON reader. */
final class SchemaSupport {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Formats asserted, so that "format": "date" checks the calendar as StrictDates does (2026-02-30). */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static final JsonSchema DOSSIER = load(Schemas.DOSSIER);
    static final JsonSchema EVALUATION = load(Schemas.EVALUATION);

    /**
     * Independent of DossierJson on purpose: the schema sees the document as any other tool would.
     * Decimals stay BigDecimal so that multipleOf 0.01 is judged exactly.
     */
    static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private SchemaSupport() {
    }

    private static JsonSchema load(String name) {
        try (InputStream in = Schemas.open(name)) {
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("test JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }

    static Set<ValidationMessage> errors(JsonSchema schema, String json) {
        return schema.validate(tree(json));
    }

    static Set<ValidationMessage> errors(JsonSchema schema, JsonNode json) {
        return schema.validate(json);
    }
}
