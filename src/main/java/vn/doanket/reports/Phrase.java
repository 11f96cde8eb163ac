package vn.doanket.reports;

/**
 * A piece of a report sentence. A figure carries the link to the analytics query that produced it
 * (so every number in a report can be traced back); plain words carry none.
 */
public record Phrase(String text, String link) {

    public static Phrase words(String text) {
        return new Phrase(text, null);
    }

    public boolean isFigure() {
        return link != null;
    }
}
