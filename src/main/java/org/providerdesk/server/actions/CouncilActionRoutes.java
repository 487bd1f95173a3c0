package org.providerdesk.server.actions;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.providerdesk.api.ActionDetail;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.CouncilReplyRequest;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/** What council staff do with actions: list a team's queue, read one, reply and close. */
final class CouncilActionRoutes {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private final ServerParts parts;
    private final ActionQueries queries;
    private final ActionStore store;
    private final List<VariationApprovals> approvals;

    CouncilActionRoutes(ServerParts parts, ActionQueries queries, ActionStore store,
            List<VariationApprovals> approvals) {
        this.parts = parts;
        this.queries = queries;
        this.store = store;
        this.approvals = List.copyOf(approvals);
    }

    void register(RouteTable routes) {
        routes.get(ActionPaths.COUNCIL_ACTIONS, Access.COUNCIL, this::list);
        routes.get(ActionPaths.COUNCIL_ACTION, Access.COUNCIL,
                ctx -> ctx.json(detail(ActionRequests.actionId(ctx), ctx)));
        routes.post(ActionPaths.COUNCIL_ACTION_REPLIES, Access.COUNCIL, parts.writes().wrap(this::reply));
    }

    private void list(Context ctx) {
        FieldErrors errors = new FieldErrors();
        String team = ctx.queryParam("team");
        if (team != null && (team.isBlank() || !queries.teamExists(team))) {
            errors.add("team", "There is no such team.");
        }
        boolean openOnly = ActionRequests.openOnly(ctx, errors);
        int limit = ActionRequests.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT, errors);
        errors.throwIfAny();
        Paging.Cursor after = Paging.after(ctx);
        LocalDate afterDue = null;
        if (after != null) {
            try {
                afterDue = LocalDate.parse(after.key());
            } catch (java.time.format.DateTimeParseException e) {
                throw Paging.badCursor();
            }
        }
        ctx.json(Paging.page(ctx, queries.forCouncil(team, openOnly, afterDue, after == null ? null : after.id(),
                limit + 1, parts.today()), limit, action -> action.dueDate() + "~" + action.id()));
    }

    /** @param ctx the {@code GET} asking for a page of comments; null for a write's answer (the first page) */
    private ActionDetail detail(long actionId, Context ctx) {
        return new ActionDetail(queries.forCouncil(actionId, parts.today()).orElseThrow(ActionRequests::noSuchAction),
                ActionRequests.comments(queries, actionId, ctx));
    }

    private Result reply(Context ctx, Caller caller) {
        long actionId = ActionRequests.actionId(ctx);
        CouncilReplyRequest request = parts.bodies().read(ctx, CouncilReplyRequest.class);
        long changeNo = new ChangeNumbers(parts.jdbc()).take(2);
        ActionQueries.State state = queries.state(null, actionId).orElseThrow(ActionRequests::noSuchAction);
        ActionRequests.checkCouncilReply(request, state.type());
        if (request.assignTeam() != null && !queries.teamExists(request.assignTeam())) {
            throw ApiException.validation(Map.of("assignTeam", "There is no such team."));
        }
        if (state.status() == ActionStatus.CLOSED) {
            throw ActionRequests.closed();
        }
        String team = request.assignTeam() != null ? request.assignTeam() : state.teamCode();
        Instant now = parts.clock().instant();
        boolean closing = Boolean.TRUE.equals(request.close());
        if (closing) {
            store.closed(actionId, team, request.outcome(), now, changeNo);
        } else {
            store.replied(actionId, team, now, changeNo);
        }
        long commentId = store.addComment(new ActionStore.NewComment(actionId, CommentSide.COUNCIL, caller.userId(),
                queries.userName(caller.userId()), team, request.text().strip(), now), changeNo + 1);
        parts.audit().record(caller.userId(), closing ? "action.close" : "action.reply", "action:" + actionId,
                "comment:" + commentId + (closing && request.outcome() != null ? " outcome=" + request.outcome() : ""));
        ActionDetail detail = detail(actionId, null);
        if (request.outcome() == ActionOutcome.APPROVED) {
            tellApproved(detail.action());
        }
        return Result.created(detail);
    }

    private void tellApproved(ActionView action) {
        for (VariationApprovals listener : approvals) {
            listener.approved(action.providerId(), action.clientId(), action.variation());
        }
    }
}
