package org.haven.person;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.EncryptedColumns;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records that two identity records are the same child (a merge), and undoes it (an unmerge). A
 * merge links; it never deletes, so each record's cases and history stay where they are and are
 * reachable from the other. Every merge and unmerge is audited; the note and the reason for an
 * unmerge stay with the link, encrypted, and never go into the audit log (which cannot be erased).
 */
@Service
@Transactional
public class IdentityLinks {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;

    IdentityLinks(JdbcClient jdbc, AuditTrail audit, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Why two records were linked or unlinked: written about the child, so encrypted at rest. */
    @org.springframework.context.annotation.Bean
    static EncryptedColumns mergeTexts() {
        return new EncryptedColumns("person_same_child", "note", "undo_reason");
    }

    public SameChild merge(Actor actor, UUID by, ChildId kept, ChildId linked, String note) {
        if (kept.equals(linked)) {
            throw new DomainRuleViolation("matching.merge.same-record");
        }
        if (sameChildAs(kept).contains(linked)) {
            throw new DomainRuleViolation("matching.merge.already");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO person_same_child (id, kept, linked, note, linked_by, linked_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, kept.value(), linked.value(), cipher.encryptIfPresent(note), by, Timestamp.from(clock.instant())).update();
        audit.record(actor, AuditRecord.succeeded("child.merged", "child", kept).withDetails("linked " + linked));
        audit.record(actor, AuditRecord.succeeded("child.merged", "child", linked).withDetails("kept " + kept));
        return get(id);
    }

    public SameChild unmerge(Actor actor, UUID by, UUID linkId, String reason) {
        var link = get(linkId);
        if (link.isUndone()) {
            throw new DomainRuleViolation("matching.unmerge.already");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("matching.unmerge.reason-required");
        }
        jdbc.sql("UPDATE person_same_child SET undone_by = ?, undone_at = ?, undo_reason = ? WHERE id = ? AND undone_at IS NULL")
                .params(by, Timestamp.from(clock.instant()), cipher.encrypt(reason.strip()), linkId).update();
        audit.record(actor, AuditRecord.succeeded("child.unmerged", "child", link.kept()).withDetails("from " + link.linked()));
        audit.record(actor, AuditRecord.succeeded("child.unmerged", "child", link.linked()).withDetails("from " + link.kept()));
        return get(linkId);
    }

    @Transactional(readOnly = true)
    public SameChild get(UUID linkId) {
        return jdbc.sql("SELECT * FROM person_same_child WHERE id = ?").param(linkId).query(this::link)
                .optional().orElseThrow(() -> new NotFound("merge", linkId));
    }

    /** Every record that is the same child as this one, through any chain of merges still in force. */
    @Transactional(readOnly = true)
    public Set<ChildId> sameChildAs(ChildId child) {
        var found = new LinkedHashSet<ChildId>();
        var next = new ArrayDeque<ChildId>(List.of(child));
        while (!next.isEmpty()) {
            var one = next.pop();
            for (var link : linksOf(one)) {
                if (!link.isUndone() && !link.other(one).equals(child) && found.add(link.other(one))) {
                    next.push(link.other(one));
                }
            }
        }
        return found;
    }

    /** Merges this record took part in, undone ones included, newest first: its identity history. */
    @Transactional(readOnly = true)
    public List<SameChild> linksOf(ChildId child) {
        return jdbc.sql("SELECT * FROM person_same_child WHERE kept = ? OR linked = ? ORDER BY linked_at DESC")
                .params(child.value(), child.value()).query(this::link).list();
    }

    private SameChild link(ResultSet rs, int row) throws SQLException {
        Timestamp undoneAt = rs.getTimestamp("undone_at");
        return new SameChild(rs.getObject("id", UUID.class), new ChildId(rs.getObject("kept", UUID.class)),
                new ChildId(rs.getObject("linked", UUID.class)), readable(rs.getString("note")),
                rs.getObject("linked_by", UUID.class), rs.getTimestamp("linked_at").toInstant(),
                rs.getObject("undone_by", UUID.class), undoneAt == null ? null : undoneAt.toInstant(),
                readable(rs.getString("undo_reason")));
    }

    /** Texts written before they were encrypted are read as they are (until {@code Reencryption} encrypts them). */
    private String readable(String stored) {
        return stored == null || !FieldCipher.isEncrypted(stored) ? stored : cipher.decrypt(stored);
    }
}
