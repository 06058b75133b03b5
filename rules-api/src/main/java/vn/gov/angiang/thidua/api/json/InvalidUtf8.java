package vn.gov.angiang.thidua.api.json;

import java.io.CharConversionException;

/** Invalid UTF-8, with the line and column (in characters) where {@link Utf8Check} met it. */
final class InvalidUtf8 extends CharConversionException {
    final long line;
    final long column;

    InvalidUtf8(long line, long column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
