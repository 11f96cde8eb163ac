package vn.doanket.funds.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.doanket.funds.PublicTransaction;

/**
 * What the public sees of one line, packed into one byte array for the in-memory index, so a page of
 * results needs no database read: already masked (account numbers, donor display), UTF-8, no object per
 * field. The day, the amount and the line's key live in the index's own columns.
 *
 * <p>Layout: flags (1: a gift, 2: reversed); the time of day as three bytes (0: none, else second of day
 * + 1); the debit as a variable-length number (the credit is the amount less the debit); then reference,
 * name and details, each as a variable-length length (0: null, else length + 1) and its UTF-8 bytes.
 *
 * <p>Keys: a statement line's key is its id; a gift's is its id with {@link #GIFT} set, so a fund's
 * lines and gifts share one ordering (day, then key: a day's gifts after its statement lines).
 */
public final class PublicRows {

    /** The bit set in the key of a gift (statement line ids never reach it). */
    public static final long GIFT = 1L << 62;

    private static final int FLAG_GIFT = 1;
    private static final int FLAG_REVERSED = 2;
    static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final long EPOCH_DAY = EPOCH.toEpochDay();

    private PublicRows() {}

    public static long key(PublicTransaction t) {
        return t.source() == PublicTransaction.Source.GIFT ? GIFT | t.id() : t.id();
    }

    public static int day(LocalDate date) {
        return (int) (date.toEpochDay() - EPOCH_DAY);
    }

    static byte[] encode(PublicTransaction t) {
        return encode(
                t.source() == PublicTransaction.Source.GIFT,
                t.reversed(),
                t.time(),
                t.debit(),
                t.reference(),
                t.name(),
                t.details());
    }

    static byte[] encode(
            boolean gift, boolean reversed, LocalTime time, long debit, String reference, String name, String details) {
        byte[] ref = utf8(reference);
        byte[] nm = utf8(name);
        byte[] det = utf8(details);
        byte[] out = new byte[4 + 10 + len(ref) + len(nm) + len(det)];
        int p = 0;
        out[p++] = (byte) ((gift ? FLAG_GIFT : 0) | (reversed ? FLAG_REVERSED : 0));
        int t = time == null ? 0 : time.toSecondOfDay() + 1;
        out[p++] = (byte) (t >>> 16);
        out[p++] = (byte) (t >>> 8);
        out[p++] = (byte) t;
        p = putVar(out, p, debit);
        p = putText(out, p, ref);
        p = putText(out, p, nm);
        p = putText(out, p, det);
        return p == out.length ? out : java.util.Arrays.copyOf(out, p);
    }

    /** The line back as a record, for the portal's pages and the CSV download. */
    static PublicTransaction decode(long key, int day, long amount, byte[] row) {
        return decode(key, day, amount, row, 0);
    }

    /** As {@link #decode(long, int, long, byte[])}, for a row starting at {@code at} in a larger array. */
    static PublicTransaction decode(long key, int day, long amount, byte[] row, int at) {
        int flags = row[at];
        int t = ((row[at + 1] & 0xff) << 16) | ((row[at + 2] & 0xff) << 8) | (row[at + 3] & 0xff);
        Reader r = new Reader(row, at + 4);
        long debit = r.var();
        String reference = r.text();
        String name = r.text();
        String details = r.text();
        return new PublicTransaction(
                key & ~GIFT,
                EPOCH.plusDays(day),
                t == 0 ? null : LocalTime.ofSecondOfDay(t - 1),
                reference,
                name,
                details,
                amount - debit,
                debit,
                (flags & FLAG_GIFT) != 0 ? PublicTransaction.Source.GIFT : PublicTransaction.Source.STATEMENT,
                (flags & FLAG_REVERSED) != 0);
    }

    /**
     * Appends the line as the JSON object Jackson writes for {@link PublicTransaction} (same fields, same
     * order, same formats), straight from the packed bytes.
     */
    static void writeJson(Json out, long key, int day, long amount, byte[] row) {
        writeJson(out, key, day, amount, row, 0);
    }

    /** As {@link #writeJson(Json, long, int, long, byte[])}, for a row starting at {@code at}. */
    static void writeJson(Json out, long key, int day, long amount, byte[] row, int at) {
        int flags = row[at];
        int t = ((row[at + 1] & 0xff) << 16) | ((row[at + 2] & 0xff) << 8) | (row[at + 3] & 0xff);
        Reader r = new Reader(row, at + 4);
        long debit = r.var();
        out.raw("{\"id\":").number(key & ~GIFT);
        out.raw(",\"date\":\"").date(day).raw('"');
        out.raw(",\"time\":");
        if (t == 0) {
            out.raw("null");
        } else {
            out.raw('"').time(t - 1).raw('"');
        }
        out.raw(",\"reference\":");
        r.json(out);
        out.raw(",\"name\":");
        r.json(out);
        out.raw(",\"details\":");
        r.json(out);
        out.raw(",\"credit\":").number(amount - debit);
        out.raw(",\"debit\":").number(debit);
        out.raw((flags & FLAG_GIFT) != 0 ? ",\"source\":\"GIFT\"" : ",\"source\":\"STATEMENT\"");
        out.raw((flags & FLAG_REVERSED) != 0 ? ",\"reversed\":true}" : ",\"reversed\":false}");
    }

    /** The length of the row starting at {@code at}: its fixed part, the debit and the three texts. */
    static int length(byte[] row, int at) {
        Reader r = new Reader(row, at + 4);
        r.var();
        r.skipText();
        r.skipText();
        r.skipText();
        return r.p - at;
    }

    /** Bytes held by one packed row on the heap (array header included, rounded to 8). */
    static long heapBytes(byte[] row) {
        return (16L + row.length + 7) & ~7L;
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int len(byte[] b) {
        return b == null ? 5 : b.length + 5;
    }

    private static int putText(byte[] out, int p, byte[] text) {
        if (text == null) {
            return putVar(out, p, 0);
        }
        p = putVar(out, p, text.length + 1L);
        System.arraycopy(text, 0, out, p, text.length);
        return p + text.length;
    }

    private static int putVar(byte[] out, int p, long v) {
        while ((v & ~0x7FL) != 0) {
            out[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[p++] = (byte) v;
        return p;
    }

    private static final class Reader {
        private final byte[] b;
        private int p;

        Reader(byte[] b, int p) {
            this.b = b;
            this.p = p;
        }

        long var() {
            long v = 0;
            int shift = 0;
            while (true) {
                int x = b[p++];
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        void skipText() {
            int n = (int) var();
            if (n > 0) {
                p += n - 1;
            }
        }

        String text() {
            int n = (int) var();
            if (n == 0) {
                return null;
            }
            String s = new String(b, p, n - 1, StandardCharsets.UTF_8);
            p += n - 1;
            return s;
        }

        void json(Json out) {
            int n = (int) var();
            if (n == 0) {
                out.raw("null");
                return;
            }
            out.string(b, p, n - 1);
            p += n - 1;
        }
    }

    /** A growing UTF-8 buffer with the few JSON writes the portal needs. */
    static final class Json {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private static final int POOLED_CAPACITY = 32_768;
        private static final ThreadLocal<Json> POOLED = ThreadLocal.withInitial(() -> new Json(POOLED_CAPACITY));

        private byte[] buf;
        private int size;

        Json(int capacity) {
            buf = new byte[capacity];
        }

        /**
         * This thread's buffer, emptied: a page is written into it and copied out once at its exact size,
         * instead of a fresh 16 KB buffer (grown and copied again) per request. A buffer that grew for an
         * unusually long page is not kept.
         */
        static Json pooled() {
            Json json = POOLED.get();
            if (json.buf.length > 8 * POOLED_CAPACITY) {
                json = new Json(POOLED_CAPACITY);
                POOLED.set(json);
            }
            json.size = 0;
            return json;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(size + more, buf.length * 2));
            }
        }

        Json raw(char c) {
            ensure(1);
            buf[size++] = (byte) c;
            return this;
        }

        /** ASCII text, written as is. */
        Json raw(String ascii) {
            int n = ascii.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[size++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        /** A number in decimal, without a String on the way (the profile showed Long.toString per field). */
        Json number(long v) {
            if (v < 0) {
                if (v == Long.MIN_VALUE) {
                    return raw(Long.toString(v));
                }
                raw('-');
                v = -v;
            }
            int n = 1;
            for (long x = v; x >= 10; x /= 10) {
                n++;
            }
            ensure(n);
            for (int i = size + n - 1; i >= size; i--) {
                buf[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            size += n;
            return this;
        }

        Json bool(boolean v) {
            return raw(v ? "true" : "false");
        }

        /** A JSON string of UTF-8 bytes: quotes, backslashes and control characters escaped, the rest as is. */
        Json string(byte[] src, int from, int length) {
            ensure(length + 2);
            buf[size++] = '"';
            int end = from + length;
            for (int i = from; i < end; i++) {
                int c = src[i];
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[size++] = (byte) c;
                    continue;
                }
                if (c < 0) {
                    buf[size++] = (byte) c; // a byte of a multi-byte UTF-8 character
                    continue;
                }
                ensure(end - i + 6);
                buf[size++] = '\\';
                switch (c) {
                    case '"' -> buf[size++] = '"';
                    case '\\' -> buf[size++] = '\\';
                    case '\n' -> buf[size++] = 'n';
                    case '\r' -> buf[size++] = 'r';
                    case '\t' -> buf[size++] = 't';
                    case '\b' -> buf[size++] = 'b';
                    case '\f' -> buf[size++] = 'f';
                    default -> {
                        buf[size++] = 'u';
                        buf[size++] = '0';
                        buf[size++] = '0';
                        buf[size++] = HEX[c >> 4];
                        buf[size++] = HEX[c & 0xF];
                    }
                }
            }
            ensure(1);
            buf[size++] = '"';
            return this;
        }

        /** A day (days since 2000-01-01) as yyyy-MM-dd. */
        Json date(int day) {
            LocalDate d = EPOCH.plusDays(day);
            int y = d.getYear();
            if (y < 0 || y > 9999) {
                return raw(d.toString());
            }
            ensure(10);
            digits(y, 4);
            buf[size++] = '-';
            digits(d.getMonthValue(), 2);
            buf[size++] = '-';
            digits(d.getDayOfMonth(), 2);
            return this;
        }

        /** A second of the day as HH:mm:ss (what ISO_LOCAL_TIME gives for whole seconds). */
        Json time(int secondOfDay) {
            ensure(8);
            digits(secondOfDay / 3600, 2);
            buf[size++] = ':';
            digits(secondOfDay / 60 % 60, 2);
            buf[size++] = ':';
            digits(secondOfDay % 60, 2);
            return this;
        }

        private void digits(int v, int width) {
            for (int i = width - 1; i >= 0; i--) {
                buf[size + i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            size += width;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
