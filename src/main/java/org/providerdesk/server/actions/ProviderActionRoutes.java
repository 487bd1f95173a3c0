package org.providerdesk.server.actions;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.providerdesk.api.ActionDetail;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.domain.Actions;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/** What a provider's users do with actions: list, summarise, read, raise and reply. */
final class ProviderActionRoutes {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final ServerParts parts;
    private final ActionQueries queries;
    private final ActionStore store;

    ProviderActionRoutes(ServerParts parts, ActionQueries queries, ActionStore store) {
        this.parts = parts;
        this.queries = queries;
        this.store = store;
    }

    void register(RouteTable routes) {
        routes.get(ActionPaths.PROVIDER_ACTIONS, Access.PROVIDER, this::list);
        routes.get(ActionPaths.PROVIDER_ACTION_SUMMARY, Access.PROVIDER,
                ctx -> ctx.json(queries.summary(RouteTable.providerId(ctx), parts.today())));
        routes.get(ActionPaths.PROVIDER_ACTION, Access.PROVIDER, this::detail);
        routes.post(ActionPaths.PROVIDER_ACTIONS, Access.PROVIDER, parts.writes().wrap(this::raise));
        routes.post(ActionPaths.PROVIDER_ACTION_REPLIES, Access.PROVIDER, parts.writes().wrap(this::reply));
    }

    private void list(Context ctx) {
        FieldErrors errors = new FieldErrors();
        boolean openOnly = ActionRequests.openOnly(ctx, errors);
        int limit = ActionRequests.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT, errors);
        errors.throwIfAny();
        Paging.Cursor after = Paging.after(ctx);
        java.time.Instant afterActivity = null;
        if (after != null) {
            try {
                afterActivity = java.time.Instant.parse(after.key());
            } catch (java.time.format.DateTimeParseException e) {
                throw Paging.badCursor();
            }
        }
        ctx.json(Paging.page(ctx, queries.ofProvider(RouteTable.providerId(ctx), openOnly, afterActivity,
                after == null ? null : after.id(), limit + 1, parts.today()), limit,
                action -> action.lastActivityAt() + "~" + action.id()));
    }

    private void detail(Context ctx) {
        ctx.json(detail(RouteTable.providerId(ctx), ActionRequests.actionId(ctx), ctx));
    }

    /** @param ctx the {@code GET} asking for a page of comments; null for a write's answer (the first page) */
    private ActionDetail detail(long providerId, long actionId, Context ctx) {
        return new ActionDetail(queries.forProvider(providerId, actionId, parts.today())
                .orElseThrow(ActionRequests::noSuchAction), ActionRequests.comments(queries, actionId, ctx));
    }

    private Result raise(Context ctx, Caller caller) {
        long providerId = RouteTable.providerId(ctx);
        LocalDate today = parts.today();
        NewActionRequest request = parts.bodies().read(ctx, NewActionRequest.class);
        ActionRequests.checkNew(request, today);
        requireTeam(request.assignTeam(), "assignTeam");
        long clientId = clientOf(providerId, request);
        ActionRequests.checkVariationLimits(request);
        Instant now = parts.clock().instant();
        LocalDate due = Actions.dueDate(today, queries.dueWorkingDays(request.type()));
        long changeNo = new ChangeNumbers(parts.jdbc()).next();
        long id = store.raise(new ActionStore.NewAction(providerId, request.type(), request.relatedTo(), clientId,
                request.lineItemId(), request.assignTeam(), request.title().strip(), request.text().strip(), due,
                caller.userId(), now, request.variation()), changeNo);
        parts.audit().record(caller.userId(), "action.raise", "action:" + id, "type=" + request.type());
        return Result.created(queries.forProvider(providerId, id, today).orElseThrow());
    }

    /** The client the action is about: named, or that of the line item; always one of the provider's. */
    private long clientOf(long providerId, NewActionRequest request) {
        if (request.relatedTo() == RelatedTo.CLIENT) {
            if (!queries.isClientOf(providerId, request.clientId())) {
                throw ActionRequests.ruleBroken(Map.of("clientId", "This provider has no such client."));
            }
            return request.clientId();
        }
        long clientId = queries.clientOfLineItem(providerId, request.lineItemId()).orElseThrow(
                () -> ActionRequests.ruleBroken(Map.of("lineItemId", "This provider has no such line item.")));
        if (request.clientId() != null && request.clientId() != clientId) {
            throw ActionRequests.ruleBroken(Map.of("clientId", "The line item is for another client."));
        }
        return clientId;
    }

    private void requireTeam(String code, String field) {
        if (!queries.teamExists(code)) {
            throw ApiException.validation(Map.of(field, "There is no such team."));
        }
    }

    private Result reply(Context ctx, Caller caller) {
        long providerId = RouteTable.providerId(ctx);
        long actionId = ActionRequests.actionId(ctx);
        ReplyRequest request = parts.bodies().read(ctx, ReplyRequest.class);
        ActionRequests.checkReply(request);
        requireTeam(request.assignTeam(), "assignTeam");
        long changeNo = new ChangeNumbers(parts.jdbc()).take(2);
        ActionQueries.State state = queries.state(providerId, actionId).orElseThrow(ActionRequests::noSuchAction);
        if (state.status() == ActionStatus.CLOSED) {
            throw ActionRequests.closed();
        }
        Instant now = parts.clock().instant();
        store.replied(actionId, request.assignTeam(), now, changeNo);
        long commentId = store.addComment(new ActionStore.NewComment(actionId, CommentSide.PROVIDER, caller.userId(),
                queries.userName(caller.userId()), request.assignTeam(), request.text().strip(), now), changeNo + 1);
        parts.audit().record(caller.userId(), "action.reply", "action:" + actionId, "comment:" + commentId);
        return Result.created(detail(providerId, actionId, null));
    }
}
