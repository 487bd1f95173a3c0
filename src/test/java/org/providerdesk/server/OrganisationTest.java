package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.Change;
import org.providerdesk.api.ChangePage;
import org.providerdesk.api.ContactView;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.OrganisationView;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class OrganisationTest {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private static TestServer server;
    private static String helen;
    private static long rosewood;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void organisationDetailsAreTheCouncilsCorrespondenceDetails() throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(AccountPaths.PROVIDER_ORGANISATION, rosewood),
                helen);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(new OrganisationView(rosewood, "Rosewood Lodge Care Home", ProviderKind.RESIDENTIAL, "PRV-10231",
                "14 Orchard Lane, Westbridge", "WB4 2QT", "01632 961 140", "office@rosewoodlodge.example"),
                JSON.readValue(answer.body(), OrganisationView.class));
    }

    @Test
    void organisationDetailsAreReadOnly() {
        String organisation = ApiPaths.forProvider(AccountPaths.PROVIDER_ORGANISATION, rosewood);
        String contacts = ApiPaths.forProvider(AccountPaths.PROVIDER_CONTACTS, rosewood);
        String change = "{\"name\":\"Rosewood Lodge (renamed)\"}";
        for (String path : List.of(organisation, contacts)) {
            for (String method : List.of("PUT", "POST", "PATCH", "DELETE")) {
                RawHttp.Answer answer = RawHttp.call(server, method, path, helen,
                        method.equals("DELETE") ? null : change);
                assertTrue(answer.status() == 404 || answer.status() == 405, method + " " + path + ": "
                        + answer.status());
                assertEquals("application/problem+json", answer.contentType(), method + " " + path);
            }
        }
        for (var route : server.server().routes()) {
            if (route.path().equals(AccountPaths.PROVIDER_ORGANISATION)
                    || route.path().equals(AccountPaths.PROVIDER_CONTACTS)) {
                assertEquals("GET", route.method().name(), route + " must not change the council's records");
            }
        }
        assertTrue(RawHttp.get(server, organisation, helen).body().contains("\"Rosewood Lodge Care Home\""));
    }

    @Test
    void contactsShowWhoHasPortalAccess() throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(AccountPaths.PROVIDER_CONTACTS, rosewood),
                helen);

        assertEquals(200, answer.status(), answer.body());
        List<ContactView> contacts = List.of(JSON.readValue(answer.body(), ContactView[].class));
        assertEquals(List.of("Helen Marsh", "Tom Bexley"), contacts.stream().map(ContactView::name).toList());
        assertTrue(contacts.get(0).hasPortalAccess());
        assertEquals("Registered manager", contacts.get(0).jobTitle());
        assertFalse(contacts.get(1).hasPortalAccess(), "listed as a contact, but not given access");
        assertEquals("tom.bexley@rosewoodlodge.example", contacts.get(1).email());
        assertTrue(contacts.stream().allMatch(contact -> contact.providerId() == rosewood));
    }

    @Test
    void anotherProvidersDetailsAndContactsAreRefused() {
        String priya = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        for (String path : List.of(AccountPaths.PROVIDER_ORGANISATION, AccountPaths.PROVIDER_CONTACTS)) {
            RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(path, rosewood), priya);
            assertEquals(403, answer.status());
            assertFalse(answer.body().contains("Rosewood"));
            assertFalse(answer.body().contains("Tom Bexley"));
        }
    }

    @Test
    void organisationContactsAndNoticesAreInTheSyncFeed() throws Exception {
        List<Change> changes = everyChange();

        List<Change> organisations = ofKind(changes, SyncKinds.ORGANISATION);
        assertEquals(1, organisations.size(), "only the provider's own organisation");
        assertEquals(rosewood, organisations.get(0).id());
        assertEquals("PRV-10231", JSON.treeToValue(organisations.get(0).data(), OrganisationView.class)
                .councilReference());
        assertEquals(2, ofKind(changes, SyncKinds.CONTACT).size());
        assertEquals(3, ofKind(changes, SyncKinds.NOTICE).size(), "every notice of the council");
        for (Change change : changes) {
            Class<?> type = SyncKinds.typeOf(change.kind());
            if (change.data() != null && type != null) {
                JSON.treeToValue(change.data(), type);
            }
        }
    }

    private static List<Change> everyChange() throws Exception {
        List<Change> changes = new ArrayList<>();
        long cursor = 0;
        ChangePage page;
        do {
            RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood)
                    + "?after=" + cursor + "&limit=1000", helen);
            assertEquals(200, answer.status(), answer.body());
            page = JSON.readValue(answer.body(), ChangePage.class);
            changes.addAll(page.changes());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return changes;
    }

    private static List<Change> ofKind(List<Change> changes, String kind) {
        return changes.stream().filter(change -> change.kind().equals(kind)).toList();
    }
}
