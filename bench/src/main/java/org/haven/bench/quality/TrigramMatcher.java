package org.haven.bench.quality;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.haven.linkage.PersonRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The plain PostgreSQL answer: the full name as written, lower-cased and without accents
 * (unaccent), compared by pg_trgm similarity through a GiST trigram index, nearest first. Decisions
 * from similarity alone: MATCH at 0.75 and above, POSSIBLE at 0.45 (pg_trgm's default similarity
 * threshold is 0.3; these were the best F1 of the thresholds tried on a training sample).
 */
public final class TrigramMatcher implements Matcher {

    static final double MATCH = 0.75;
    static final double POSSIBLE = 0.45;

    private final EmbeddedPostgres postgres;
    private final Connection connection;
    private final List<Connection> searchers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<PreparedStatement> search = ThreadLocal.withInitial(this::searchStatement);

    public TrigramMatcher() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "64MB").setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (var st = connection.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            st.execute("CREATE TABLE person (id TEXT PRIMARY KEY, full_name TEXT NOT NULL)");
        }
    }

    @Override
    public String name() {
        return "PostgreSQL pg_trgm";
    }

    @Override
    public void index(List<PersonRecord> records) throws Exception {
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement(
                "INSERT INTO person (id, full_name) VALUES (?, lower(unaccent(?)))")) {
            int batch = 0;
            for (var record : records) {
                insert.setString(1, record.id());
                insert.setString(2, fullName(record));
                insert.addBatch();
                if (++batch % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (var st = connection.createStatement()) {
            st.execute("CREATE INDEX person_trgm ON person USING gist (full_name gist_trgm_ops)");
            st.execute("ANALYZE person");
        }
    }

    /**
     * One connection per calling thread. The normalised query text is an expression in ORDER BY,
     * so that the planner walks the GiST index in distance order (with the normalisation as a
     * function in FROM, a join, it compared every row instead).
     */
    private PreparedStatement searchStatement() {
        try {
            Connection c = postgres.getPostgresDatabase().getConnection();
            searchers.add(c);
            return c.prepareStatement("""
                    SELECT id, similarity(full_name, lower(unaccent(?)))
                    FROM person
                    ORDER BY full_name <-> lower(unaccent(?)) LIMIT 5""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public long storedBytes() throws SQLException {
        try (var st = connection.createStatement();
             var rows = st.executeQuery("SELECT pg_total_relation_size('person')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public List<Answer> match(PersonRecord query) throws Exception {
        PreparedStatement statement = search.get();
        statement.setString(1, fullName(query));
        statement.setString(2, fullName(query));
        var answers = new ArrayList<Answer>();
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                double s = rows.getDouble(2);
                if (s >= POSSIBLE) {
                    answers.add(new Answer(rows.getString(1), s, s >= MATCH));
                }
            }
        }
        return answers;
    }

    private static String fullName(PersonRecord r) {
        return (nullToEmpty(r.givenNames()) + " " + nullToEmpty(r.familyName())).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws Exception {
        for (Connection c : searchers) {
            c.close();
        }
        connection.close();
        postgres.close();
    }
}
