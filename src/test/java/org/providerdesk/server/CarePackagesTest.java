package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.ClientView;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.LineItemView;
import org.providerdesk.domain.CarePackages;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class CarePackagesTest {

    private static TestServer server;
    private static String token;
    private static long rosewood;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        token = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static <T> T get(String path, TypeReference<T> type) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, path, token);
        assertEquals(200, answer.status(), answer.body());
        return JsonMapping.lenient().readValue(answer.body(), type);
    }

    @Test
    void historicalPackagesAreHiddenUnlessAskedFor() throws Exception {
        String path = ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood);
        List<LineItemView> current = get(path, new TypeReference<>() { });
        List<LineItemView> all = get(path + "?includeHistorical=true", new TypeReference<>() { });

        assertTrue(all.size() > current.size(), "the demo home has historical packages");
        assertTrue(current.stream().noneMatch(item -> CarePackages.isHistorical(item.endDate(), TODAY)));
        assertTrue(all.stream().anyMatch(item -> CarePackages.isHistorical(item.endDate(), TODAY)));
    }

    @Test
    void aPackageThatEndedRecentlyIsStillCurrent() throws Exception {
        List<LineItemView> current = get(ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood),
                new TypeReference<>() { });

        assertTrue(current.stream().anyMatch(item -> item.endDate() != null && item.endDate().isBefore(TODAY)),
                "ended less than 28 days ago: closed but not historical");
    }

    @Test
    void listsTheProvidersClientsWithTheirCouncilReference() throws Exception {
        List<ClientView> clients = get(ApiPaths.forProvider(ApiPaths.PROVIDER_CLIENTS, rosewood),
                new TypeReference<>() { });

        assertEquals(19, clients.size(), "18 residents and Edith Carrow, whose respite stay ended 29 days ago");
        assertTrue(clients.stream().allMatch(client -> client.councilReference().startsWith("CL")));
    }

    @Test
    void theRuleForHistoricalIsTwentyEightDays() {
        assertFalse(CarePackages.isHistorical(TODAY.minusDays(28), TODAY));
        assertTrue(CarePackages.isHistorical(TODAY.minusDays(29), TODAY));
        assertFalse(CarePackages.isHistorical(null, TODAY));
    }
}
