package vn.doanket.demo;

import org.springframework.core.Ordered;

/**
 * A module's contribution to demo mode. Declare one as a bean in your module; demo mode runs them
 * all after the reference data is loaded, lowest order first, each in its own call. A seeder runs on
 * every start in demo mode, so it must notice that its data is already there and then do nothing
 * (record it in a dataset table, as the hierarchy does).
 */
public interface DemoSeeder extends Ordered {

    /** The residential areas, member organisations and leadership; everything else hangs off them. */
    int HIERARCHY = 0;
    /** Accounts for the demo units (they need the units to exist). */
    int ACCOUNTS = 100;
    /** Module data that belongs to units and may name accounts: indicators, funds, reports… */
    int MODULE_DATA = 200;

    /** What is seeded, for the start-up log ("hierarchy", "accounts"). */
    String name();

    /** Adds the demo data if the database does not have it yet. */
    void seed();

    @Override
    default int getOrder() {
        return MODULE_DATA;
    }
}
