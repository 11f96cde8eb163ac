package vn.doanket.funds;

/** A donor as listed for a fund: how many gifts and statement lines are theirs there, and the sum. */
public record DonorSummary(long id, String name, String kind, DonorDisplay display, int gifts, int lines, long total) {}
