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
import java.time.DateTimeException;

/** Dates as {@code yyyy-MM-dd} and nothing else: 2026-02-30, 30/11/2026 or a time of day are errors; "" is absent. */
final class StrictDates {

    private StrictDates() {
    }

    /** Four ASCII digits, '-', two digits, '-', two digits (read by hand: every dossier has dozens of dates). */
    static boolean wellShaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
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
            if (!wellShaped(text)) {
                return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, text,
                        "not a date in the form yyyy-MM-dd (ngày phải có dạng yyyy-MM-dd)");
            }
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (DateTimeException e) {
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
