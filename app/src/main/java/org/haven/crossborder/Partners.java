package org.haven.crossborder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory of partner nodes. A partner is learnt from its own description at
 * {@code <endpoint>/node-api/v1/node} and its public keys are pinned then (trust on first use, for
 * the partners an operator configured); afterwards only a key-rotation message signed with a
 * pinned key changes them.
 */
@Service
@Transactional
public class Partners {

    private static final Logger log = LoggerFactory.getLogger(Partners.class);
    static final String DESCRIPTION = "/node-api/v1/node";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<String> configured;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Partners(JdbcClient jdbc, AuditTrail audit, Clock clock, @Value("${haven.crossborder.partners:}") String configured) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.configured = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public List<Partner> all() {
        return jdbc.sql("SELECT * FROM crossborder_partner ORDER BY country, name").query(Partners::row).list();
    }

    @Transactional(readOnly = true)
    public Optional<Partner> find(String nodeId) {
        return jdbc.sql("SELECT * FROM crossborder_partner WHERE node_id = ?").param(nodeId).query(Partners::row).optional();
    }

    /** Learns the configured partners not known yet; again every minute for those not reachable yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void learnConfigured() {
        for (String url : configured) {
            if (jdbc.sql("SELECT count(*) FROM crossborder_partner WHERE endpoint = ?").param(trim(url))
                    .query(Long.class).single() == 0) {
                try {
                    learn(url);
                } catch (RuntimeException e) {
                    log.info("Partner node at {} not reachable yet ({}); trying again in a minute", url, e.getMessage());
                }
            }
        }
    }

    /** Fetches a node's description and pins it; a node already known keeps its pinned keys. */
    public Partner learn(String url) {
        var description = fetch(trim(url) + DESCRIPTION);
        try {
            String nodeId = Envelope.text(description, "nodeId");
            var keys = JWKSet.parse(JSONObjectUtils.getJSONObject(description, "keys"));
            if (!Partner.fitToPin(keys)) {
                throw new IllegalArgumentException("the node at " + url + " publishes keys unfit to pin "
                        + "(public EC P-256 keys with ids and uses, to sign and to encrypt)");
            }
            if (!trim(Envelope.text(description, "endpoint")).equals(trim(url))) {
                throw new IllegalArgumentException("the node at " + url + " says its address is "
                        + Envelope.text(description, "endpoint") + "; configure the address it gives");
            }
            int inserted = jdbc.sql("""
                            INSERT INTO crossborder_partner (node_id, country, name, endpoint, public_keys, languages, accepts, added_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (node_id) DO NOTHING""")
                    .params(nodeId, Envelope.text(description, "country"), Envelope.text(description, "name"),
                            trim(url), keys.toString(true),
                            String.join(",", list(description, "languages")), String.join(",", list(description, "accepts")),
                            Timestamp.from(clock.instant())).update();
            if (inserted == 1) {
                audit.record(Actor.system("crossborder"), AuditRecord.succeeded("partner.learnt", "node", null)
                        .withDetails(nodeId + " at " + url));
                log.info("Partner node {} ({}) at {}: keys pinned", nodeId, Envelope.text(description, "country"), url);
            }
            return find(nodeId).orElseThrow();
        } catch (ParseException e) {
            throw new IllegalArgumentException("The node at " + url + " does not describe itself as a Haven node: "
                    + e.getMessage(), e);
        }
    }

    /** Pins a partner's new public keys, after a rotation message signed with a key pinned before. */
    void pinKeys(String nodeId, JWKSet keys) {
        jdbc.sql("UPDATE crossborder_partner SET public_keys = ?, version = version + 1 WHERE node_id = ?")
                .params(keys.toPublicJWKSet().toString(true), nodeId).update();
        audit.record(Actor.system("crossborder"), AuditRecord.succeeded("partner.keys-rotated", "node", null)
                .withDetails(nodeId));
    }

    private Map<String, Object> fetch(String url) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSONObjectUtils.parse(response.body());
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> json, String field) {
        return json.get(field) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }

    private static String trim(String url) {
        return url.strip().replaceAll("/+$", "");
    }

    private static Partner row(ResultSet rs, int n) throws SQLException {
        try {
            return new Partner(rs.getString("node_id"), rs.getString("country"), rs.getString("name"),
                    rs.getString("endpoint"), JWKSet.parse(rs.getString("public_keys")),
                    split(rs.getString("languages")), split(rs.getString("accepts")));
        } catch (ParseException e) {
            throw new SQLException("stored keys of " + rs.getString("node_id") + " unreadable", e);
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }
}
