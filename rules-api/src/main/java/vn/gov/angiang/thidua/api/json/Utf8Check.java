package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonLocation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes bytes through only once they are known to be well-formed UTF-8 (RFC 3629: no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF), which Jackson does not check everywhere. At
 * the first bad byte it hands over what came before it, and fails on the next read with
 * {@link InvalidUtf8}, so that the dossiers before the bad byte are still read. It keeps the latest
 * bytes passed on, to tell the parser's columns in characters.
 */
final class Utf8Check extends FilterInputStream implements Columns {
    /** Eight bytes of an array as one long, to scan ASCII text eight bytes at a time. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte[] window = new byte[1 << 16]; // the latest bytes passed on, to count columns
    private long passed;      // bytes passed on so far
    private int needed;       // continuation bytes still expected
    private int lower = 0x80; // bounds of the next continuation byte
    private int upper = 0xBF;
    private long line = 1;
    private long column = 1;
    private InvalidUtf8 pending;

    Utf8Check(InputStream in) {
        super(in);
    }

    /** Whether the first {@code length} bytes of {@code b} are well-formed UTF-8, by the same rules. */
    static boolean valid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            // Eight ASCII bytes at a time: a dossier's keys, codes, dates and numbers are ASCII.
            while (i + 8 <= length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= length) {
                break;
            }
            int x = b[i];
            if (x >= 0) {
                i++;
                continue;
            }
            x &= 0xFF;
            int needed;
            int lower = 0x80;
            int upper = 0xBF;
            if (x >= 0xC2 && x <= 0xDF) {
                needed = 1;
            } else if (x == 0xE0) {
                needed = 2;
                lower = 0xA0;
            } else if (x >= 0xE1 && x <= 0xEC || x == 0xEE || x == 0xEF) {
                needed = 2;
            } else if (x == 0xED) {
                needed = 2;
                upper = 0x9F;
            } else if (x == 0xF0) {
                needed = 3;
                lower = 0x90;
            } else if (x >= 0xF1 && x <= 0xF3) {
                needed = 3;
            } else if (x == 0xF4) {
                needed = 3;
                upper = 0x8F;
            } else {
                return false;
            }
            if (i + needed >= length) { // the input ends inside the character
                return false;
            }
            int next = b[i + 1] & 0xFF;
            if (next < lower || next > upper) {
                return false;
            }
            for (int k = 2; k <= needed; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += needed + 1;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        int n = super.read(b, off, len);
        if (n <= 0) {
            if (n < 0 && needed > 0) {
                throw new InvalidUtf8(line, column, "the input ends inside a UTF-8 character");
            }
            return n;
        }
        int sequenceStart = off;
        for (int i = off; i < off + n; i++) {
            int x = b[i] & 0xFF;
            if (needed == 0) {
                sequenceStart = i;
                if (x < 0x80) {
                    if (x == '\n') {
                        line++;
                        column = 0;
                    }
                } else if (x >= 0xC2 && x <= 0xDF) {
                    expect(1, 0x80, 0xBF);
                } else if (x == 0xE0) {
                    expect(2, 0xA0, 0xBF);
                } else if (x >= 0xE1 && x <= 0xEC || x == 0xEE || x == 0xEF) {
                    expect(2, 0x80, 0xBF);
                } else if (x == 0xED) {
                    expect(2, 0x80, 0x9F);
                } else if (x == 0xF0) {
                    expect(3, 0x90, 0xBF);
                } else if (x >= 0xF1 && x <= 0xF3) {
                    expect(3, 0x80, 0xBF);
                } else if (x == 0xF4) {
                    expect(3, 0x80, 0x8F);
                } else {
                    return fail(b, off, sequenceStart - off, String.format("the byte 0x%02X", x));
                }
                if (needed == 0 || x < 0x80) {
                    column++;
                }
            } else {
                if (x < lower || x > upper) {
                    return fail(b, off, sequenceStart - off, String.format("the byte 0x%02X", x));
                }
                lower = 0x80;
                upper = 0xBF;
                if (--needed == 0) {
                    column++;
                }
            }
        }
        keep(b, off, n);
        return n;
    }

    private void expect(int bytes, int low, int high) {
        needed = bytes;
        lower = low;
        upper = high;
    }

    /** Hands over the {@code good} bytes before the bad sequence; the next read fails. */
    private int fail(byte[] b, int off, int good, String what) throws InvalidUtf8 {
        pending = new InvalidUtf8(line, column, what + " is not valid UTF-8");
        if (good <= 0) {
            throw pending;
        }
        keep(b, off, good);
        return good;
    }

    private void keep(byte[] b, int off, int n) {
        int skip = Math.max(0, n - window.length); // only the latest bytes are kept
        long at = passed + skip;
        for (int i = off + skip, end = off + n; i < end; ) {
            int pos = (int) (at % window.length);
            int chunk = Math.min(end - i, window.length - pos);
            System.arraycopy(b, i, window, pos, chunk);
            i += chunk;
            at += chunk;
        }
        passed += n;
    }

    @Override
    public long of(JsonLocation at) {
        return Columns.recount(at, Math.max(0, passed - window.length), passed,
                i -> window[(int) (i % window.length)]);
    }

    /** Skipped bytes are read, so that they are checked and counted too. */
    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    /** A reset would count the bytes read again. */
    @Override
    public boolean markSupported() {
        return false;
    }
}
