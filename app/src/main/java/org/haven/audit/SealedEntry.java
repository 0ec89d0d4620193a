package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An audit entry as the chain sees it: every column, in a fixed order, read from the database as
 * text (the time as microseconds since the epoch), so the hash does not depend on how Java or the
 * session's time zone would print a value.
 */
record SealedEntry(long id, List<String> columns) {

    /** The hash before the first seal. */
    static final String GENESIS = "0".repeat(64);

    /** The columns of {@code audit_event} in hashing order, as SQL that reads each as text. */
    static final String COLUMNS = """
            e.id::text, floor(extract(epoch FROM e.occurred_at) * 1000000)::bigint::text, e.actor_id::text,
            e.actor_name, e.organisation_id::text, e.action, e.outcome, e.subject_type, e.subject_id,
            e.case_id::text, e.reason, e.source_address, e.details""";

    static final int COLUMN_COUNT = 13;

    static SealedEntry read(java.sql.ResultSet row, int firstColumn) throws java.sql.SQLException {
        var columns = new java.util.ArrayList<String>(COLUMN_COUNT);
        for (int i = 0; i < COLUMN_COUNT; i++) {
            columns.add(row.getString(firstColumn + i));
        }
        return new SealedEntry(Long.parseLong(columns.get(0)), columns);
    }

    /** SHA-256 over the previous hash and every column; a null is written differently from any text. */
    String hashAfter(String previousHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            for (String column : columns) {
                digest.update((byte) 0x1f);
                if (column == null) {
                    digest.update((byte) 0x00);
                } else {
                    digest.update((byte) 0x01);
                    digest.update(column.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
