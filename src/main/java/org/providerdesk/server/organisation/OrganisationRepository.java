package org.providerdesk.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ContactView;
import org.providerdesk.api.OrganisationView;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeSource;

/** Reads organisation details and contacts; the writes are the council's (see {@code ProviderRepository}). */
public final class OrganisationRepository {

    private static final String ORGANISATION = "SELECT id, name, kind, council_reference, address, postcode, phone, "
            + "email, change_no FROM provider ";
    private static final String CONTACT = "SELECT id, provider_id, name, job_title, email, phone, user_id, change_no "
            + "FROM contact ";
    /** A provider has a handful of contacts; the bound only keeps a response from growing without limit. */
    static final int MAX_CONTACTS = 500;

    private final Jdbc jdbc;

    public OrganisationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganisationView> organisation(long providerId) {
        return jdbc.first(ORGANISATION + "WHERE id = ?", OrganisationRepository::organisation, providerId);
    }

    /** The provider's contacts by name. */
    public List<ContactView> contacts(long providerId) {
        return jdbc.list(CONTACT + "WHERE provider_id = ? ORDER BY name, id LIMIT ?", OrganisationRepository::contact,
                providerId, MAX_CONTACTS);
    }

    ChangeSource organisationSource(String kind) {
        return ChangeSource.of(kind, (providerId, after, limit) -> jdbc.list(ORGANISATION
                + "WHERE id = ? AND change_no > ? ORDER BY change_no LIMIT ?",
                row -> new ChangeSource.Row(row.getLong("id"), row.getLong("change_no"), organisation(row)),
                providerId, after, limit));
    }

    ChangeSource contactSource(String kind) {
        return ChangeSource.of(kind, (providerId, after, limit) -> jdbc.list(CONTACT
                + "WHERE provider_id = ? AND change_no > ? ORDER BY provider_id, change_no LIMIT ?",
                row -> new ChangeSource.Row(row.getLong("id"), row.getLong("change_no"), contact(row)),
                providerId, after, limit));
    }

    private static OrganisationView organisation(ResultSet row) throws SQLException {
        return new OrganisationView(row.getLong("id"), row.getString("name"),
                ProviderKind.valueOf(row.getString("kind")), row.getString("council_reference"),
                row.getString("address"), row.getString("postcode"), row.getString("phone"), row.getString("email"));
    }

    private static ContactView contact(ResultSet row) throws SQLException {
        row.getLong("user_id");
        boolean hasPortalAccess = !row.wasNull();
        return new ContactView(row.getLong("id"), row.getLong("provider_id"), row.getString("name"),
                row.getString("job_title"), row.getString("email"), row.getString("phone"), hasPortalAccess);
    }
}
