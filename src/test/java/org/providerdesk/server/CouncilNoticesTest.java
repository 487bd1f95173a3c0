package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.providerdesk.server.PasswordResetTest.assertField;
import static org.providerdesk.server.PasswordResetTest.assertProblem;
import static org.providerdesk.server.PasswordResetTest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.ChangePage;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.api.SyncedNotice;
import org.providerdesk.client.PortalBusyException;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class CouncilNoticesTest {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private TestServer server;
    private String council;

    @BeforeEach
    void start() {
        server = TestServer.start();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void councilDowntimeNoticeBlocksLoginAtOnce() throws Exception {
        Instant now = server.clock().instant();
        RawHttp.Answer posted = post(notice("Emergency maintenance", "The portal is offline while we fix a fault.",
                now, now.plus(Duration.ofHours(2)), true), UUID.randomUUID().toString());

        assertEquals(201, posted.status(), posted.body());
        NoticeView view = JSON.readValue(posted.body(), NoticeView.class);
        assertTrue(view.inForce());
        PortalException refused = assertThrows(PortalException.class,
                () -> server.newClient().startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
        assertEquals(503, refused.status());
        assertTrue(refused.isOfType(ProblemTypes.DOWNTIME));
        assertEquals("Emergency maintenance", refused.problem().title());
        assertTrue(server.newClient().portalStatus().downtimeNotices().stream()
                .anyMatch(notice -> notice.id() == view.id()), "the login screen warns of it");
        assertEquals(1, new AuditLog(server.server().database().jdbc(), server.clock()).countFor("notice.posted"));
    }

    @Test
    void aLoginToldToComeBackInSecondsIsTriedAgainAfterThatPause() throws Exception {
        Instant now = server.clock().instant();
        assertEquals(201, post(notice("Restart", "The portal restarts.", now, now.plusSeconds(4), true),
                UUID.randomUUID().toString()).status());
        PortalClient client = server.newClient();
        List<Duration> pauses = new ArrayList<>();
        client.pauseWhenBusyWith(pause -> {
            pauses.add(pause);
            server.clock().advance(pause);
        });

        assertNotNull(client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD).attemptId());
        assertEquals(Duration.ofSeconds(4), pauses.get(0));
    }

    @Test
    void aLoginDuringALongDowntimeIsRefusedWithoutWaiting() throws Exception {
        Instant now = server.clock().instant();
        post(notice("Upgrade", "The portal is being upgraded.", now, now.plus(Duration.ofHours(2)), true),
                UUID.randomUUID().toString());
        PortalClient client = server.newClient();
        List<Duration> pauses = new ArrayList<>();
        client.pauseWhenBusyWith(pauses::add);

        PortalBusyException refused = assertThrows(PortalBusyException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
        assertEquals(Duration.ofHours(2), refused.retryAfter());
        assertEquals(List.of(), pauses);
    }

    @Test
    void endingANoticeLetsUsersIn() throws Exception {
        Instant now = server.clock().instant();
        NoticeView posted = JSON.readValue(post(notice("Portal offline", "Back soon.", now, null, true),
                UUID.randomUUID().toString()).body(), NoticeView.class);
        assertThrows(PortalException.class, () -> server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER));

        server.clock().advance(Duration.ofMinutes(20));
        RawHttp.Answer ended = end(posted.id(), UUID.randomUUID().toString());

        assertEquals(200, ended.status(), ended.body());
        NoticeView view = JSON.readValue(ended.body(), NoticeView.class);
        assertEquals(server.clock().instant(), view.endsAt());
        assertFalse(view.inForce());
        assertNotNull(server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token());
        assertProblem(end(posted.id(), UUID.randomUUID().toString()), 409, ProblemTypes.CONFLICT);
        assertEquals(1, new AuditLog(server.server().database().jdbc(), server.clock()).countFor("notice.ended"));
    }

    @Test
    void endingANoticeAtAMomentFinerThanTheDatabaseKeepsAnswersItIsOver() throws Exception {
        Instant now = server.clock().instant();
        NoticeView posted = JSON.readValue(post(notice("Portal offline", "Back soon.", now, null, true),
                UUID.randomUUID().toString()).body(), NoticeView.class);
        // A clock finer than the database's microseconds: H2 and PostgreSQL round it, maybe upwards.
        server.clock().set(now.plus(Duration.ofMinutes(5)).plusNanos(999_999_999));

        RawHttp.Answer ended = end(posted.id(), UUID.randomUUID().toString());

        assertEquals(200, ended.status(), ended.body());
        NoticeView view = JSON.readValue(ended.body(), NoticeView.class);
        assertFalse(view.inForce(), ended.body());
        assertFalse(view.endsAt().isAfter(server.clock().instant()), ended.body());
        assertNotNull(server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token());
    }

    @Test
    void endingANoticeStillToComeWithdrawsIt() throws Exception {
        Instant later = server.clock().instant().plus(Duration.ofDays(3));
        NoticeView planned = JSON.readValue(post(notice("Planned", "Later this week.", later,
                later.plus(Duration.ofHours(1)), true), UUID.randomUUID().toString()).body(), NoticeView.class);

        RawHttp.Answer ended = end(planned.id(), UUID.randomUUID().toString());

        assertEquals(200, ended.status(), ended.body());
        assertFalse(server.newClient().portalStatus().downtimeNotices().stream().anyMatch(n -> n.id() == planned.id()));
        server.clock().set(later.plusSeconds(60));
        assertNotNull(server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token());
    }

    @Test
    void aRetriedPostCreatesOneNotice() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = notice("News", "Something to know.", server.clock().instant(), null, false);

        RawHttp.Answer first = post(body, key);
        RawHttp.Answer retry = post(body, key);

        assertEquals(201, first.status());
        assertEquals(first.status(), retry.status());
        assertEquals(first.body(), retry.body());
        assertEquals(4, list().size(), "three demo notices and this one");
        body.put("title", "Other news");
        assertProblem(post(body, key), 422, ProblemTypes.IDEMPOTENCY_KEY_REUSED);
        assertField(RawHttp.call(server, "POST", AccountPaths.COUNCIL_NOTICES, council, json(body)),
                ApiPaths.IDEMPOTENCY_KEY);
    }

    @Test
    void theListIsNewestFirst() throws Exception {
        server.clock().advance(Duration.ofMinutes(1));
        post(notice("Newest", "Posted last.", server.clock().instant(), null, false), UUID.randomUUID().toString());

        List<NoticeView> notices = list();
        assertEquals("Newest", notices.get(0).title());
        assertEquals(4, notices.size());
    }

    @Test
    void everyProviderReceivesANewNoticeInItsSyncFeed() throws Exception {
        var helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        long rosewood = helen.user().providers().get(0).id();
        String feed = ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood);
        long cursor = JSON.readValue(RawHttp.get(server, feed + "?limit=5000", helen.token()).body(),
                ChangePage.class).nextCursor();

        NoticeView posted = JSON.readValue(post(notice("For everyone", "All providers see this.",
                server.clock().instant(), null, false), UUID.randomUUID().toString()).body(), NoticeView.class);
        end(posted.id(), UUID.randomUUID().toString());

        ChangePage page = JSON.readValue(RawHttp.get(server, feed + "?after=" + cursor, helen.token()).body(),
                ChangePage.class);
        assertEquals(1, page.changes().size(), "the newest state, once");
        assertEquals(SyncKinds.NOTICE, page.changes().get(0).kind());
        SyncedNotice synced = JSON.treeToValue(page.changes().get(0).data(), SyncedNotice.class);
        assertEquals("For everyone", synced.title());
        assertEquals(server.clock().instant(), synced.endsAt());
    }

    @Test
    void badNoticesNameTheField() throws Exception {
        Instant now = server.clock().instant();
        String key = UUID.randomUUID().toString();
        assertField(post(notice("", "Body", now, null, false), key), "title");
        assertField(post(notice("x".repeat(201), "Body", now, null, false), key), "title");
        assertField(post(notice("Title", " ", now, null, false), key), "body");
        assertField(post(notice("Title", "x".repeat(4001), now, null, false), key), "body");
        assertField(post(notice("Title", "Body", null, null, false), key), "startsAt");
        assertField(post(notice("Title", "Body", now, now, false), key), "endsAt");
        assertField(post(notice("Title", "Body", now, now.minusSeconds(60), false), key), "endsAt");
        assertField(post(notice("Title", "Body", Instant.parse("2062-01-01T00:00:00Z"), null, false), key),
                "startsAt");
        assertField(post(notice("Title", "Body", Instant.parse("2024-12-31T23:00:00Z"), null, false), key),
                "startsAt");
        assertField(post(notice("Title", "Body", now, Instant.parse("+999999999-01-01T00:00:00Z"), false), key),
                "endsAt");
        assertField(post(notice("Title", "Body", now, null, null), key), "downtime");
        Map<String, Object> badDate = notice("Title", "Body", now, null, false);
        badDate.put("startsAt", "next Tuesday");
        assertField(post(badDate, key), "startsAt");
        assertEquals(3, list().size(), "nothing was posted");
    }

    @Test
    void endingAnUnknownNoticeIsNotFound() {
        assertProblem(end(999_999, UUID.randomUUID().toString()), 404, ProblemTypes.NOT_FOUND);
        RawHttp.Answer notANumber = RawHttp.call(server, "POST", AccountPaths.COUNCIL_NOTICES + "/abc/end", council,
                null, Map.of(ApiPaths.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
        assertProblem(notANumber, 404, ProblemTypes.NOT_FOUND);
    }

    private Map<String, Object> notice(String title, String body, Instant startsAt, Instant endsAt,
            Boolean downtime) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("title", title);
        notice.put("body", body);
        notice.put("startsAt", startsAt == null ? null : startsAt.toString());
        notice.put("endsAt", endsAt == null ? null : endsAt.toString());
        notice.put("downtime", downtime);
        return notice;
    }

    private RawHttp.Answer post(Map<String, Object> notice, String key) {
        return RawHttp.call(server, "POST", AccountPaths.COUNCIL_NOTICES, council, json(notice),
                Map.of(ApiPaths.IDEMPOTENCY_KEY, key));
    }

    private RawHttp.Answer end(long noticeId, String key) {
        return RawHttp.call(server, "POST", AccountPaths.noticeEnd(noticeId), council, null,
                Map.of(ApiPaths.IDEMPOTENCY_KEY, key));
    }

    private List<NoticeView> list() throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, AccountPaths.COUNCIL_NOTICES, council);
        assertEquals(200, answer.status(), answer.body());
        return List.of(JSON.readValue(answer.body(), NoticeView[].class));
    }
}
