package vn.doanket.reports.extraction;

import java.util.List;

/**
 * Something the text names at a place: a period ({@code value} is its id, e.g. "2024S1", "2024Q1",
 * "202311", "2023") or a unit ({@code value} is the name as written, e.g. "tỉnh Bắc Kạn").
 */
public record Mention(int start, int end, String value, String text) {

    /**
     * The mention that most likely applies to a quantity at {@code at} in {@code text}: one in the same
     * sentence (the nearest), else the nearest one before it, else the first in the text.
     */
    public static Mention forQuantity(List<Mention> mentions, String text, int at) {
        int from = Sentences.start(text, at, 400);
        int to = Sentences.end(text, at, 400);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && (best == null || distance(m, at) < distance(best, at))) {
                best = m;
            }
        }
        return best != null ? best : nearestBefore(mentions, at);
    }

    private static int distance(Mention m, int at) {
        return m.start() > at ? m.start() - at : Math.max(0, at - m.end());
    }

    static Mention nearestBefore(List<Mention> mentions, int at) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() <= at) {
                best = m;
            } else {
                break;
            }
        }
        return best != null ? best : mentions.isEmpty() ? null : mentions.get(0);
    }
}
