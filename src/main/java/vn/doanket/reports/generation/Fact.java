package vn.doanket.reports.generation;

import vn.doanket.reports.FigureTable.Format;

/**
 * One clause of a work area's sentence, written around an indicator's figure. The template holds
 * the words with placeholders: {@code {v}} the figure (a count, an amount of money, or "9/17" for a
 * ratio), {@code {s}} the share as officers round it ("hơn 91%") and {@code {p}} the share as a
 * whole percent ("53%"). A count or amount with a target reads "54/44 đơn vị máu, đạt 123% chỉ
 * tiêu"; with last year's figure it adds "(tăng 12% so với cùng kỳ)".
 *
 * @param denominator for a ratio, the indicator that divides; null otherwise
 * @param versusLastYear whether a change from the same period last year means something here
 */
public record Fact(String indicator, String denominator, Format format, String template, boolean versusLastYear) {

    public static Fact count(String indicator, String template) {
        return new Fact(indicator, null, Format.COUNT, template, true);
    }

    /** A stock (households, products certified) whose change from last year is not news. */
    public static Fact stock(String indicator, String template) {
        return new Fact(indicator, null, Format.COUNT, template, false);
    }

    public static Fact money(String indicator, String template) {
        return new Fact(indicator, null, Format.MONEY, template, true);
    }

    /** An indicator whose value is already a percentage (a share of yes answers, a computed ratio). */
    public static Fact share(String indicator, String template) {
        return new Fact(indicator, null, Format.PERCENT, template, false);
    }

    /** Two counts written "9/17", with their share available as {@code {s}} or {@code {p}}. */
    public static Fact ratio(String numerator, String denominator, String template) {
        return new Fact(numerator, denominator, Format.COUNT, template, false);
    }

    public boolean isRatio() {
        return denominator != null;
    }
}
