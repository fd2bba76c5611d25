package org.cocrea.demo;

import org.cocrea.demo.DemoSpec.PersonSpec;
import org.cocrea.demo.DemoSpec.StateSpec;

/**
 * The demo accounts: one password for all of them, and a table for the dev server's banner.
 * They exist only with the demo data ({@link DemoData}) and carry the account's demo flag.
 */
public final class DemoAccounts {

    /** The password of every demo account. Public by design: it is demo data. */
    public static final String PASSWORD = "Cocrea-demo-2026";

    /** The demo platform administrator (not created when the bootstrap administrator already took the name). */
    public static final String ADMIN_USERNAME = "admin";

    static final String ADMIN_FULL_NAME = "Administración de la plataforma (demo)";

    private DemoAccounts() {
    }

    /** The demo accounts (user names, roles, states) and their password as text for the dev server's banner. */
    public static String describe() {
        String row = "  %-20s %-23s %s%n";
        StringBuilder out = new StringBuilder("Demo accounts (loaded into an empty database with cocrea.demo=true), password for all: ")
                .append(PASSWORD).append(System.lineSeparator());
        out.append(String.format(row, "username", "role", "state"));
        out.append(String.format(row, ADMIN_USERNAME, "PLATFORM_ADMIN", "-"));
        for (StateSpec state : DemoStates.all()) {
            for (PersonSpec person : state.people) {
                out.append(String.format(row, person.username(), person.role(), state.name));
            }
        }
        return out.toString().stripTrailing();
    }
}
