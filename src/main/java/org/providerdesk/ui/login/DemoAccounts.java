package org.providerdesk.ui.login;

import java.util.List;

/**
 * Accounts a first-time user can try on a demo server, shown on the login screen.
 *
 * @param password the password all demo accounts share
 */
public record DemoAccounts(List<Account> accounts, String password) {

    /** One demo account and who it is. */
    public record Account(String email, String description) {
    }

    public DemoAccounts {
        accounts = List.copyOf(accounts);
    }
}
