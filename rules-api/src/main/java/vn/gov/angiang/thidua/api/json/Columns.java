package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.function.LongToIntFunction;

/**
 * Columns in characters. Jackson counts a byte parser's columns in bytes, and Vietnamese letters take
 * two or three: the column is recounted in characters from the bytes of the line, where they are known.
 */
@FunctionalInterface
interface Columns {

    /** The column of {@code at} in characters, or -1 when it cannot be told. */
    long of(JsonLocation at);

    /** The columns of a parser that reads {@code bytes} from the first. */
    static Columns inBytes(byte[] bytes) {
        return at -> recount(at, 0, bytes.length, i -> bytes[(int) i]);
    }

    /**
     * The column of {@code at} in characters, from the input's bytes {@code from} to {@code to} (exclusive)
     * as {@code byteAt} gives them; -1 when the line of {@code at} is not all among them.
     */
    static long recount(JsonLocation at, long from, long to, LongToIntFunction byteAt) {
        long end = at.getByteOffset();
        long start = end - (at.getColumnNr() - 1);
        if (start < from || end > to || start > end) {
            return -1;
        }
        long chars = 1;
        for (long i = start; i < end; i++) {
            if ((byteAt.applyAsInt(i) & 0xC0) != 0x80) { // each character has one byte that is no continuation
                chars++;
            }
        }
        return chars;
    }
}
