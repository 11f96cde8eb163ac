package vn.doanket.reports;

/** What to do with a work area that has no figures and no text for the period: the user chooses. */
public enum EmptySections {
    /** Keep it, saying there are no figures yet. */
    STATE,
    /** Leave it out. */
    OMIT;

    /** Reads the request parameter; anything but "omit" keeps empty sections. */
    public static EmptySections of(String value) {
        return "omit".equalsIgnoreCase(value == null ? "" : value.strip()) ? OMIT : STATE;
    }
}
