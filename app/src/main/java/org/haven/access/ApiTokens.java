package org.haven.access;

import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens. The token is shown once; only its SHA-256 hash is stored (the token has 256
 * bits of entropy, so a slow hash adds nothing and would slow every API call).
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "hvn_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record TokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                               Instant revokedAt) {
    }

    /** The new token in clear, for showing once. */
    public record IssuedToken(UUID id, String token) {
    }

    public IssuedToken issue(SignedInUser user, String name, Duration lifetime) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new DomainRuleViolation("token.name.invalid");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new DomainRuleViolation("token.lifetime.invalid");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO access_api_token (id, user_id, name, token_hash, created_at, expires_at)
                        VALUES (:id, :user, :name, :hash, :now, :expires)""")
                .param("id", id).param("user", user.id().value()).param("name", name.strip())
                .param("hash", hash(token)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        audit.record(user.actor(), AuditRecord.succeeded("api-token.issued", "api-token", id));
        return new IssuedToken(id, token);
    }

    public void revoke(SignedInUser user, UUID tokenId) {
        int changed = jdbc.sql("""
                        UPDATE access_api_token SET revoked_at = :now
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId)
                .param("user", user.id().value())
                .update();
        if (changed == 0) {
            throw new NotFound("api-token", tokenId);
        }
        audit.record(user.actor(), AuditRecord.succeeded("api-token.revoked", "api-token", tokenId));
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> of(SignedInUser user) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM access_api_token
                        WHERE user_id = :user ORDER BY created_at DESC""")
                .param("user", user.id().value())
                .query((rs, n) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** The owner of an active token, recording its use; empty for unknown, expired or revoked tokens. */
    Optional<UUID> ownerOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE access_api_token SET last_used_at = :now
                        WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                        RETURNING user_id""")
                .param("now", Timestamp.from(now)).param("hash", hash(token))
                .query(UUID.class)
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
