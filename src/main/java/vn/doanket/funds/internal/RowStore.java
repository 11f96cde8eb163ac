package vn.doanket.funds.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The packed public rows ({@link PublicRows}) of one {@link SearchIndex} snapshot, by rank: back to back
 * in a few large byte arrays, with the place of each row (array number and offset in one long). One
 * byte array per line cost a million objects and about 20 bytes a line of headers, padding and
 * references for a million lines. Immutable; a merge shares the arrays of the snapshot before and writes
 * the batch's rows into one new array (or a copy of a small last one, so gifts entered one by one do not
 * add an array each). A replaced row stays where it was as garbage until garbage is a quarter of the
 * bytes, then everything is copied into fresh arrays.
 */
final class RowStore {

    static final RowStore EMPTY = new RowStore(new byte[0][], new long[0], 0, 0);

    /** A last array smaller than this is copied and extended rather than followed by a new one. */
    private static final int SMALL = 1 << 20;
    /** Arrays written when compacting hold about this much. */
    private static final int COMPACT_CHUNK = 16 << 20;

    private final byte[][] chunks;
    private final long[] at;
    private final long bytes;
    private final long garbage;

    private RowStore(byte[][] chunks, long[] at, long bytes, long garbage) {
        this.chunks = chunks;
        this.at = at;
        this.bytes = bytes;
        this.garbage = garbage;
    }

    byte[] chunk(int rank) {
        return chunks[(int) (at[rank] >>> 32)];
    }

    int offset(int rank) {
        return (int) at[rank];
    }

    /** The row's bytes, copied (for tests and rare uses; pages read the row in place). */
    byte[] row(int rank) {
        byte[] chunk = chunk(rank);
        int from = offset(rank);
        return Arrays.copyOfRange(chunk, from, from + PublicRows.length(chunk, from));
    }

    private int length(int rank) {
        return PublicRows.length(chunk(rank), offset(rank));
    }

    /** Bytes held: the arrays (with their headers) and the place of each row. */
    long heapBytes() {
        return 16 + 8L * chunks.length + 16L * chunks.length + bytes + 16 + 8L * at.length;
    }

    /**
     * The rows of a merged snapshot of {@code total} lines: this store's rows that are kept, at their new
     * rank ({@code oldToNew}), and the batch's rows at {@code newRank[p]} (positions with -1 are dropped),
     * those replacing an old row included.
     */
    RowStore merged(int total, int[] oldToNew, BitSet replaced, byte[][] batchRows, int[] newRank, int batchSize) {
        long[] nAt = new long[total];
        long dropped = garbage;
        for (int i = 0; i < at.length; i++) {
            if (replaced.get(i)) {
                dropped += length(i);
            } else {
                nAt[oldToNew[i]] = at[i];
            }
        }
        long added = 0;
        for (int p = 0; p < batchSize; p++) {
            if (newRank[p] >= 0) {
                added += batchRows[p].length;
            }
        }
        if (dropped * 4 > bytes + added) {
            return compacted(total, nAt, replaced, oldToNew, batchRows, newRank, batchSize);
        }
        byte[][] nChunks;
        byte[] target;
        int start;
        byte[] last = chunks.length == 0 ? null : chunks[chunks.length - 1];
        if (last != null && last.length < SMALL && last.length + added <= Integer.MAX_VALUE) {
            nChunks = chunks.clone();
            target = Arrays.copyOf(last, (int) (last.length + added));
            start = last.length;
            nChunks[nChunks.length - 1] = target;
        } else {
            if (added > Integer.MAX_VALUE) {
                return compacted(total, nAt, replaced, oldToNew, batchRows, newRank, batchSize);
            }
            nChunks = Arrays.copyOf(chunks, chunks.length + 1);
            target = new byte[(int) added];
            start = 0;
            nChunks[nChunks.length - 1] = target;
        }
        long chunk = (long) (nChunks.length - 1) << 32;
        int pos = start;
        for (int p = 0; p < batchSize; p++) {
            if (newRank[p] >= 0) {
                byte[] row = batchRows[p];
                System.arraycopy(row, 0, target, pos, row.length);
                nAt[newRank[p]] = chunk | pos;
                pos += row.length;
            }
        }
        return new RowStore(nChunks, nAt, bytes + added, dropped);
    }

    /** Every kept row copied, in rank order, into fresh arrays: the garbage of replaced rows goes. */
    private RowStore compacted(
            int total, long[] nAt, BitSet replaced, int[] oldToNew, byte[][] batchRows, int[] newRank, int batchSize) {
        // where each new rank's row comes from: a batch position, or (-1) the old row already in nAt
        int[] fromBatch = new int[total];
        Arrays.fill(fromBatch, -1);
        for (int p = 0; p < batchSize; p++) {
            if (newRank[p] >= 0) {
                fromBatch[newRank[p]] = p;
            }
        }
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        long[] placed = new long[total];
        byte[] target = null;
        int pos = 0;
        long written = 0;
        for (int r = 0; r < total; r++) {
            byte[] src;
            int from;
            int len;
            if (fromBatch[r] >= 0) {
                src = batchRows[fromBatch[r]];
                from = 0;
                len = src.length;
            } else {
                src = chunks[(int) (nAt[r] >>> 32)];
                from = (int) nAt[r];
                len = PublicRows.length(src, from);
            }
            if (target == null || pos + len > target.length) {
                if (target != null) {
                    out.set(out.size() - 1, Arrays.copyOf(target, pos));
                }
                target = new byte[Math.max(COMPACT_CHUNK, len)];
                out.add(target);
                pos = 0;
            }
            System.arraycopy(src, from, target, pos, len);
            placed[r] = ((long) (out.size() - 1) << 32) | pos;
            pos += len;
            written += len;
        }
        if (target != null) {
            out.set(out.size() - 1, Arrays.copyOf(target, pos));
        }
        return new RowStore(out.toArray(new byte[0][]), placed, written, 0);
    }
}
