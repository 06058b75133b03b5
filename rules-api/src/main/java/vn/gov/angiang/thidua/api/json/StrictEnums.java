package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Enumerated values exactly as their upper-case code and nothing else. Jackson's own enum reader is
 * lenient in ways the contract forbids: it trims the text (" COLLECTIVE" would pass), and it takes a
 * JSON number as the position of a constant (0 would be INDIVIDUAL). Criteria spec: "an unknown value
 * — surrounding spaces included — is an input error".
 */
final class StrictEnums {

    private StrictEnums() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("strict-enums");
        m.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new Reader(type.getRawClass());
            }
        });
        return m;
    }

    private static final class Reader extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final Map<String, Object> byName = new HashMap<>();

        Reader(Class<?> type) {
            this.type = type;
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctx.handleUnexpectedToken(type, p);
            }
            String text = p.getText();
            Object value = byName.get(text);
            // An InvalidFormatException aimed at the enum type: DossierJson words it as "unknown value".
            return value != null ? value : ctx.handleWeirdStringValue(type, text, "not one of the codes");
        }
    }
}
