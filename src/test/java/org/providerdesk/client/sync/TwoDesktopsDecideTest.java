package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.commands.RejectSchedule;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.testing.TestServer;

/**
 * The office PC rejects this period's schedule while the laptop, offline and unaware, confirms it: the confirm
 * must come back refused with the reason, never overwrite the rejection.
 */
class TwoDesktopsDecideTest {

    @TempDir
    Path home;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CacheStore.StoredRow unconfirmedSchedule(SyncFixture desk) {
        return desk.store.allRows(desk.providerId).stream()
                .filter(row -> row.kind().equals(SyncKinds.SCHEDULE) && row.dataJson().contains("\"UNCONFIRMED\""))
                .findFirst().orElseThrow();
    }

    private static Outbox.Item decide(SyncFixture desk, CacheStore.StoredRow schedule, String path, String comments) {
        String etag = "\"" + schedule.version() + "\"";
        DecisionRequest decision = new DecisionRequest(comments);
        DeskCommand command = path.equals(PaymentPaths.SCHEDULE_CONFIRM)
                ? new ConfirmSchedule(desk.providerId, schedule.id(), etag, decision)
                : new RejectSchedule(desk.providerId, schedule.id(), etag, decision);
        return new Commands(new Outbox(desk.cache)).submit(command, Instant.now());
    }

    private static void sync(SyncFixture desk) {
        desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });
    }

    @Test
    void aConfirmAfterTheOtherDesktopRejectedIsRefusedNotOverwritten() throws Exception {
        try (SyncFixture office = new SyncFixture(server, home.resolve("office"), server.baseUrl());
                SyncFixture laptop = new SyncFixture(server, home.resolve("laptop"), server.baseUrl())) {
            sync(office);
            sync(laptop);
            CacheStore.StoredRow seenByOffice = unconfirmedSchedule(office);
            CacheStore.StoredRow seenByLaptop = unconfirmedSchedule(laptop);
            assertEquals(seenByOffice.version(), seenByLaptop.version());

            decide(office, seenByOffice, PaymentPaths.SCHEDULE_REJECT, "Two residents are missing");
            Outbox.Item confirm = decide(laptop, seenByLaptop, PaymentPaths.SCHEDULE_CONFIRM, "All correct");
            sync(office);
            SyncStatus laptopAfter = laptop.engine(500, ApplyFaults.NONE).sync(laptop.providerId, status -> { });

            Outbox.Item refused = new Outbox(laptop.cache).find(confirm.id()).orElseThrow();
            assertEquals(Outbox.State.REFUSED, refused.state());
            JsonNode reason = JsonMapping.lenient().readTree(refused.refusal());
            assertTrue(reason.get("status").asInt() == 412 || reason.get("status").asInt() == 409, refused.refusal());
            assertTrue(reason.get("detail").asText().length() > 20, "a reason a person can act on");
            assertEquals(1, laptopAfter.refused());
            String status = server.server().database().jdbc().first(
                    "SELECT status FROM payment_schedule WHERE id = ?", row -> row.getString(1), seenByOffice.id())
                    .orElseThrow();
            assertEquals("REJECTED", status);
            assertTrue(unconfirmedScheduleGone(laptop, seenByLaptop.id()), "the laptop now sees the rejection");
        }
    }

    private static boolean unconfirmedScheduleGone(SyncFixture desk, long scheduleId) {
        return desk.store.allRows(desk.providerId).stream()
                .anyMatch(row -> row.kind().equals(SyncKinds.SCHEDULE) && row.id() == scheduleId
                        && row.dataJson().contains("\"REJECTED\""));
    }
}
