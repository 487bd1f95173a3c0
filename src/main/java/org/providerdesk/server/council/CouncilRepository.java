package org.providerdesk.server.council;

import java.util.List;
import org.providerdesk.api.CouncilLink;
import org.providerdesk.api.TeamContact;
import org.providerdesk.server.db.Jdbc;

/** The council's name, team directory and links. */
public final class CouncilRepository {

    private final Jdbc jdbc;

    public CouncilRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void saveName(String name) {
        if (jdbc.update("UPDATE council SET name = ? WHERE id = 1", name) == 0) {
            jdbc.update("INSERT INTO council (id, name) VALUES (1, ?)", name);
        }
    }

    public String name() {
        return jdbc.first("SELECT name FROM council WHERE id = 1", row -> row.getString(1)).orElse("The council");
    }

    /** A council team; {@code code} is how the rest of the system refers to it ("ASC_BROKERAGE"). */
    public record NewTeam(String code, String name, String email, String phone, String contactAbout) {
    }

    public long addTeam(NewTeam team, int sortOrder) {
        return jdbc.insert("INSERT INTO team (code, name, email, phone, contact_about, sort_order) "
                + "VALUES (?, ?, ?, ?, ?, ?)", team.code(), team.name(), team.email(), team.phone(),
                team.contactAbout(), sortOrder);
    }

    public void addLink(CouncilLink link, int sortOrder) {
        jdbc.insert("INSERT INTO council_link (title, url, description, sort_order) VALUES (?, ?, ?, ?)",
                link.title(), link.url(), link.description(), sortOrder);
    }

    public List<TeamContact> teams() {
        return jdbc.list("SELECT name, email, phone, contact_about FROM team ORDER BY sort_order, name",
                row -> new TeamContact(row.getString("name"), row.getString("email"), row.getString("phone"),
                        row.getString("contact_about")));
    }

    public List<CouncilLink> links() {
        return jdbc.list("SELECT title, url, description FROM council_link ORDER BY sort_order, title",
                row -> new CouncilLink(row.getString("title"), row.getString("url"), row.getString("description")));
    }
}
