package org.providerdesk.api;

/**
 * Paths of accounts (forgotten and changed passwords), organisation details and contacts, and the council's
 * notices. Kept apart from {@link ApiPaths} only so that features can grow side by side.
 */
public final class AccountPaths {

    public static final String NOTICE_ID = "noticeId";

    /** Public: e-mails a code to the address when it belongs to an account; the same answer when it does not. */
    public static final String PASSWORD_RESET = ApiPaths.BASE + "/auth/password-reset";
    /** Public: the code from that e-mail and the new password. */
    public static final String PASSWORD_RESET_CONFIRM = PASSWORD_RESET + "/confirm";
    /** Signed in: changes the caller's password; every other session of theirs ends. */
    public static final String PASSWORD = ApiPaths.BASE + "/auth/password";

    /** The provider's organisation details, read-only to providers. */
    public static final String PROVIDER_ORGANISATION = ApiPaths.BASE + "/providers/{" + ApiPaths.PROVIDER_ID
            + "}/organisation";
    /** The provider's contacts, and which of them have portal access. */
    public static final String PROVIDER_CONTACTS = ApiPaths.BASE + "/providers/{" + ApiPaths.PROVIDER_ID
            + "}/contacts";

    /** Council: every notice, newest first (GET), or a new one (POST). */
    public static final String COUNCIL_NOTICES = ApiPaths.BASE + "/council/notices";
    /** Council: ends a notice now. */
    public static final String COUNCIL_NOTICE_END = COUNCIL_NOTICES + "/{" + NOTICE_ID + "}/end";

    private AccountPaths() {
    }

    public static String noticeEnd(long noticeId) {
        return COUNCIL_NOTICE_END.replace("{" + NOTICE_ID + "}", Long.toString(noticeId));
    }
}
