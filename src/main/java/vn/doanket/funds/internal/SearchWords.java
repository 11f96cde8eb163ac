package vn.doanket.funds.internal;

import java.util.Arrays;
import vn.doanket.funds.DonorDisplay;

/**
 * Writes {@link Publication#searchWords} straight into a COPY row, in one pass over the text and
 * without a String per word: folding, masking account numbers and dropping repeated words were
 * most of the Java time of an import. Bank text is plain ASCII almost always; then folding is only
 * lower-casing A–Z, and a masked account number (a word of nine or more digits) leaves its last three
 * digits as its word. Text with any other character takes {@link Publication#searchWords} itself, so
 * both give the same words (StatementRowBytesTests compares them).
 */
final class SearchWords {

    private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

    private SearchWords() {}

    static void write(
            ByteSink out,
            String counterparty,
            String donorName,
            DonorDisplay display,
            String details,
            String reference) {
        boolean shown = display != DonorDisplay.ANONYMOUS;
        String name = shown ? Publication.name(counterparty, donorName, display) : null;
        // Publication appends the masked text as a StringBuilder would: a missing text reads "null"
        String text = shown ? String.valueOf(details) : null;
        if (!ascii(name) || !ascii(text) || !ascii(reference)) {
            out.ascii(Publication.searchWords(counterparty, donorName, display, details, reference));
            return;
        }
        Seen seen = SEEN.get();
        seen.clear();
        int first = out.length();
        if (shown) {
            words(out, name, false, first, seen);
            words(out, text, true, first, seen);
        }
        if (reference != null) {
            words(out, reference, false, first, seen);
        }
    }

    /**
     * The words of ASCII text: runs of letters and digits, lower-cased, each written once as
     * {@code 'word'}. With {@code mask}, a word of nine or more digits is an account number and only its
     * last three digits are a word (what {@link Publication#maskAccounts} leaves).
     */
    private static void words(ByteSink out, String s, boolean mask, int first, Seen seen) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!letterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < n) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    if (!letterOrDigit(c)) {
                        break;
                    }
                    digits = false;
                }
                i++;
            }
            int from = mask && digits && i - start >= 9 ? i - 3 : start;
            if (i - from > 100) {
                continue;
            }
            int mark = out.length();
            if (mark > first) {
                out.ascii(' ');
            }
            out.ascii('\'');
            int at = out.length();
            int hash = 0;
            for (int k = from; k < i; k++) {
                char c = s.charAt(k);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                out.ascii(c);
                hash = 31 * hash + c;
            }
            if (seen.add(out, at, i - from, hash)) {
                out.ascii('\'');
            } else {
                out.truncate(mark);
            }
        }
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean ascii(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The words of one line written so far, by where they are in the row (an open-addressing set). */
    private static final class Seen {
        private int[] slots = new int[64];
        private int[] starts = new int[32];
        private int[] lengths = new int[32];
        private int[] hashes = new int[32];
        private int count;

        void clear() {
            Arrays.fill(slots, 0);
            count = 0;
        }

        /** Adds the word at {@code at}; false when the line has it already. */
        boolean add(ByteSink out, int at, int length, int hash) {
            int mask = slots.length - 1;
            for (int s = mix(hash) & mask; ; s = (s + 1) & mask) {
                int w = slots[s] - 1;
                if (w < 0) {
                    break;
                }
                if (hashes[w] == hash && lengths[w] == length && out.sameBytes(starts[w], at, length)) {
                    return false;
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            starts[count] = at;
            lengths[count] = length;
            hashes[count] = hash;
            count++;
            if (count * 2 > slots.length) {
                slots = new int[slots.length * 2];
                for (int w = 0; w < count; w++) {
                    place(w);
                }
            } else {
                place(count - 1);
            }
            return true;
        }

        private void place(int w) {
            int mask = slots.length - 1;
            int s = mix(hashes[w]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = w + 1;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }
    }
}
