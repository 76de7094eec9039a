package cn.enforcement.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services' databases on the local stack, read as each service's own login role: {@code cases_systest} as
 * {@code cases_svc} with the password in {@code CASES_DB_PASSWORD}. A set parameter is passed as an array
 * ({@code = any (?)}).
 */
final class Databases {

    /** The services' databases, by the prefix of their names. */
    static final List<String> SERVICES = List.of("personnel", "cases", "evidence", "review", "disclosure");

    private Databases() {
    }

    /** Rows of (key, count) of a grouping query. */
    static Map<String, Long> count(String database, String sql, Object... parameters) {
        Map<String, Long> counts = new HashMap<>();
        rows(database, sql, parameters).forEach(row -> counts.put(row.get(0), Long.valueOf(row.get(1))));
        return counts;
    }

    /** The first column of every row. */
    static Set<String> ids(String database, String sql, Object... parameters) {
        Set<String> ids = new HashSet<>();
        rows(database, sql, parameters).forEach(row -> ids.add(row.get(0)));
        return ids;
    }

    static List<List<String>> rows(String database, String sql, Object... parameters) {
        String service = database.contains("_") ? database.substring(0, database.indexOf('_')) : database;
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, service + "_svc",
                System.getenv(service.toUpperCase() + "_DB_PASSWORD"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Set<?> set
                        ? connection.createArrayOf("varchar", set.toArray()) : parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + database + " failed", e);
        }
        return rows;
    }
}
