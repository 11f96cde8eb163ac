package vn.doanket.reports.extraction;

import java.util.List;

/**
 * Something the text names at a place: a period ({@code value} is its id, e.g. "2024S1", "2024Q1",
 * "202311", "2023") or a unit ({@code value} is the name as written, e.g. "tỉnh Bắc Kạn").
 */
public record Mention(int start, int end, String value, String text) {

    /**
     * The mention that most likely applies to a quantity at {@code at} in {@code text}: one in the same
     * sentence (the nearest), else the nearest one before it, else the first in the text. {@code
     * mentions} are sorted by start; the search is logarithmic so that long texts stay fast.
     */
    public static Mention forQuantity(List<Mention> mentions, String text, int at) {
        if (mentions.isEmpty()) {
            return null;
        }
        int from = Sentences.start(text, at, 400);
        int to = Sentences.end(text, at, 400);
        int after = firstStartingAfter(mentions, at);
        Mention before = after > 0 ? mentions.get(after - 1) : null;
        Mention next = after < mentions.size() ? mentions.get(after) : null;
        boolean beforeInSentence = before != null && before.start() >= from;
        boolean nextInSentence = next != null && next.end() <= to;
        if (beforeInSentence && nextInSentence) {
            return at - before.end() <= next.start() - at ? before : next;
        }
        if (beforeInSentence) {
            return before;
        }
        if (nextInSentence) {
            return next;
        }
        return before != null ? before : mentions.get(0);
    }

    private static int firstStartingAfter(List<Mention> mentions, int at) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
