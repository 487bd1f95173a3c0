package org.providerdesk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's migrations keep what an older desktop had stored (a plain H2 file: the encryption is not theirs). */
class CacheMigrationTest {

    @TempDir
    Path folder;

    @Test
    void keyingTheLineTablesByIdKeepsEveryLineWithItsSearchText() throws Exception {
        JdbcDataSource file = cacheFile();
        migrate(file, "6");
        try (Connection connection = file.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO c_schedule_line (provider_id, id, version, schedule_id, client_id, line_item_id, "
                    + "status, search_text, data) VALUES (4, 71, 2, 9, 3, 5, 'CONFIRMED', 'ada lovelace cr-1', "
                    + "'{\"id\":71}'), (5, 72, 1, 10, 6, 8, 'PENDING', 'alan turing cr-2', '{\"id\":72}')");
            sql.execute("INSERT INTO c_schedule_line_text VALUES (4, 71, 9, 'ada lovelace cr-1'), "
                    + "(5, 72, 10, 'alan turing cr-2')");
            sql.execute("INSERT INTO c_remittance_line (provider_id, id, version, run_id, period_id, client_id, status, "
                    + "search_text, data) VALUES (4, 81, 1, 12, 13, 3, 'PAID', 'ada lovelace cr-1', '{\"id\":81}')");
        }

        migrate(file, "7");

        try (Connection connection = file.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals(List.of("71 4 9 CONFIRMED {\"id\":71}", "72 5 10 PENDING {\"id\":72}"), rows(sql,
                    "SELECT id, provider_id, schedule_id, status, data FROM c_schedule_line ORDER BY id"));
            assertEquals(List.of("71 4 9 ada lovelace cr-1", "72 5 10 alan turing cr-2"), rows(sql,
                    "SELECT id, provider_id, schedule_id, search_text FROM c_schedule_line_text ORDER BY id"));
            assertEquals(List.of("81 4 12 13 PAID {\"id\":81}"), rows(sql,
                    "SELECT id, provider_id, run_id, period_id, status, data FROM c_remittance_line"));
            assertEquals(List.of("ID"), rows(sql, "SELECT c.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                    + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE c ON c.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                    + "WHERE t.TABLE_NAME = 'C_SCHEDULE_LINE' AND t.CONSTRAINT_TYPE = 'PRIMARY KEY'"));
        }
    }

    @Test
    void movingTheSearchTextIntoTheScheduleIndexKeepsEveryLinesText() throws Exception {
        JdbcDataSource file = cacheFile();
        migrate(file, "7");
        try (Connection connection = file.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO c_schedule_line (provider_id, id, version, schedule_id, client_id, line_item_id, "
                    + "status, data) VALUES (4, 71, 2, 9, 3, 5, 'CONFIRMED', '{\"id\":71}'), "
                    + "(5, 72, 1, 10, 6, 8, 'PENDING', '{\"id\":72}')");
            sql.execute("INSERT INTO c_schedule_line_text VALUES (71, 4, 9, 'ada lovelace cr-1'), "
                    + "(72, 5, 10, 'alan turing cr-2')");
        }

        migrate(file, "latest");

        try (Connection connection = file.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals(List.of("71 4 9 ada lovelace cr-1 {\"id\":71}", "72 5 10 alan turing cr-2 {\"id\":72}"),
                    rows(sql, "SELECT id, provider_id, schedule_id, search_text, data FROM c_schedule_line ORDER BY id"));
            assertEquals(List.of("PROVIDER_ID", "SCHEDULE_ID", "ID", "SEARCH_TEXT"), rows(sql,
                    "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = "
                    + "'C_SCHEDULE_LINE_SCHEDULE' ORDER BY ORDINAL_POSITION"));
            assertEquals(List.of("0"), rows(sql,
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'C_SCHEDULE_LINE_TEXT'"));
        }
    }

    private JdbcDataSource cacheFile() {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + folder.resolve("cache").toAbsolutePath());
        return file;
    }

    /** Migrates the file up to a version ("latest" for all). */
    private static void migrate(JdbcDataSource file, String version) {
        Flyway.configure().dataSource(file).locations("classpath:db/cache").target(version).load().migrate();
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
