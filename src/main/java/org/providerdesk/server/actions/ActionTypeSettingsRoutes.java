package org.providerdesk.server.actions;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionTypeSetting;
import org.providerdesk.api.DueDaysRequest;
import org.providerdesk.domain.ActionType;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * The council sets how many working days it has to answer each type of action ("no council publishes the SLA
 * days: make due days configurable per action type"). New actions take their due date from it.
 */
final class ActionTypeSettingsRoutes {

    static final int MOST_DAYS = 60;

    private final ServerParts parts;
    private final ActionQueries queries;

    ActionTypeSettingsRoutes(ServerParts parts, ActionQueries queries) {
        this.parts = parts;
        this.queries = queries;
    }

    void register(RouteTable routes) {
        routes.get(ActionPaths.COUNCIL_ACTION_TYPES, Access.COUNCIL, ctx -> ctx.json(settings()));
        routes.put(ActionPaths.COUNCIL_ACTION_TYPE, Access.COUNCIL, parts.writes().wrap(this::change));
    }

    private List<ActionTypeSetting> settings() {
        return Arrays.stream(ActionType.values())
                .map(type -> new ActionTypeSetting(type, queries.dueWorkingDays(type))).toList();
    }

    private IdempotentWrites.Result change(Context ctx, Caller caller) {
        ActionType type = typeOf(ctx.pathParam(ActionPaths.ACTION_TYPE));
        DueDaysRequest request = parts.bodies().read(ctx, DueDaysRequest.class);
        Integer days = request.dueWorkingDays();
        if (days == null || days < 1 || days > MOST_DAYS) {
            new FieldErrors().add("dueWorkingDays", "Use a whole number of working days from 1 to " + MOST_DAYS + ".")
                    .throwIfAny();
        }
        if (parts.jdbc().update("UPDATE action_type_setting SET due_working_days = ? WHERE type = ?", days, type) == 0) {
            parts.jdbc().update("INSERT INTO action_type_setting (type, due_working_days) VALUES (?, ?)", type, days);
        }
        parts.audit().record(caller.userId(), "action-type.due-days", "action-type:" + type, "days=" + days);
        return IdempotentWrites.Result.ok(new ActionTypeSetting(type, days), null);
    }

    private static ActionType typeOf(String text) {
        try {
            return ActionType.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no action type called " + text + ".");
        }
    }
}
