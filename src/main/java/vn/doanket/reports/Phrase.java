package vn.doanket.reports;

/**
 * A piece of a report sentence. A figure carries the link to the analytics query that produced it and
 * the link to the entries behind it (so every number in a report can be traced back); plain words carry
 * neither.
 *
 * @param sources the page listing the entered values the figure is made of, or null
 */
public record Phrase(String text, String link, String sources) {

    public Phrase(String text, String link) {
        this(text, link, null);
    }

    public static Phrase words(String text) {
        return new Phrase(text, null, null);
    }

    public boolean isFigure() {
        return link != null;
    }
}
