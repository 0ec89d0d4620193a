package org.haven.crossborder;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Rotates this node's keys without losing a message: new keys are made and the old ones kept (so
 * messages partners sealed for the old encryption key still open), and every partner is sent the
 * new public keys in a message signed with the old signing key, which they have pinned. The outbox
 * delivers each partner's messages in order, so the rotation arrives before anything signed anew.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class NodeKeyRotation {

    private final NodeKeys keys;
    private final Partners partners;
    private final Outbox outbox;
    private final AuditTrail audit;

    NodeKeyRotation(NodeKeys keys, Partners partners, Outbox outbox, AuditTrail audit) {
        this.keys = keys;
        this.partners = partners;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Rotates the keys; the new signing key signs once every partner has accepted the new public keys. */
    public void rotate(SignedInUser user) {
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            audit.record(user.actor(), AuditRecord.refused("node.keys-rotated", "node", null));
            throw new NoAccess("Only administrators rotate the node's keys");
        }
        var previousSigningKey = keys.signing();
        var published = keys.rotate();
        var all = partners.all();
        for (Partner partner : all) {
            outbox.enqueue(partner, Envelope.Type.KEYS, Map.of("keys", published.toJSONObject(true)), previousSigningKey);
        }
        if (all.isEmpty()) {
            keys.activateNewest();
        }
        audit.record(user.actor(), AuditRecord.succeeded("node.keys-rotated", "node", null)
                .withDetails("new keys sent to " + all.size() + " partner nodes"));
    }

    /** When the last partner has accepted the new keys, the new signing key takes over. */
    @org.springframework.context.event.EventListener
    void on(Outbox.Settled settled) {
        if (settled.accepted() && outbox.isKeys(settled.messageId()) && !outbox.keysNotAcceptedEverywhere()) {
            keys.activateNewest();
        }
    }
}
