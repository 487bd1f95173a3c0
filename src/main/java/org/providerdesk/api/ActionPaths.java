package org.providerdesk.api;

/** Paths of actions and change requests, for providers and for council staff. */
public final class ActionPaths {

    public static final String ACTION_ID = "actionId";

    /** Any signed-in user: the council's teams, for the "Assign to" drop-down. */
    public static final String TEAMS = ApiPaths.BASE + "/teams";

    /** A provider's actions; {@code ?openOnly=false} includes closed ones. POST raises one. */
    public static final String PROVIDER_ACTIONS = ApiPaths.BASE + "/providers/{" + ApiPaths.PROVIDER_ID + "}/actions";
    /** Green, amber or red, with counts, for the home page icon. */
    public static final String PROVIDER_ACTION_SUMMARY = PROVIDER_ACTIONS + "/summary";
    /** One action with its comments, oldest first. */
    public static final String PROVIDER_ACTION = PROVIDER_ACTIONS + "/{" + ACTION_ID + "}";
    /** POST: the provider's reply. */
    public static final String PROVIDER_ACTION_REPLIES = PROVIDER_ACTION + "/replies";

    /** Council staff: actions of every provider, {@code ?team=CODE&openOnly=true&limit=N}. */
    public static final String COUNCIL_ACTIONS = ApiPaths.BASE + "/council/actions";
    public static final String COUNCIL_ACTION = COUNCIL_ACTIONS + "/{" + ACTION_ID + "}";
    /** POST: the council's reply, which may close the action. */
    public static final String COUNCIL_ACTION_REPLIES = COUNCIL_ACTION + "/replies";
    public static final String ACTION_TYPE = "actionType";
    /** The council's due days per action type. */
    public static final String COUNCIL_ACTION_TYPES = ApiPaths.BASE + "/council/action-types";
    public static final String COUNCIL_ACTION_TYPE = COUNCIL_ACTION_TYPES + "/{" + ACTION_TYPE + "}";

    private ActionPaths() {
    }

    public static String providerActions(long providerId) {
        return ApiPaths.forProvider(PROVIDER_ACTIONS, providerId);
    }

    public static String providerAction(long providerId, long actionId) {
        return withAction(ApiPaths.forProvider(PROVIDER_ACTION, providerId), actionId);
    }

    public static String providerReplies(long providerId, long actionId) {
        return withAction(ApiPaths.forProvider(PROVIDER_ACTION_REPLIES, providerId), actionId);
    }

    public static String councilAction(long actionId) {
        return withAction(COUNCIL_ACTION, actionId);
    }

    public static String councilReplies(long actionId) {
        return withAction(COUNCIL_ACTION_REPLIES, actionId);
    }

    private static String withAction(String path, long actionId) {
        return path.replace("{" + ACTION_ID + "}", Long.toString(actionId));
    }
}
