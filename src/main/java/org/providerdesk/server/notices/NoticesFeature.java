package org.providerdesk.server.notices;

import org.providerdesk.server.web.Paging;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.api.NewNotice;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.domain.Notice;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Notices, wired: the council's {@code GET /council/notices} (newest first), {@code POST /council/notices} and
 * {@code POST /council/notices/{noticeId}/end}. A downtime notice blocks login from its start, so one posted to
 * start now blocks login at once, and ending it lets users in again. Every provider receives every notice through
 * the sync feed, and a downtime notice in force closes the route table to providers' changes ({@link #writeGate()}).
 */
public final class NoticesFeature implements Feature {

    /** A page of the list (the council has posted a few notices a month so far); the rest follow its cursor. */
    static final int LIST_LIMIT = 200;
    static final int MAX_LIST_LIMIT = 1000;
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4000;
    /** Dates outside this many years around now are typing mistakes ("2062"), not plans. */
    private static final int YEARS_BACK = 1;
    private static final int YEARS_AHEAD = 5;

    private final NoticeRepository notices;
    private final ServerParts parts;

    public NoticesFeature(ServerParts parts) {
        this.notices = new NoticeRepository(parts.jdbc());
        this.parts = parts;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(AccountPaths.COUNCIL_NOTICES, Access.COUNCIL, ctx -> ctx.json(page(ctx)));
        routes.post(AccountPaths.COUNCIL_NOTICES, Access.COUNCIL, parts.writes().wrap((ctx, caller) ->
                post(parts.bodies().read(ctx, NewNotice.class), caller)));
        routes.post(AccountPaths.COUNCIL_NOTICE_END, Access.COUNCIL, parts.writes().wrap((ctx, caller) ->
                end(ctx.pathParam(AccountPaths.NOTICE_ID), caller)));
    }

    @Override
    public List<ChangeSource> changeSources() {
        return List.of(notices.changeSource(SyncKinds.NOTICE));
    }

    /** Refuses providers' changes while a downtime notice is in force. */
    public RouteTable.WriteGate writeGate() {
        Downtime downtime = new Downtime(notices, parts.clock(), parts.councilZone());
        return () -> downtime.refusal("Changes cannot be sent");
    }

    private Result post(NewNotice request, Caller caller) {
        validate(request);
        Instant now = parts.clock().instant();
        Notice notice = new Notice(0, request.title().strip(), request.body().strip(), request.startsAt(),
                request.endsAt(), request.downtime());
        long id = notices.create(notice, now);
        parts.audit().record(caller.userId(), "notice.posted", "notice:" + id,
                request.downtime() ? "downtime" : "");
        return Result.created(view(id, now));
    }

    private Result end(String rawId, Caller caller) {
        long id = parseId(rawId);
        // The databases keep microseconds (and may round finer times up): end at a moment they store exactly,
        // so the stored end is never after the "now" the answer is judged by.
        Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MICROS);
        if (notices.find(id).isEmpty()) {
            throw ApiException.notFound("There is no such notice.");
        }
        if (!notices.end(id, now)) {
            throw new ApiException(409, ProblemTypes.CONFLICT, "Already ended", "This notice has already ended.");
        }
        parts.audit().record(caller.userId(), "notice.ended", "notice:" + id, "");
        return Result.ok(view(id, now), null);
    }

    private NoticeView view(long id, Instant now) {
        return NoticeRepository.toView(notices.find(id).orElseThrow(), now);
    }

    private void validate(NewNotice request) {
        FieldErrors errors = new FieldErrors()
                .requireText("title", request.title(), MAX_TITLE, "Enter a title.")
                .requireText("body", request.body(), MAX_BODY, "Enter the notice's text.");
        if (request.downtime() == null) {
            errors.add("downtime", "Say whether this notice is downtime (it then blocks login).");
        }
        if (request.startsAt() == null) {
            errors.add("startsAt", "Enter when the notice starts.");
        } else {
            checkYear("startsAt", request.startsAt(), errors);
        }
        if (request.endsAt() != null) {
            checkYear("endsAt", request.endsAt(), errors);
            if (request.startsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
                errors.add("endsAt", "The notice must end after it starts.");
            }
        }
        errors.throwIfAny();
    }

    private void checkYear(String field, Instant when, FieldErrors errors) {
        int thisYear = parts.today().getYear();
        Instant earliest = Year.of(thisYear - YEARS_BACK).atDay(1).atStartOfDay(parts.councilZone()).toInstant();
        Instant tooLate = Year.of(thisYear + YEARS_AHEAD + 1).atDay(1).atStartOfDay(parts.councilZone()).toInstant();
        if (when.isBefore(earliest) || !when.isBefore(tooLate)) {
            errors.add(field, "Use a date from " + (thisYear - YEARS_BACK) + " to " + (thisYear + YEARS_AHEAD) + ".");
        }
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no such notice.");
        }
    }

    /** A page of notices, newest first; the rest follow the answer's Link rel="next" (cursor: a notice id). */
    private List<NoticeView> page(Context ctx) {
        int limit = Paging.limit(ctx, LIST_LIMIT, MAX_LIST_LIMIT);
        Instant now = parts.clock().instant();
        List<Notice> rows = notices.newestFirst(Paging.afterRow(ctx), limit + 1).orElseThrow(Paging::badCursor);
        return Paging.page(ctx, rows, limit, notice -> Paging.rowCursor(notice.id())).stream()
                .map(notice -> NoticeRepository.toView(notice, now)).toList();
    }
}
