package org.haven.statistics;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The counted cases ({@link Counting.Entry}) as kept in {@code statistics_counted}, and the count
 * of every cell of every table in {@code statistics_cell}, changed with them: a table is read, a
 * few dozen rows, not counted. The drill-down finds a row's cases in {@code statistics_counted}
 * (one indicator and year is one index range). Writers call within a transaction, holding
 * {@link #lockForWriting}.
 */
@Repository
class CountedCases {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CountedCases(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    private static String column(Breakdown breakdown) {
        return switch (breakdown) {
            case NONE, YEAR -> throw new IllegalArgumentException(breakdown + " has no column");
            case MONTH -> "month";
            case SEX -> "sex";
            case AGE_BAND -> "age_band";
            case REGION -> "region";
            case CITIZENSHIP -> "citizenship";
            case REFERRED_BY -> "referred_by";
            case NATIONALITY -> "nationalities";
            case FORM_OF_EXPLOITATION -> "forms";
        };
    }

    /** The breakdowns each counted case keeps a row by, in the order of their columns in {@link #COLUMNS}. */
    private static final List<Breakdown> KEPT = java.util.Arrays.stream(Breakdown.values()).filter(Breakdown::keptPerCase).toList();
    /** The columns of statistics_counted, as written by COPY and read back by RETURNING. */
    private static final String COLUMNS = "indicator, year, case_id, "
            + KEPT.stream().map(CountedCases::column).collect(java.util.stream.Collectors.joining(", "));

    private static boolean many(Breakdown breakdown) {
        return breakdown == Breakdown.NATIONALITY || breakdown == Breakdown.FORM_OF_EXPLOITATION;
    }

    /**
     * The tables of these indicators in a year (every year, by {@link Breakdown#YEAR}), by a
     * breakdown, before suppression: read from the kept cells in one statement.
     */
    Map<Indicator, Counting.Counts> count(List<Indicator> indicators, Breakdown breakdown, Year year) {
        if (breakdown.overYears()) {
            return countOverYears(indicators);
        }
        var rows = new EnumMap<Indicator, Map<String, Long>>(Indicator.class);
        var totals = new EnumMap<Indicator, Long>(Indicator.class);
        indicators.forEach(indicator -> {
            rows.put(indicator, new HashMap<>());
            totals.put(indicator, 0L);
        });
        jdbc.sql("""
                        SELECT indicator, breakdown, row_label, cases FROM statistics_cell
                        WHERE indicator IN (:indicators) AND year = :year AND breakdown IN (:breakdown, 'NONE')""")
                .param("indicators", indicators.stream().map(Indicator::name).toList()).param("year", year.getValue())
                .param("breakdown", breakdown.name())
                .query(rs -> {
                    var indicator = Indicator.valueOf(rs.getString("indicator"));
                    if (rs.getString("breakdown").equals(Breakdown.NONE.name())) {
                        totals.put(indicator, rs.getLong("cases"));
                    }
                    if (rs.getString("breakdown").equals(breakdown.name())) {
                        rows.get(indicator).put(rs.getString("row_label"), rs.getLong("cases"));
                    }
                });
        var counts = new EnumMap<Indicator, Counting.Counts>(Indicator.class);
        indicators.forEach(indicator -> counts.put(indicator, Counting.Counts.of(rows.get(indicator), totals.get(indicator), breakdown, year)));
        return counts;
    }

    /** Each year's total as a row (the sum of the rows is carried along but never published: see Statistics#table). */
    private Map<Indicator, Counting.Counts> countOverYears(List<Indicator> indicators) {
        var rows = new EnumMap<Indicator, Map<String, Long>>(Indicator.class);
        indicators.forEach(indicator -> rows.put(indicator, new HashMap<>()));
        jdbc.sql("SELECT indicator, year, cases FROM statistics_cell WHERE indicator IN (:indicators) AND breakdown = 'NONE'")
                .param("indicators", indicators.stream().map(Indicator::name).toList())
                .query(rs -> {
                    rows.get(Indicator.valueOf(rs.getString("indicator"))).put(String.valueOf(rs.getInt("year")), rs.getLong("cases"));
                });
        var counts = new EnumMap<Indicator, Counting.Counts>(Indicator.class);
        rows.forEach((indicator, years) -> counts.put(indicator, Counting.Counts.of(years,
                years.values().stream().mapToLong(Long::longValue).sum(), Breakdown.YEAR, null)));
        return counts;
    }

    /** The cases counted in one row of a table, in order of id. */
    List<UUID> casesIn(Indicator indicator, Breakdown breakdown, Year year, String row) {
        if (breakdown.overYears()) {
            if (row == null || !row.matches("\\d{4}")) {
                return List.of();
            }
            return casesIn(indicator, Breakdown.NONE, Year.parse(row), null);
        }
        String inRow = breakdown == Breakdown.NONE ? "" : many(breakdown) ? " AND :row = ANY(" + column(breakdown) + ")"
                : " AND " + column(breakdown) + " = :row";
        var query = jdbc.sql("SELECT case_id FROM statistics_counted WHERE indicator = :indicator AND year = :year"
                        + inRow + " ORDER BY case_id")
                .param("indicator", indicator.name()).param("year", year.getValue());
        if (breakdown != Breakdown.NONE) {
            query = query.param("row", row == null ? "" : row);
        }
        return query.query(UUID.class).list();
    }

    /** These cases are now counted in these entries (none, for a case that counts nowhere): rows and cells follow. */
    void replace(Collection<UUID> caseIds, List<Counting.Entry> entries) {
        var gone = jdbc.sql("DELETE FROM statistics_counted WHERE case_id = ANY(:ids) RETURNING " + COLUMNS)
                .param("ids", caseIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    var rows = new EnumMap<Breakdown, List<String>>(Breakdown.class);
                    for (var breakdown : KEPT) {
                        rows.put(breakdown, many(breakdown) ? List.of((String[]) rs.getArray(column(breakdown)).getArray())
                                : List.of(rs.getString(column(breakdown))));
                    }
                    return new Counting.Entry(rs.getObject("case_id", UUID.class), Indicator.valueOf(rs.getString("indicator")),
                            Year.of(rs.getInt("year")), rows);
                }).list();
        keep(entries);
        change(Counting.change(gone, entries));
    }

    /** Forgets every case and cell (before all are counted again, in the same transaction: readers see the old counts until it commits). */
    void forgetAll() {
        jdbc.sql("DELETE FROM statistics_counted").update();
        jdbc.sql("DELETE FROM statistics_cell").update();
    }

    /** Adds the change to each cell; a cell that reaches zero goes. */
    void change(java.util.Map<Counting.Cell, Long> change) {
        if (change.isEmpty()) {
            return;
        }
        var cells = List.copyOf(change.keySet());
        jdbc.sql("""
                        INSERT INTO statistics_cell (indicator, year, breakdown, row_label, cases)
                        SELECT i, y::smallint, b, r, n FROM unnest(:indicators, :years, :breakdowns, :rows, :cases) AS t(i, y, b, r, n)
                        ON CONFLICT (indicator, year, breakdown, row_label) DO UPDATE SET cases = statistics_cell.cases + EXCLUDED.cases""")
                .param("indicators", cells.stream().map(c -> c.indicator().name()).toArray(String[]::new))
                .param("years", cells.stream().map(c -> c.year().getValue()).toArray(Integer[]::new))
                .param("breakdowns", cells.stream().map(c -> c.breakdown().name()).toArray(String[]::new))
                .param("rows", cells.stream().map(Counting.Cell::row).toArray(String[]::new))
                .param("cases", cells.stream().map(change::get).toArray(Long[]::new))
                .update();
        jdbc.sql("DELETE FROM statistics_cell WHERE cases = 0").update();
    }

    /** Keeps the entries, with PostgreSQL's COPY (a million cases in seconds, not minutes); the cells are the caller's. */
    void keep(List<Counting.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY statistics_counted (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
            try {
                var lines = new StringBuilder();
                for (var entry : entries) {
                    lines.append(entry.indicator().name()).append(',').append(entry.year().getValue()).append(',').append(entry.caseId());
                    for (var breakdown : KEPT) {
                        lines.append(',').append(quoted(many(breakdown) ? array(entry.rows().get(breakdown)) : entry.row(breakdown)));
                    }
                    lines.append('\n');
                    if (lines.length() > 1 << 16) {
                        write(copy, lines);
                    }
                }
                write(copy, lines);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the counted cases", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void write(CopyIn copy, StringBuilder lines) throws SQLException {
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        lines.setLength(0);
    }

    /** A CSV field: quoted, quotes doubled. */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A PostgreSQL array literal of texts, each element quoted and escaped. */
    private static String array(List<String> values) {
        var literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    /** Waits for, or tries to take, the one right to write the counts (across every node) until the transaction ends. */
    boolean lockForWriting(boolean wait) {
        if (wait) {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(7310001)").query(Integer.class).single();
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(7310001)").query(Boolean.class).single());
    }

    /** The version of the definitions all cases were last counted by, if ever. */
    Optional<Integer> countedByDefinition() {
        return jdbc.sql("SELECT definition FROM statistics_count_run WHERE id = 1").query(Integer.class).optional();
    }

    void countedAll(int definition, Instant at) {
        jdbc.sql("""
                        INSERT INTO statistics_count_run (id, definition, counted_at) VALUES (1, :definition, :at)
                        ON CONFLICT (id) DO UPDATE SET definition = :definition, counted_at = :at""")
                .param("definition", definition).param("at", Timestamp.from(at)).update();
    }
}
