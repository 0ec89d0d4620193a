package org.haven.platform.subject;

import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every row a module's tables hold about a child: rows of its tables that name one of the
 * child's cases ({@code case_id}) or records ({@code child_id}), the explicit starting rows a module
 * adds (e.g. the case itself), and then, following the module's own foreign keys, every row that
 * belongs to a row already found (a conference's attendees, a screening's observations). Values
 * come out readable: encrypted text decrypted, files described rather than copied, the people who
 * did the work named only as "a professional", and columns about other people withheld.
 */
@Component
public class ModuleRows {

    public static final String WITHHELD = "[withheld: about another person]";
    public static final String PROFESSIONAL = "[a professional]";
    public static final String REMOVED = "[removed under the retention rules]";
    private static final Set<String> PEOPLE_WHO_WORKED = Set.of("user_id", "from_user", "to_user", "referrer_id",
            "actor_id", "actor_name", "source_address");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ModuleRows(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * @param prefix        the module's table prefix, e.g. {@code casework_}
     * @param startingRows  table → SQL condition with {@code :children} and {@code :cases}, for rows found by other ids
     * @param aboutOthers   columns (table.column) that describe other people and are withheld
     */
    public List<HeldRecords> about(SubjectKeys subject, String prefix, Map<String, String> startingRows, Set<String> aboutOthers) {
        var held = new ArrayList<HeldRecords>();
        found(subject, prefix, startingRows).forEach((table, rows) -> held.add(new HeldRecords(table, rows.values().stream()
                .map(row -> readable(table, row, aboutOthers)).toList())));
        return held;
    }

    /**
     * For the retention rules: in the same rows {@link #about} finds, replaces every encrypted value
     * with an encrypted note that it was removed, and empties the named readable columns
     * ({@code table.column}); the number of rows changed.
     */
    public int erase(SubjectKeys subject, String prefix, Map<String, String> startingRows, Set<String> readableToClear) {
        String removed = cipher.encrypt(REMOVED);
        int changed = 0;
        for (var table : found(subject, prefix, startingRows).entrySet()) {
            for (var row : table.getValue().entrySet()) {
                var columns = new ArrayList<String>();
                row.getValue().forEach((column, value) -> {
                    if (value instanceof String text && FieldCipher.isEncrypted(text)) {
                        columns.add(column + " = :removed");
                    } else if (value != null && readableToClear.contains(table.getKey() + "." + column)) {
                        columns.add(column + " = NULL");
                    }
                });
                if (!columns.isEmpty()) {
                    changed += jdbc.sql("UPDATE " + table.getKey() + " SET " + String.join(", ", columns)
                                    + " WHERE ctid = :ctid::tid")
                            .param("removed", removed).param("ctid", row.getKey()).update();
                }
            }
        }
        return changed;
    }

    private Map<String, Map<String, Map<String, Object>>> found(SubjectKeys subject, String prefix,
                                                                 Map<String, String> startingRows) {
        if (subject.childIds().isEmpty() && subject.caseIds().isEmpty()) {
            return Map.of();
        }
        var tables = tablesWithColumns(prefix);
        var found = new LinkedHashMap<String, Map<String, Map<String, Object>>>(); // table → ctid → raw row
        var queue = new ArrayDeque<String>();
        for (var table : tables.keySet()) {
            var conditions = new ArrayList<String>();
            if (startingRows.containsKey(table)) {
                conditions.add(startingRows.get(table));
            }
            if (tables.get(table).contains("case_id") && !subject.caseIds().isEmpty()) {
                conditions.add("case_id IN (:cases)");
            }
            if (tables.get(table).contains("child_id") && !subject.childIds().isEmpty()) {
                conditions.add("child_id IN (:children)");
            }
            if (!conditions.isEmpty() && add(found, table, "(" + String.join(") OR (", conditions) + ")", subject, Map.of())) {
                queue.add(table);
            }
        }
        var references = foreignKeys(prefix);
        while (!queue.isEmpty()) {
            String parent = queue.poll();
            for (var reference : references) {
                if (!reference.parentTable().equals(parent)) {
                    continue;
                }
                var values = new LinkedHashSet<Object>();
                found.get(parent).values().forEach(row -> {
                    if (row.get(reference.parentColumn()) != null) {
                        values.add(row.get(reference.parentColumn()));
                    }
                });
                if (!values.isEmpty() && add(found, reference.table(), reference.column() + " IN (:values)", subject,
                        Map.of("values", List.copyOf(values)))) {
                    queue.add(reference.table());
                }
            }
        }
        return found;
    }

    /** Adds the rows matching the condition; whether any were new. */
    private boolean add(Map<String, Map<String, Map<String, Object>>> found, String table, String condition,
                        SubjectKeys subject, Map<String, Object> more) {
        var statement = jdbc.sql("SELECT ctid::text AS row_ctid, t.* FROM " + table + " t WHERE " + condition);
        if (condition.contains(":children")) {
            statement = statement.param("children", List.copyOf(subject.childIds()));
        }
        if (condition.contains(":cases")) {
            statement = statement.param("cases", List.copyOf(subject.caseIds()));
        }
        for (var entry : more.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        var rows = statement.query((rs, n) -> row(rs)).list();
        var known = found.computeIfAbsent(table, t -> new LinkedHashMap<>());
        boolean added = false;
        for (var row : rows) {
            added |= known.putIfAbsent((String) row.remove("row_ctid"), row) == null;
        }
        return added;
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        var row = new LinkedHashMap<String, Object>();
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
        return row;
    }

    private Map<String, String> readable(String table, Map<String, Object> row, Set<String> aboutOthers) {
        var out = new LinkedHashMap<String, String>();
        row.forEach((column, value) -> {
            if (value == null) {
                return;
            }
            if (aboutOthers.contains(table + "." + column)) {
                out.put(column, WITHHELD);
            } else if (PEOPLE_WHO_WORKED.contains(column) || column.endsWith("_by")) {
                out.put(column, PROFESSIONAL);
            } else if (value instanceof byte[] bytes) {
                out.put(column, "[a file of " + bytes.length + " bytes, given on request]");
            } else if (value instanceof String text && FieldCipher.isEncrypted(text)) {
                out.put(column, cipher.decrypt(text));
            } else {
                out.put(column, String.valueOf(value));
            }
        });
        return out;
    }

    private Map<String, Set<String>> tablesWithColumns(String prefix) {
        var tables = new LinkedHashMap<String, Set<String>>();
        jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name LIKE :prefix ORDER BY table_name, ordinal_position""")
                .param("prefix", prefix.replace("_", "\\_") + "%")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list()
                .forEach(c -> tables.computeIfAbsent(c[0], t -> new LinkedHashSet<>()).add(c[1]));
        return tables;
    }

    private record Reference(String table, String column, String parentTable, String parentColumn) {
    }

    /** The module's single-column foreign keys (a row of {@code table} belongs to a row of {@code parentTable}). */
    private List<Reference> foreignKeys(String prefix) {
        return jdbc.sql("""
                        SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname
                        FROM pg_constraint c
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                        JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
                        WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1
                          AND c.conrelid::regclass::text LIKE :prefix AND c.confrelid::regclass::text LIKE :prefix""")
                .param("prefix", prefix.replace("_", "\\_") + "%")
                .query((rs, n) -> new Reference(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
