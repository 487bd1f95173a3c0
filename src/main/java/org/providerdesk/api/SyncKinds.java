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
    /** Payment periods are council-wide: every provider receives them. */
    public static final String PERIOD = "period";
    public static final String SCHEDULE = "schedule";
    public static final String SCHEDULE_LINE = "scheduleLine";
    /** Payment runs that paid the provider. */
    public static final String PAYMENT_RUN = "paymentRun";
    public static final String REMITTANCE_LINE = "remittanceLine";

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry(CLIENT, ClientView.class),
            Map.entry(LINE_ITEM, LineItemView.class),
            Map.entry(ACTION, ActionView.class),
            Map.entry(ACTION_COMMENT, ActionCommentView.class),
            Map.entry(ORGANISATION, OrganisationView.class),
            Map.entry(CONTACT, ContactView.class),
            Map.entry(NOTICE, SyncedNotice.class),
            Map.entry(PERIOD, PeriodView.class),
            Map.entry(SCHEDULE, ScheduleSummary.class),
            Map.entry(SCHEDULE_LINE, ScheduleLineView.class),
            Map.entry(PAYMENT_RUN, PaymentRunView.class),
            Map.entry(REMITTANCE_LINE, RemittanceLineView.class));

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
