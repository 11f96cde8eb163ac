package vn.doanket.funds.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public lines of one fund, in memory, in result order (booked day, then id). An immutable
 * snapshot: a change builds a new one from the old (see {@link #merge}), so searches read without
 * locks. Everything is in a few flat arrays, no object per line or per word:
 *
 * <ul>
 *   <li>per line (by rank): its key (a statement line's id, or a gift's id with {@link PublicRows#GIFT}
 *       set), day (days since 2000-01-01), amount (credit + debit) and what the public sees of it, packed
 *       by {@link PublicRows} (one byte array per line), so a page is answered without the database;
 *   <li>the dictionary: the distinct words of the lines' search words (exactly the lexemes of
 *       {@code search_words}, including the made-up amount "a500000" and day "d9019" words), sorted, as
 *       ASCII bytes in one array with start offsets;
 *   <li>per word its posting list: the ranks of the lines holding it, ascending, as slices of one
 *       int array.
 * </ul>
 */
final class SearchIndex {

    /**
     * A word held by at least one line in this many (and by {@link #denseMinimum} lines) also gets a bit
     * per line: testing a candidate of a rare word against a common one ("nguyen", "van", "ung ho") is
     * then one bit instead of a search in a list of hundreds of thousands of ranks. The bits take no more
     * room than a sixteenth of that list.
     */
    private static final int DENSE_SHARE = 16;

    /** Fewer lines than this never get bits (tests lower it to check both ways of testing). */
    static int denseMinimum = 4_096;

    private static final byte[] NO_ROW = PublicRows.encode(false, false, null, 0, null, "", "");

    /** One line as read from the database: the lexemes of its search words, split, and its packed public row. */
    record Line(long id, int day, long amount, String[] words, byte[] row) {

        /** A line without a public row (tests of the search alone). */
        Line(long id, int day, long amount, String[] words) {
            this(id, day, amount, words, NO_ROW);
        }
    }

    static final SearchIndex EMPTY = new SearchIndex(
            new long[0],
            new int[0],
            new long[0],
            RowStore.EMPTY,
            new byte[0],
            new int[] {0},
            new int[] {0},
            new int[0]);

    private final long[] ids;
    private final int[] days;
    private final long[] amounts;
    private final RowStore rows;
    private final byte[] wordBytes;
    private final int[] wordStart;
    private final int[] postStart;
    private final int[] postings;
    /** The words held by at least one line in {@link #DENSE_SHARE}, ascending, each with a bit per rank. */
    private final int[] denseWords;

    private final long[][] denseBits;
    private final long maxId;

    private SearchIndex(
            long[] ids,
            int[] days,
            long[] amounts,
            RowStore rows,
            byte[] wordBytes,
            int[] wordStart,
            int[] postStart,
            int[] postings) {
        this.ids = ids;
        this.days = days;
        this.amounts = amounts;
        this.rows = rows;
        this.wordBytes = wordBytes;
        this.wordStart = wordStart;
        this.postStart = postStart;
        this.postings = postings;
        long max = 0;
        for (long id : ids) {
            if ((id & PublicRows.GIFT) == 0) {
                max = Math.max(max, id);
            }
        }
        this.maxId = max;
        int threshold = Math.max(denseMinimum, ids.length / DENSE_SHARE);
        IntList dense = new IntList(16);
        for (int w = 0; w + 1 < postStart.length; w++) {
            if (postStart[w + 1] - postStart[w] >= threshold) {
                dense.add(w);
            }
        }
        this.denseWords = dense.toArray();
        this.denseBits = new long[denseWords.length][];
        for (int d = 0; d < denseWords.length; d++) {
            long[] bits = new long[(ids.length + 63) >>> 6];
            for (int p = postStart[denseWords[d]]; p < postStart[denseWords[d] + 1]; p++) {
                bits[postings[p] >>> 6] |= 1L << postings[p];
            }
            denseBits[d] = bits;
        }
    }

    int size() {
        return ids.length;
    }

    int words() {
        return wordStart.length - 1;
    }

    /** The highest statement line id held (gifts aside): later lines are read past it. */
    long maxId() {
        return maxId;
    }

    /** The line's key: a statement line's id, or a gift's id with {@link PublicRows#GIFT} set. */
    long id(int rank) {
        return ids[rank];
    }

    int day(int rank) {
        return days[rank];
    }

    long amount(int rank) {
        return amounts[rank];
    }

    /** The line's packed public row, copied (see {@link #rowChunk} for reading it in place). */
    byte[] row(int rank) {
        return rows.row(rank);
    }

    /** The array holding the line's packed public row, from {@link #rowOffset}. */
    byte[] rowChunk(int rank) {
        return rows.chunk(rank);
    }

    int rowOffset(int rank) {
        return rows.offset(rank);
    }

    /** Bytes held by the arrays of this snapshot (object headers included, 16 bytes each). */
    long heapBytes() {
        return 8 * 16L
                + 8L * ids.length
                + rows.heapBytes()
                + 4L * days.length
                + 8L * amounts.length
                + wordBytes.length
                + 4L * wordStart.length
                + 4L * postStart.length
                + 4L * postings.length
                + 4L * denseWords.length
                + denseBytes();
    }

    private long denseBytes() {
        long bytes = 0;
        for (long[] bits : denseBits) {
            bytes += 16 + 8L * bits.length;
        }
        return bytes;
    }

    /** The bits of a word that has them, or null. */
    private long[] bitsOf(int word) {
        int d = Arrays.binarySearch(denseWords, word);
        return d < 0 ? null : denseBits[d];
    }

    // ---------------------------------------------------------------- search

    /**
     * The ranks of the lines that hold, for every term, one of its alternative words, booked within
     * [fromDay, toDay] and with an amount within [min, max]; {@code skip} matches are passed over and at
     * most {@code limit} returned. {@code terms} empty means every line.
     */
    int[] find(List<String[]> terms, int fromDay, int toDay, long min, long max, int skip, int limit) {
        int lo = lowerBound(days, fromDay);
        int hi = toDay == Integer.MAX_VALUE ? days.length : lowerBound(days, toDay + 1);
        if (lo >= hi || limit <= 0) {
            return new int[0];
        }
        boolean amountFilter = min > Long.MIN_VALUE || max < Long.MAX_VALUE;
        int[] out = new int[Math.min(limit, hi - lo)];
        int found = 0;
        int seen = 0;
        if (terms.isEmpty()) {
            for (int r = lo; r < hi && found < out.length; r++) {
                if (!amountFilter || (amounts[r] >= min && amounts[r] <= max)) {
                    if (seen++ >= skip) {
                        out[found++] = r;
                    }
                }
            }
            return Arrays.copyOf(out, found);
        }
        int[][] lists = new int[terms.size()][];
        long[][] bits = new long[lists.length][];
        int[] from = new int[lists.length];
        int[] to = new int[lists.length];
        for (int t = 0; t < lists.length; t++) {
            String[] alternatives = terms.get(t);
            int[] list;
            int a;
            int b;
            if (alternatives.length == 1) {
                int w = lookup(alternatives[0]);
                if (w < 0) {
                    return new int[0];
                }
                list = postings;
                a = postStart[w];
                b = postStart[w + 1];
                bits[t] = bitsOf(w);
            } else {
                list = union(alternatives);
                a = 0;
                b = list.length;
            }
            // only the ranks within the dates
            int na = lowerBound(list, a, b, lo);
            int nb = lowerBound(list, na, b, hi);
            if (na >= nb) {
                return new int[0];
            }
            lists[t] = list;
            from[t] = na;
            to[t] = nb;
        }
        Integer[] order = new Integer[lists.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> to[i] - from[i]));
        int first = order[0];
        int[] cursor = new int[lists.length];
        for (int i = 0; i < lists.length; i++) {
            cursor[i] = from[i];
        }
        int[] firstList = lists[first];
        candidates:
        for (int c = from[first]; c < to[first] && found < out.length; c++) {
            int r = firstList[c];
            for (int k = 1; k < order.length; k++) {
                int t = order[k];
                if (bits[t] != null) {
                    if ((bits[t][r >>> 6] & (1L << r)) == 0) {
                        continue candidates;
                    }
                    continue;
                }
                int p = gallop(lists[t], cursor[t], to[t], r);
                cursor[t] = p;
                if (p >= to[t]) {
                    break candidates;
                }
                if (lists[t][p] != r) {
                    continue candidates;
                }
            }
            if (amountFilter && (amounts[r] < min || amounts[r] > max)) {
                continue;
            }
            if (seen++ >= skip) {
                out[found++] = r;
            }
        }
        return Arrays.copyOf(out, found);
    }

    /** The sorted union of the posting lists of several words. */
    private int[] union(String[] words) {
        int[] acc = new int[0];
        for (String word : words) {
            int w = lookup(word);
            if (w < 0) {
                continue;
            }
            int a = postStart[w];
            int b = postStart[w + 1];
            int[] merged = new int[acc.length + b - a];
            int i = 0;
            int j = a;
            int n = 0;
            while (i < acc.length || j < b) {
                if (j >= b || (i < acc.length && acc[i] < postings[j])) {
                    merged[n++] = acc[i++];
                } else if (i >= acc.length || postings[j] < acc[i]) {
                    merged[n++] = postings[j++];
                } else {
                    merged[n++] = acc[i++];
                    j++;
                }
            }
            acc = n == merged.length ? merged : Arrays.copyOf(merged, n);
        }
        return acc;
    }

    /** The first position in [from, to) whose value is ≥ key, probing 1, 2, 4, … ahead, then halving. */
    static int gallop(int[] a, int from, int to, int key) {
        if (from >= to || a[from] >= key) {
            return from;
        }
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < to && a[hi] < key) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        return lowerBound(a, lo + 1, Math.min(hi, to), key);
    }

    private static int lowerBound(int[] a, int key) {
        return lowerBound(a, 0, a.length, key);
    }

    private static int lowerBound(int[] a, int lo, int hi, int key) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The word's number in the dictionary, or -1. */
    int lookup(String word) {
        int lo = 0;
        int hi = words() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compare(int w, String word) {
        int a = wordStart[w];
        int la = wordStart[w + 1] - a;
        int n = Math.min(la, word.length());
        for (int i = 0; i < n; i++) {
            int d = (wordBytes[a + i] & 0xff) - word.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return la - word.length();
    }

    /** The rank of a line by its day and id, or -1. */
    private int rank(int day, long id) {
        int lo = 0;
        int hi = ids.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = days[mid] != day ? Integer.compare(days[mid], day) : Long.compare(ids[mid], id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- building

    /**
     * Lines gathered for one {@link #merge(Batch)}: flat arrays per line, and each distinct word once with
     * the positions of the lines holding it. A catch-up of many lines builds one batch and one new
     * snapshot, instead of a snapshot (a copy of every array) per chunk read: with ten imports of 100,000
     * lines, the merges of the chunks were most of the index's CPU (copying a growing index again and
     * again). No object per line or per word of a line is kept.
     */
    static final class Batch {
        private long[] ids = new long[16];
        private int[] days = new int[16];
        private long[] amounts = new long[16];
        private byte[][] rows = new byte[16][];
        private int size;
        private final Map<String, IntList> words = new HashMap<>();

        int size() {
            return size;
        }

        /** Adds a line; for a key added twice, the later one counts. */
        void add(long id, int day, long amount, String[] lineWords, byte[] row) {
            int p = slot(id, day, amount, row);
            for (String w : lineWords) {
                word(w, p);
            }
        }

        /** Adds a line whose words are one space-separated string (as the database gives them). */
        void add(
                long id,
                int day,
                long amount,
                String spacedWords,
                byte[] row,
                java.util.function.Predicate<String> keep) {
            int p = slot(id, day, amount, row);
            if (spacedWords == null) {
                return;
            }
            int n = spacedWords.length();
            int i = 0;
            while (i < n) {
                int j = spacedWords.indexOf(' ', i);
                if (j < 0) {
                    j = n;
                }
                if (j > i) {
                    String w = spacedWords.substring(i, j);
                    if (keep.test(w)) {
                        word(w, p);
                    }
                }
                i = j + 1;
            }
        }

        /**
         * Adds a line whose words are a tsvector literal in the sink ({@code 'word' 'word' …}, as the
         * loader writes them: letters and digits only, nothing to unescape).
         */
        void addQuoted(long id, int day, long amount, ByteSink quoted, byte[] row) {
            int p = slot(id, day, amount, row);
            byte[] b = quoted.array();
            int n = quoted.length();
            int i = 0;
            while (i < n) {
                if (b[i] != '\'') {
                    i++;
                    continue;
                }
                int start = ++i;
                while (i < n && b[i] != '\'') {
                    i++;
                }
                word(new String(b, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1), p);
                i++;
            }
        }

        private int slot(long id, int day, long amount, byte[] row) {
            if (size == ids.length) {
                int grown = size + (size >> 1) + 16;
                ids = Arrays.copyOf(ids, grown);
                days = Arrays.copyOf(days, grown);
                amounts = Arrays.copyOf(amounts, grown);
                rows = Arrays.copyOf(rows, grown);
            }
            ids[size] = id;
            days[size] = day;
            amounts[size] = amount;
            rows[size] = row;
            return size++;
        }

        private void word(String w, int p) {
            if (w.isEmpty()) {
                return;
            }
            IntList list = words.get(w);
            if (list == null) {
                list = new IntList(1);
                words.put(w, list);
            }
            if (list.size == 0 || list.last() != p) {
                list.add(p);
            }
        }

        /**
         * The positions in result order (day, then key); of the positions with the same day and key only
         * the last added is kept (earlier ones get -1 in {@code order}'s place in the returned count).
         */
        private int[] ordered() {
            int[] order = new int[size];
            boolean sorted = true;
            for (int i = 0; i < size; i++) {
                order[i] = i;
                if (i > 0 && compare(i - 1, i) > 0) {
                    sorted = false;
                }
            }
            if (!sorted) {
                Integer[] boxed = new Integer[size];
                for (int i = 0; i < size; i++) {
                    boxed[i] = i;
                }
                // stable: equal keys keep the order they were added in
                Arrays.sort(boxed, this::compare);
                for (int i = 0; i < size; i++) {
                    order[i] = boxed[i];
                }
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (i + 1 < size && compare(order[i], order[i + 1]) == 0) {
                    continue; // a later one of the same key follows
                }
                order[n++] = order[i];
            }
            return n == size ? order : Arrays.copyOf(order, n);
        }

        private int compare(int a, int b) {
            return days[a] != days[b] ? Integer.compare(days[a], days[b]) : Long.compare(ids[a], ids[b]);
        }
    }

    /**
     * A new snapshot: this one with the given lines added, or, for lines it already holds (same id),
     * their words replaced. Costs one pass over this snapshot's postings.
     */
    SearchIndex merge(List<Line> changes) {
        Batch batch = new Batch();
        for (Line l : changes) {
            batch.add(l.id(), l.day(), l.amount(), l.words(), l.row());
        }
        return merge(batch);
    }

    /**
     * A new snapshot: this one with the batch's lines added, or, for lines it already holds (same day
     * and key), their words and row replaced. Costs one pass over this snapshot's arrays and postings.
     */
    SearchIndex merge(Batch batch) {
        if (batch.size() == 0) {
            return this;
        }
        int[] order = batch.ordered();
        int n = ids.length;
        BitSet replaced = new BitSet(n);
        // per batch position: the line's rank in the new snapshot, -1 for a position superseded
        int[] newRank = new int[batch.size];
        Arrays.fill(newRank, -1);
        int[] oldRankOf = new int[order.length];
        int addedCount = 0;
        for (int k = 0; k < order.length; k++) {
            int p = order[k];
            int r = rank(batch.days[p], batch.ids[p]);
            oldRankOf[k] = r;
            if (r >= 0) {
                replaced.set(r);
            } else {
                addedCount++;
            }
        }

        // the new order: the old lines and the added ones merged by (day, id)
        int total = n + addedCount;
        long[] nIds = new long[total];
        int[] nDays = new int[total];
        long[] nAmounts = new long[total];
        int[] oldToNew = new int[n];
        int i = 0;
        int k = 0;
        for (int r = 0; r < total; r++) {
            while (k < order.length && oldRankOf[k] >= 0) {
                k++; // replacements keep their place
            }
            boolean takeOld;
            if (i >= n) {
                takeOld = false;
            } else if (k >= order.length) {
                takeOld = true;
            } else {
                int p = order[k];
                takeOld = days[i] != batch.days[p] ? days[i] < batch.days[p] : ids[i] < batch.ids[p];
            }
            if (takeOld) {
                nIds[r] = ids[i];
                nDays[r] = days[i];
                nAmounts[r] = amounts[i];
                oldToNew[i++] = r;
            } else {
                int p = order[k++];
                nIds[r] = batch.ids[p];
                nDays[r] = batch.days[p];
                nAmounts[r] = batch.amounts[p];
                newRank[p] = r;
            }
        }
        for (int q = 0; q < order.length; q++) {
            if (oldRankOf[q] >= 0) {
                int p = order[q];
                newRank[p] = oldToNew[oldRankOf[q]];
            }
        }

        // the words of the batch's lines, by word, as new ranks ascending
        String[] freshWords = new String[batch.words.size()];
        int[][] freshRanks = new int[freshWords.length][];
        int fw = 0;
        for (Map.Entry<String, IntList> e : batch.words.entrySet()) {
            IntList positions = e.getValue();
            int[] ranks = new int[positions.size];
            int m = 0;
            boolean ascending = true;
            for (int x = 0; x < positions.size; x++) {
                int r = newRank[positions.data[x]];
                if (r >= 0) {
                    if (m > 0 && ranks[m - 1] >= r) {
                        ascending = false;
                    }
                    ranks[m++] = r;
                }
            }
            if (m == 0) {
                continue;
            }
            if (!ascending) {
                Arrays.sort(ranks, 0, m);
            }
            freshWords[fw] = e.getKey();
            freshRanks[fw++] = m == ranks.length ? ranks : Arrays.copyOf(ranks, m);
        }
        Integer[] byWord = new Integer[fw];
        for (int x = 0; x < fw; x++) {
            byWord[x] = x;
        }
        String[] words0 = freshWords;
        Arrays.sort(byWord, (a, b) -> words0[a].compareTo(words0[b]));

        // merge the dictionaries
        int oldWords = words();
        ByteList outBytes = new ByteList(wordBytes.length + fw * 8);
        IntList outWordStart = new IntList(oldWords + fw + 1);
        IntList outPostStart = new IntList(oldWords + fw + 1);
        IntList outPostings = new IntList(postings.length + batch.size * 12);
        outWordStart.add(0);
        outPostStart.add(0);
        int w = 0;
        int f = 0;
        while (w < oldWords || f < fw) {
            int cmp;
            if (w >= oldWords) {
                cmp = 1;
            } else if (f >= fw) {
                cmp = -1;
            } else {
                cmp = compare(w, freshWords[byWord[f]]);
            }
            int before = outPostings.size;
            if (cmp <= 0) {
                int[] extra = cmp == 0 ? freshRanks[byWord[f]] : null;
                int e = 0;
                for (int p = postStart[w]; p < postStart[w + 1]; p++) {
                    int old = postings[p];
                    if (replaced.get(old)) {
                        continue;
                    }
                    int r = oldToNew[old];
                    while (extra != null && e < extra.length && extra[e] < r) {
                        outPostings.add(extra[e++]);
                    }
                    outPostings.add(r);
                }
                while (extra != null && e < extra.length) {
                    outPostings.add(extra[e++]);
                }
                if (outPostings.size > before) {
                    outBytes.add(wordBytes, wordStart[w], wordStart[w + 1] - wordStart[w]);
                }
                w++;
                if (cmp == 0) {
                    f++;
                }
            } else {
                for (int r : freshRanks[byWord[f]]) {
                    outPostings.add(r);
                }
                outBytes.add(freshWords[byWord[f]]);
                f++;
            }
            if (outPostings.size > before) {
                outWordStart.add(outBytes.size);
                outPostStart.add(outPostings.size);
            }
        }
        return new SearchIndex(
                nIds,
                nDays,
                nAmounts,
                rows.merged(total, oldToNew, replaced, batch.rows, newRank, batch.size),
                outBytes.toArray(),
                outWordStart.toArray(),
                outPostStart.toArray(),
                outPostings.toArray());
    }

    static final class IntList {
        int[] data;
        int size;

        IntList(int capacity) {
            data = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length + (data.length >> 1) + 4);
            }
            data[size++] = v;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    static final class ByteList {
        byte[] data;
        int size;

        ByteList(int capacity) {
            data = new byte[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(size + more, data.length + (data.length >> 1)));
            }
        }

        void add(byte[] src, int from, int length) {
            ensure(length);
            System.arraycopy(src, from, data, size, length);
            size += length;
        }

        void add(String ascii) {
            ensure(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                data[size++] = (byte) ascii.charAt(i);
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    @Override
    public String toString() {
        return "SearchIndex[" + size() + " lines, " + words() + " words, " + heapBytes() / 1024 + " KiB]";
    }
}
