package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Dates as {@code yyyy-MM-dd} and nothing else: 2026-02-30, 30/11/2026 or a time of day are errors; "" is absent. */
final class StrictDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("strict-dates");
        m.addDeserializer(LocalDate.class, new Reader());
        m.addSerializer(LocalDate.class, new Writer());
        return m;
    }

    private static final class Reader extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text.isEmpty()) {
                return null;
            }
            if (!SHAPE.matcher(text).matches()) {
                return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, text,
                        "not a date in the form yyyy-MM-dd (ngày phải có dạng yyyy-MM-dd)");
            }
            try {
                return LocalDate.parse(text, ISO);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, text,
                        "no such day in the calendar (ngày không có thật)");
            }
        }

        @Override
        public LocalDate getNullValue(DeserializationContext ctx) {
            return null;
        }
    }

    private static final class Writer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
