package org.providerdesk.server.actions;

import org.providerdesk.server.web.Paging;
import org.providerdesk.api.ActionCommentView;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.CouncilReplyRequest;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.VariationRules;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.Params;

/** Checks of action requests and query parameters, naming the field that is wrong. */
final class ActionRequests {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    private static final String VARIATION = "variation.";

    private ActionRequests() {
    }

    /** @throws ApiException 400 naming each missing or malformed field */
    static void checkNew(NewActionRequest request, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (request.type() == null) {
            errors.add("type", "Choose the type of action.");
        }
        checkRelation(request, errors);
        errors.requireText("assignTeam", request.assignTeam(), 40, "Choose the team to assign the action to.");
        errors.requireText("title", request.title(), MAX_TITLE, "Enter a title, such as 'Hospital admission'.");
        errors.requireText("text", request.text(), MAX_TEXT, "Enter the details for the council.");
        if (request.type() == ActionType.VARIATION && request.variation() == null) {
            errors.add("variation", "Fill in the variation: contracted hours, day or week, actual hours, reason.");
        } else if (request.type() != ActionType.VARIATION && request.variation() != null) {
            errors.add("variation", "Only a variation has variation details.");
        } else if (request.variation() != null) {
            VariationRules.incomplete(request.variation(), today)
                    .forEach((field, message) -> errors.add(VARIATION + field, message));
        }
        errors.throwIfAny();
    }

    private static void checkRelation(NewActionRequest request, FieldErrors errors) {
        if (request.relatedTo() == null) {
            errors.add("relatedTo", "Choose whether the action is about a client or a line item.");
        } else if (request.relatedTo() == RelatedTo.CLIENT) {
            if (request.clientId() == null) {
                errors.add("clientId", "Choose the client the action is about.");
            }
            if (request.lineItemId() != null) {
                errors.add("lineItemId", "An action about a client names no line item.");
            }
        } else if (request.lineItemId() == null) {
            errors.add("lineItemId", "Choose the line item the action is about.");
        }
    }

    /** @throws ApiException 422 naming each field over a variation's limits */
    static void checkVariationLimits(NewActionRequest request) {
        if (request.variation() == null) {
            return;
        }
        Map<String, String> broken = new LinkedHashMap<>();
        VariationRules.brokenLimits(request.variation()).forEach((field, message) -> broken.put(VARIATION + field,
                message));
        if (!broken.isEmpty()) {
            throw ruleBroken(broken);
        }
    }

    static void checkReply(ReplyRequest request) {
        new FieldErrors()
                .requireText("text", request.text(), MAX_TEXT, "Type your reply.")
                .requireText("assignTeam", request.assignTeam(), 40, "Choose the team to assign the action to.")
                .throwIfAny();
    }

    static void checkCouncilReply(CouncilReplyRequest request, ActionType type) {
        FieldErrors errors = new FieldErrors().requireText("text", request.text(), MAX_TEXT, "Type your reply.");
        if (request.assignTeam() != null) {
            errors.requireText("assignTeam", request.assignTeam(), 40, "Choose a team, or leave it out.");
        }
        boolean closing = Boolean.TRUE.equals(request.close());
        if (closing && type == ActionType.VARIATION && request.outcome() == null) {
            errors.add("outcome", "Say whether the variation is approved or rejected.");
        } else if (request.outcome() != null && (!closing || type != ActionType.VARIATION)) {
            errors.add("outcome", "Only a variation being closed has an outcome.");
        }
        errors.throwIfAny();
    }

    static ApiException ruleBroken(Map<String, String> fields) {
        String detail = fields.size() == 1 ? fields.values().iterator().next()
                : "The request breaks the rules for this kind of action.";
        return new ApiException(new Problem(ProblemTypes.RULE_BROKEN, "Not within the rules", 422, detail, fields),
                null);
    }

    static ApiException closed() {
        return new ApiException(409, ProblemTypes.CONFLICT, "Action closed",
                "This action is closed, so it cannot be replied to. Raise a new action instead.");
    }

    static ApiException noSuchAction() {
        return ApiException.notFound("There is no such action.");
    }

    static long actionId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam(ActionPaths.ACTION_ID));
        } catch (NumberFormatException e) {
            throw noSuchAction();
        }
    }

    /** {@code ?openOnly=}: true when absent, like the "Open Actions Only" tick box. */
    static boolean openOnly(Context ctx, FieldErrors errors) {
        try {
            return Params.bool(ctx, "openOnly", true);
        } catch (ApiException e) {
            errors.add("openOnly", "Use true or false.");
            return false;
        }
    }

    static int limit(Context ctx, int fallback, int max, FieldErrors errors) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add("limit", "Use a whole number from 1 to " + max + ".");
        return fallback;
    }

    /** The comments an action's answer holds at most; {@code GET} pages through the rest with its cursor. */
    static final int COMMENTS_PAGE = 500;
    static final int MAX_COMMENTS_PAGE = 5000;

    /**
     * A page of an action's comments, oldest first: for a {@code GET} of the action ({@code ctx}), the page its
     * {@code after} and {@code limit} ask for, with the next-page headers when more wait; for a write's answer
     * ({@code ctx} null), the first page.
     */
    static List<ActionCommentView> comments(ActionQueries queries, long actionId, Context ctx) {
        if (ctx == null) {
            return queries.comments(actionId, null, COMMENTS_PAGE);
        }
        int limit = Paging.limit(ctx, COMMENTS_PAGE, MAX_COMMENTS_PAGE);
        Paging.Cursor after = Paging.after(ctx);
        ActionQueries.CommentCursor from = null;
        if (after != null) {
            try {
                from = new ActionQueries.CommentCursor(Instant.parse(after.key()), after.id());
            } catch (DateTimeParseException e) {
                throw Paging.badCursor();
            }
        }
        return Paging.page(ctx, queries.comments(actionId, from, limit + 1), limit,
                comment -> comment.createdAt() + "~" + comment.id());
    }
}
