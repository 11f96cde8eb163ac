package vn.doanket.indicators.web;

import java.util.List;

/**
 * What happened to one typed value, shown next to its input. The input itself is never replaced, so
 * what the user typed stays even when it was refused.
 *
 * @param version the field's new version after a save (null when nothing was stored)
 * @param theirs on a conflict, the value someone else stored, as shown; {@code theirVersion} its version
 */
record FieldStatus(
        String key,
        Kind kind,
        String message,
        List<String> warnings,
        Integer version,
        String theirs,
        Integer theirVersion,
        String achievement) {

    enum Kind {
        SAVED,
        UNCHANGED,
        REFUSED,
        STALE
    }

    public boolean isStored() {
        return version != null;
    }
}
