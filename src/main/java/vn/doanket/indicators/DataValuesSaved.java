package vn.doanket.indicators;

import java.util.List;

/**
 * The values one save created, changed or removed, in input order: one event per form, list or
 * upload (and per single value), published in the saving transaction once every value of it is
 * written, so a listener can handle them with a few statements rather than a few per value. Values
 * saved unchanged are not included; a save that changed nothing publishes nothing.
 */
public record DataValuesSaved(List<DataValueSaved> values) {

    public DataValuesSaved {
        values = List.copyOf(values);
    }
}
