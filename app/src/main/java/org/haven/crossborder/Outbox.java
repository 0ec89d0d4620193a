package org.haven.crossborder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox. A message is stored sealed, in the same transaction as the change it
 * carries, so a crash after the commit loses nothing: whatever is pending is sent (again) until
 * the receiver answers with a signed receipt. Unreachable receivers are tried again after 2, 4, 8 ...
 * seconds, at most {@code haven.crossborder.max-backoff} apart, until the message expires.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final String INBOX = "/node-api/v1/inbox";
    static final String MEDIA_TYPE = "application/jose";

    /** A message this node sent was accepted or refused by its receiver. */
    record Settled(UUID messageId, String partner, boolean accepted, String reason) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Partners partners;
    private final NodeIdentity node;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration maxBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Outbox(JdbcClient jdbc, Sealing sealing, Partners partners, NodeIdentity node, AuditTrail audit,
           ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
           @Value("${haven.crossborder.message-lifetime}") Duration lifetime,
           @Value("${haven.crossborder.max-backoff}") Duration maxBackoff) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.partners = partners;
        this.node = node;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxBackoff = maxBackoff;
    }

    /** Seals a message for the partner and stores it for sending; joins the caller's transaction. */
    UUID enqueue(Partner to, Envelope.Type type, java.util.Map<String, Object> body) {
        return enqueue(to, type, body, null);
    }

    UUID enqueue(Partner to, Envelope.Type type, java.util.Map<String, Object> body, com.nimbusds.jose.jwk.ECKey signWith) {
        Instant now = clock.instant();
        var envelope = new Envelope(UUID.randomUUID(), type, node.id(), to.nodeId(), now, now.plus(lifetime), body);
        String sealed = signWith == null ? sealing.seal(envelope, to) : sealing.seal(envelope, to.encryptionKey(), signWith);
        jdbc.sql("""
                        INSERT INTO crossborder_outbox (message_id, partner, type, sealed, created_at, status, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(envelope.id(), to.nodeId(), type.name(), sealed, Timestamp.from(now), Timestamp.from(now)).update();
        audit.record(Actor.system("crossborder"), AuditRecord.succeeded("message.queued", "message", envelope.id())
                .withDetails(type + " to " + to.nodeId()));
        return envelope.id();
    }

    /** On a schedule, on one application node at a time. */
    @Scheduled(fixedDelayString = "${haven.crossborder.send-interval}")
    @SchedulerLock(name = "crossborder-outbox", lockAtMostFor = "PT5M")
    public void sendOnSchedule() {
        sendDue();
    }

    /**
     * Sends every pending message that is due. Safe to run twice at once: a message sent twice is
     * a duplicate to its receiver, and only the first receipt settles it here.
     */
    void sendDue() {
        record Due(UUID id, String partner, String sealed, int attempts, Instant createdAt, boolean due) {
        }
        List<Due> pending = jdbc.sql("""
                        SELECT message_id, partner, sealed, attempts, created_at, true FROM crossborder_outbox o
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM crossborder_outbox e WHERE e.partner = o.partner AND e.status = 'PENDING'
                                          AND (e.created_at, e.message_id) < (o.created_at, o.message_id) AND e.next_attempt_at > :now)
                        ORDER BY created_at, message_id LIMIT 500""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
        // Each partner gets its messages in the order they were written: a key rotation before the
        // messages signed with the new key, a request before its receipts. A message waiting for its
        // retry holds back the later ones to the same partner.
        var heldBack = new java.util.HashSet<String>();
        for (Due message : pending) {
            if (heldBack.contains(message.partner()) || !message.due()) {
                heldBack.add(message.partner());
                continue;
            }
            var partner = partners.find(message.partner());
            if (partner.isEmpty()) {
                settle(message.id(), message.partner(), null, false, "partner node no longer in the directory");
                continue;
            }
            if (message.createdAt().plus(lifetime).isBefore(clock.instant())) {
                settle(message.id(), message.partner(), null, false, "not delivered before it expired");
                continue;
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(partner.get().endpoint() + INBOX))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", MEDIA_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(message.sealed())).build(),
                        HttpResponse.BodyHandlers.ofString());
                String digest = Receipt.digestOf(message.sealed());
                // only a receipt naming these very bytes settles the delivery; anything else is tried again
                var receipt = Receipt.verify(response.body(), partner.get())
                        .filter(r -> digest.equals(r.digest()));
                if (receipt.isPresent() && response.statusCode() != 429 && response.statusCode() < 500) {
                    settle(message.id(), message.partner(), response.body(), receipt.get().delivered(),
                            receipt.get().reason());
                } else {
                    heldBack.add(message.partner());
                    retryLater(message.id(), message.attempts(), "answered " + response.statusCode() + " without a valid receipt");
                }
            } catch (IOException e) {
                heldBack.add(message.partner());
                retryLater(message.id(), message.attempts(), "unreachable: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void retryLater(UUID id, int attempts, String error) {
        long seconds = Math.min(maxBackoff.toSeconds(), 1L << Math.min(attempts + 1, 30));
        jdbc.sql("""
                        UPDATE crossborder_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                        WHERE message_id = ? AND status = 'PENDING'""")
                .params(Timestamp.from(clock.instant().plusSeconds(seconds)), error, id).update();
        log.debug("Message {} not delivered ({}); next try in {} s", id, error, seconds);
    }

    private void settle(UUID id, String partner, String receipt, boolean accepted, String reason) {
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("""
                            UPDATE crossborder_outbox SET status = ?, receipt = ?, last_error = ?, settled_at = ?, attempts = attempts + 1
                            WHERE message_id = ? AND status = 'PENDING'""")
                    .params(accepted ? "ACCEPTED" : "REJECTED", receipt, accepted ? null : reason,
                            Timestamp.from(clock.instant()), id).update();
            if (updated == 1) {
                audit.record(Actor.system("crossborder"), (accepted ? AuditRecord.succeeded("message.delivered", "message", id)
                        : AuditRecord.failed("message.refused", "message", id)).withDetails(partner + (reason == null ? "" : ": " + reason)));
                events.publishEvent(new Settled(id, partner, accepted, reason));
            }
        });
    }

    /** What happened to a message: PENDING, ACCEPTED or REJECTED, with the last error or reason. */
    record State(String status, int attempts, String lastError, String receipt) {
    }

    boolean isKeys(UUID id) {
        return jdbc.sql("SELECT count(*) FROM crossborder_outbox WHERE message_id = ? AND type = 'KEYS'").param(id)
                .query(Long.class).single() > 0;
    }

    /** Whether any partner has not accepted (yet, or ever) the keys this node sent it. */
    boolean keysNotAcceptedEverywhere() {
        return jdbc.sql("SELECT count(*) FROM crossborder_outbox WHERE type = 'KEYS' AND status <> 'ACCEPTED'")
                .query(Long.class).single() > 0;
    }

    java.util.Optional<State> state(UUID id) {
        return jdbc.sql("SELECT status, attempts, last_error, receipt FROM crossborder_outbox WHERE message_id = ?").param(id)
                .query((rs, n) -> new State(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).optional();
    }
}
