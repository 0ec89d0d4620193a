package org.haven.platform.crypto;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moves encrypted values to the active data key after a rotation, in the background, in small
 * batches. Encrypted text is found wherever it is (every text column holding {@code v1:} or
 * {@code v2:} values not under the active key), so no module has to list its encrypted columns;
 * sealed files are found through the {@link SealedColumn}s modules declare, and text written before
 * its column was encrypted through the {@link EncryptedColumns}. Each value is replaced
 * only if it is still the one read (a concurrent edit wins). Audit tables are not touched: they hold
 * no encrypted values and the application may not change them.
 */
@Service
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final int BATCH = 500;
    private static final int FILE_BATCH = 20;
    private static final Set<String> UNTOUCHABLE = Set.of("audit_event", "audit_seal", "flyway_schema_history");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final List<SealedColumn> sealedColumns;
    private final List<TextColumn> encryptedColumns;

    Reencryption(JdbcClient jdbc, FieldCipher cipher, List<SealedColumn> sealedColumns,
                 List<EncryptedColumns> encryptedColumns) {
        this.encryptedColumns = encryptedColumns.stream()
                .flatMap(table -> table.columns().stream().map(column -> new TextColumn(table.table(), column))).toList();
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sealedColumns = sealedColumns;
    }

    /** How many values and files are not yet under the active data key. */
    public record Progress(long values, long files) {
        public boolean done() {
            return values == 0 && files == 0;
        }
    }

    @Scheduled(fixedDelayString = "${haven.encryption.reencrypt-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "reencrypt", lockAtMostFor = "PT30M")
    public void reencryptOnSchedule() {
        long moved = reencryptAll();
        if (moved > 0) {
            log.info("Re-encrypted {} values under data key {}", moved, cipher.activeKeyId());
        }
    }

    /** Re-encrypts everything not under the active key; the number of values and files moved. */
    public long reencryptAll() {
        long moved = 0;
        for (var column : encryptedColumns) {
            int batch;
            do {
                batch = encryptPlaintext(column);
                moved += batch;
            } while (batch > 0);
        }
        for (var column : textColumns()) {
            int batch;
            do {
                batch = reencryptText(column);
                moved += batch;
            } while (batch > 0);
        }
        for (var column : sealedColumns) {
            int batch;
            do {
                batch = reseal(column);
                moved += batch;
            } while (batch == FILE_BATCH);
        }
        return moved;
    }

    public Progress progress() {
        long values = 0;
        for (var column : encryptedColumns) {
            values += jdbc.sql("SELECT count(*) FROM " + column.table() + " WHERE " + plaintext(column.column()))
                    .param("legacy", "v1:%").param("any", "v2:%").query(Long.class).single();
        }
        for (var column : textColumns()) {
            values += jdbc.sql("SELECT count(*) FROM " + column.table() + " WHERE " + stale(column.column()))
                    .param("legacy", "v1:%").param("any", "v2:%").param("current", cipher.currentPrefix() + "%")
                    .query(Long.class).single();
        }
        long files = 0;
        for (var column : sealedColumns) {
            files += jdbc.sql("SELECT count(*) FROM " + column.table() + " WHERE " + staleFile(column.column()))
                    .param("header", cipher.currentSealedHeader()).query(Long.class).single();
        }
        return new Progress(values, files);
    }

    private record TextColumn(String table, String column) {
    }

    private List<TextColumn> textColumns() {
        return jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND data_type = 'text'
                        ORDER BY table_name, column_name""")
                .query((rs, n) -> new TextColumn(rs.getString(1), rs.getString(2))).list().stream()
                .filter(c -> !UNTOUCHABLE.contains(c.table()))
                .filter(c -> c.table().matches("[a-z_0-9]+") && c.column().matches("[a-z_0-9]+"))
                .toList();
    }

    private static String stale(String column) {
        return "(" + column + " LIKE :legacy OR (" + column + " LIKE :any AND " + column + " NOT LIKE :current))";
    }

    private static String plaintext(String column) {
        return "(" + column + " IS NOT NULL AND " + column + " NOT LIKE :legacy AND " + column + " NOT LIKE :any)";
    }

    /** Text written before its column was encrypted. */
    private int encryptPlaintext(TextColumn column) {
        var rows = jdbc.sql("SELECT ctid::text, " + column.column() + " FROM " + column.table()
                        + " WHERE " + plaintext(column.column()) + " LIMIT " + BATCH)
                .param("legacy", "v1:%").param("any", "v2:%")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        int moved = 0;
        for (String[] row : rows) {
            moved += jdbc.sql("UPDATE " + column.table() + " SET " + column.column() + " = :fresh WHERE ctid = :ctid::tid AND "
                            + column.column() + " = :old")
                    .param("fresh", cipher.encrypt(row[1])).param("ctid", row[0]).param("old", row[1]).update();
        }
        return moved;
    }

    private static String staleFile(String column) {
        return "substring(" + column + " from 1 for length(:header)) <> :header";
    }

    private int reencryptText(TextColumn column) {
        var rows = jdbc.sql("SELECT ctid::text, " + column.column() + " FROM " + column.table()
                        + " WHERE " + stale(column.column()) + " LIMIT " + BATCH)
                .param("legacy", "v1:%").param("any", "v2:%").param("current", cipher.currentPrefix() + "%")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        int moved = 0;
        for (String[] row : rows) {
            String fresh;
            try {
                fresh = cipher.encrypt(cipher.decrypt(row[1]));
            } catch (IllegalStateException notOurs) {
                continue; // text that only looks encrypted
            }
            moved += jdbc.sql("UPDATE " + column.table() + " SET " + column.column() + " = :fresh WHERE ctid = :ctid::tid AND "
                            + column.column() + " = :old")
                    .param("fresh", fresh).param("ctid", row[0]).param("old", row[1]).update();
        }
        return moved; // 0 when nothing (more) can be moved, so the caller stops
    }

    private int reseal(SealedColumn column) {
        var rows = jdbc.sql("SELECT " + column.idColumn() + ", " + column.column() + " FROM " + column.table()
                        + " WHERE " + staleFile(column.column()) + " LIMIT " + FILE_BATCH)
                .param("header", cipher.currentSealedHeader())
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getBytes(2)}).list();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String context = column.context().apply(id);
            byte[] fresh = cipher.seal(cipher.open((byte[]) row[1], context), context);
            jdbc.sql("UPDATE " + column.table() + " SET " + column.column() + " = :fresh WHERE " + column.idColumn()
                            + " = :id AND " + column.column() + " = :old")
                    .param("fresh", fresh).param("id", id).param("old", row[1]).update();
        }
        return rows.size();
    }
}
