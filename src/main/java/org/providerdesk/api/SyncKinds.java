package org.providerdesk.api;

import java.util.Map;

/**
 * The kinds of row the changes feed carries, and the record each kind's {@code data} is. A feature that syncs a
 * new kind adds it here, so client and server agree.
 */
public final class SyncKinds {

    public static final String CLIENT = "client";
    public static final String LINE_ITEM = "lineItem";
    public static final String ACTION = "action";
    public static final String ACTION_COMMENT = "actionComment";
    public static final String ORGANISATION = "organisation";
    public static final String CONTACT = "contact";
    public static final String NOTICE = "notice";

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry(CLIENT, ClientView.class),
            Map.entry(LINE_ITEM, LineItemView.class),
            Map.entry(ACTION, ActionView.class),
            Map.entry(ACTION_COMMENT, ActionCommentView.class),
            Map.entry(ORGANISATION, OrganisationView.class),
            Map.entry(CONTACT, ContactView.class),
            Map.entry(NOTICE, SyncedNotice.class));

    private SyncKinds() {
    }

    /** @return the record class of a kind's data, or null for a kind this client does not know */
    public static Class<?> typeOf(String kind) {
        return TYPES.get(kind);
    }

    public static Map<String, Class<?>> all() {
        return TYPES;
    }
}
