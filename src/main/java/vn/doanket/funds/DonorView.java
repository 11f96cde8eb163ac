package vn.doanket.funds;

/** A person or organisation that gives, and how their gifts are shown in public. */
public record DonorView(long id, String name, String kind, DonorDisplay display) {}
