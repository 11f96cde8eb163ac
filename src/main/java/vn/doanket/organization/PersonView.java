package vn.doanket.organization;

/** A person as pages and other modules see them; {@code unitCode} is the unit that registered them. */
public record PersonView(
        long id, String fullName, Gender gender, Integer birthYear, String phone, String email, String unitCode) {}
