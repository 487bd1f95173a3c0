package org.providerdesk.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.domain.Role;
import org.providerdesk.server.db.Jdbc;

/** Portal users: providers' contacts with access, and council staff. */
public final class UserRepository {

    private static final String COLUMNS = "id, email, display_name, password_hash, role, active";

    private final Jdbc jdbc;

    public UserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as the login code needs them. */
    public record User(long id, String email, String name, String passwordHash, Role role, boolean active) {

        @Override
        public String toString() {
            return "User[id=" + id + ", role=" + role + "]";
        }
    }

    public long create(String email, String name, String passwordHash, Role role, Instant now) {
        return jdbc.insert("INSERT INTO app_user (email, display_name, password_hash, role, active, created_at, "
                + "password_changed_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)", EmailAddress.normalise(email), name,
                passwordHash, role, now, now);
    }

    public Optional<User> findByEmail(String email) {
        return jdbc.first("SELECT " + COLUMNS + " FROM app_user WHERE email = ?", UserRepository::map,
                EmailAddress.normalise(email));
    }

    public Optional<User> find(long id) {
        return jdbc.first("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", UserRepository::map, id);
    }

    public void changePasswordHash(long userId, String passwordHash, Instant now) {
        jdbc.update("UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE id = ?", passwordHash, now,
                userId);
    }

    private static User map(ResultSet row) throws SQLException {
        return new User(row.getLong("id"), row.getString("email"), row.getString("display_name"),
                row.getString("password_hash"), Role.valueOf(row.getString("role")), row.getBoolean("active"));
    }
}
