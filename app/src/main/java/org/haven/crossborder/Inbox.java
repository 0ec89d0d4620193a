package org.haven.crossborder;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The idempotent inbox. A message is opened and checked ({@link Sealing}), refused if expired or
 * dated in the future, recorded by its id, and acted on, all in one transaction: a message either
 * leaves its full effect or none, and the same message id is acted on once whatever the retries,
 * duplicates and replays. Every arrival is answered with a signed receipt.
 */
@Component
class Inbox {

    /** How far a sender's clock may run ahead of this node's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Sealing sealing;
    private final Partners partners;
    private final NodeKeys keys;
    private final NodeIdentity node;
    private final MessageHandling handling;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Inbox(Sealing sealing, Partners partners, NodeKeys keys, NodeIdentity node, MessageHandling handling,
          JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.sealing = sealing;
        this.partners = partners;
        this.keys = keys;
        this.node = node;
        this.handling = handling;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What became of a delivery, as a receipt signed by this node. */
    Receipt receive(String sealed) {
        String digest = Receipt.digestOf(sealed);
        UUID[] id = new UUID[1];
        try {
            return transactions.execute(tx -> {
                var envelope = sealing.open(sealed, partners::find);
                id[0] = envelope.id();
                var now = clock.instant();
                if (envelope.expiresAt().isBefore(now)) {
                    throw new MessageRefused("expired at " + envelope.expiresAt());
                }
                if (envelope.sentAt().isAfter(now.plus(CLOCK_SKEW))) {
                    throw new MessageRefused("dated in the future (" + envelope.sentAt() + ")");
                }
                int fresh = jdbc.sql("""
                                INSERT INTO crossborder_inbox (message_id, partner, type, received_at, expires_at)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                        .params(envelope.id(), envelope.from(), envelope.type().name(), Timestamp.from(now),
                                Timestamp.from(envelope.expiresAt())).update();
                if (fresh == 0) {
                    audit.record(Actor.system("crossborder"), AuditRecord.succeeded("message.duplicate", "message", envelope.id())
                            .withDetails(envelope.type() + " from " + envelope.from()));
                    return receipt(envelope.id(), Receipt.Status.DUPLICATE, "already received; nothing done again", digest);
                }
                handling.handle(envelope);
                audit.record(Actor.system("crossborder"), AuditRecord.succeeded("message.received", "message", envelope.id())
                        .withDetails(envelope.type() + " from " + envelope.from()));
                return receipt(envelope.id(), Receipt.Status.ACCEPTED, null, digest);
            });
        } catch (RuntimeException failure) {
            var refused = failure instanceof MessageRefused r ? r
                    : new MessageRefused("could not be processed (" + failure.getClass().getSimpleName() + ")");
            if (!(failure instanceof MessageRefused)) {
                org.slf4j.LoggerFactory.getLogger(Inbox.class).error("Message {} could not be processed", id[0], failure);
            }
            String from = Sealing.claimedSender(sealed);
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("INSERT INTO crossborder_refusal (refused_at, partner, message_id, reason) VALUES (?, ?, ?, ?)")
                        .params(Timestamp.from(clock.instant()), from == null ? null : from.substring(0, Math.min(100, from.length())),
                                id[0], refused.getMessage()).update();
                audit.record(Actor.system("crossborder"), AuditRecord.refused("message.refused", "message", id[0])
                        .withDetails((from == null ? "unknown sender" : from) + ": " + refused.getMessage()));
            });
            return receipt(id[0], Receipt.Status.REJECTED, refused.getMessage(), digest);
        }
    }

    /**
     * Refused before it could be read (empty, too large): the digest is of what was read, so a
     * message cut short by the size limit is never settled by it (its sender tries until it expires).
     */
    Receipt refuse(String reason, String read) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO crossborder_refusal (refused_at, reason) VALUES (?, ?)")
                    .params(Timestamp.from(clock.instant()), reason).update();
            audit.record(Actor.system("crossborder"), AuditRecord.refused("message.refused", "message", null).withDetails(reason));
        });
        return receipt(null, Receipt.Status.REJECTED, reason, Receipt.digestOf(read));
    }

    Receipt receipt(UUID messageId, Receipt.Status status, String reason, String digest) {
        return new Receipt(messageId, status, reason, node.id(), clock.instant(), digest);
    }

    String sign(Receipt receipt) {
        return receipt.sign(keys.signing());
    }
}
