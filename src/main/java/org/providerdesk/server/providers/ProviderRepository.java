package org.providerdesk.server.providers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;

/**
 * Providers and the access portal users have to them. Providers and contacts are synced kinds: every write takes a
 * change number.
 */
public final class ProviderRepository {

    private static final String SUMMARY = "SELECT p.id, p.name, p.kind, p.council_reference FROM provider p";

    private final Jdbc jdbc;
    private final ChangeNumbers changeNumbers;

    public ProviderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.changeNumbers = new ChangeNumbers(jdbc);
    }

    /** A new provider record as the council's contracts system holds it. */
    public record NewProvider(String name, ProviderKind kind, String councilReference, String address,
            String postcode, String phone, String email) {
    }

    public long create(NewProvider provider) {
        return jdbc.inTransaction(() -> jdbc.insert("INSERT INTO provider (name, kind, council_reference, address, "
                + "postcode, phone, email, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", provider.name(),
                provider.kind(), provider.councilReference(), provider.address(), provider.postcode(),
                provider.phone(), provider.email(), changeNumbers.next()));
    }

    public void grantAccess(long userId, long providerId) {
        jdbc.update("INSERT INTO provider_access (user_id, provider_id) VALUES (?, ?)", userId, providerId);
    }

    public long addContact(long providerId, Long userId, String name, String jobTitle, String email, String phone) {
        return jdbc.inTransaction(() -> jdbc.insert("INSERT INTO contact (provider_id, user_id, name, job_title, "
                + "email, phone, change_no) VALUES (?, ?, ?, ?, ?, ?, ?)", providerId, userId, name, jobTitle, email,
                phone, changeNumbers.next()));
    }

    public Optional<ProviderSummary> find(long providerId) {
        return jdbc.first(SUMMARY + " WHERE p.id = ?", ProviderRepository::map, providerId);
    }

    /** The providers a user may view, by name. */
    public List<ProviderSummary> providersOf(long userId) {
        return jdbc.list(SUMMARY + " JOIN provider_access a ON a.provider_id = p.id WHERE a.user_id = ? "
                + "ORDER BY p.name", ProviderRepository::map, userId);
    }

    public Set<Long> providerIdsOf(long userId) {
        return new HashSet<>(jdbc.list("SELECT provider_id FROM provider_access WHERE user_id = ?",
                row -> row.getLong(1), userId));
    }

    private static ProviderSummary map(ResultSet row) throws SQLException {
        return new ProviderSummary(row.getLong("id"), row.getString("name"),
                ProviderKind.valueOf(row.getString("kind")), row.getString("council_reference"));
    }
}
