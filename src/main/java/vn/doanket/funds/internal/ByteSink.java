package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * A growable byte buffer that writes numbers, dates, keys and UTF-8 text straight as bytes. The
 * import builds a million keys and COPY rows; going through a String and {@code getBytes} for each
 * one was most of its Java time. Text is encoded exactly as {@code String.getBytes(UTF_8)} does (an
 * unpaired surrogate becomes {@code ?}).
 */
final class ByteSink {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf;
    private int len;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int length() {
        return len;
    }

    byte at(int i) {
        return buf[i];
    }

    void reset() {
        len = 0;
    }

    void truncate(int length) {
        len = length;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }

    /** The buffer itself, valid up to {@link #length()}: for writing it out without a copy. */
    byte[] array() {
        return buf;
    }

    /** True when bytes [a, a + n) equal bytes [b, b + n). */
    boolean sameBytes(int a, int b, int n) {
        return Arrays.equals(buf, a, a + n, buf, b, b + n);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    ByteSink ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Text known to be ASCII (digits, letters, punctuation written by this code). */
    ByteSink ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    ByteSink bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** Decimal digits as {@link Long#toString(long)} writes them. */
    ByteSink number(long v) {
        if (v == Long.MIN_VALUE) {
            return ascii(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        int end = len + digits;
        for (int i = end - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        len = end;
        return this;
    }

    /** As {@link LocalDate#toString()}: yyyy-MM-dd. */
    ByteSink date(LocalDate d) {
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            return ascii(d.toString());
        }
        ensure(10);
        buf[len++] = (byte) ('0' + y / 1000);
        buf[len++] = (byte) ('0' + y / 100 % 10);
        buf[len++] = (byte) ('0' + y / 10 % 10);
        buf[len++] = (byte) ('0' + y % 10);
        buf[len++] = '-';
        twoDigits(d.getMonthValue());
        buf[len++] = '-';
        twoDigits(d.getDayOfMonth());
        return this;
    }

    private void twoDigits(int v) {
        buf[len++] = (byte) ('0' + v / 10);
        buf[len++] = (byte) ('0' + v % 10);
    }

    /** As {@link UUID#toString()}. */
    ByteSink uuid(UUID u) {
        ensure(36);
        hex(u.getMostSignificantBits() >>> 32, 8);
        buf[len++] = '-';
        hex(u.getMostSignificantBits() >>> 16, 4);
        buf[len++] = '-';
        hex(u.getMostSignificantBits(), 4);
        buf[len++] = '-';
        hex(u.getLeastSignificantBits() >>> 48, 4);
        buf[len++] = '-';
        hex(u.getLeastSignificantBits(), 12);
        return this;
    }

    private void hex(long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            buf[len + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        len += digits;
    }

    /** UTF-8 of {@code s}, as {@code s.getBytes(UTF_8)}. */
    ByteSink utf8(String s) {
        return utf8(s, 0, s.length());
    }

    ByteSink utf8(String s, int from, int to) {
        ensure(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ensure(1);
                buf[len++] = (byte) c;
            } else {
                i = wide(s, i, to);
            }
        }
        return this;
    }

    /**
     * A CSV field in double quotes, quotes doubled and NUL characters left out (PostgreSQL refuses
     * them in text).
     */
    ByteSink csvText(String s) {
        ensure(s.length() + 2);
        buf[len++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ensure(2);
                if (c == '"') {
                    buf[len++] = '"';
                } else if (c == 0) {
                    continue;
                }
                buf[len++] = (byte) c;
            } else {
                i = wide(s, i, s.length());
            }
        }
        ensure(1);
        buf[len++] = '"';
        return this;
    }

    /** Writes the non-ASCII character at {@code i}; returns the index of its last char. */
    private int wide(String s, int i, int to) {
        ensure(4);
        char c = s.charAt(i);
        if (c < 0x800) {
            buf[len++] = (byte) (0xc0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3f));
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                buf[len++] = (byte) (0xf0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buf[len++] = (byte) (0x80 | (cp & 0x3f));
                return i + 1;
            }
            buf[len++] = '?';
            return i;
        }
        buf[len++] = (byte) (0xe0 | (c >> 12));
        buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        buf[len++] = (byte) (0x80 | (c & 0x3f));
        return i;
    }
}
