package org.haven.access;

import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A user's own sign-ins: where they are signed in now (this browser and others), and ending one or
 * all the others, e.g. after using a shared computer or losing a phone. Sessions are named by a
 * fingerprint; their ids never leave the server.
 */
@Service
public class UserSessions {

    private final SessionRegistry registry;
    private final AuditTrail audit;

    UserSessions(SessionRegistry registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    public record Session(String fingerprint, Instant lastActive, boolean current) {
    }

    public List<Session> of(SignedInUser user, String currentSessionId) {
        return registry.getAllSessions(user, false).stream()
                .sorted(Comparator.comparing(SessionInformation::getLastRequest).reversed())
                .map(s -> new Session(fingerprint(s.getSessionId()), s.getLastRequest().toInstant(),
                        s.getSessionId().equals(currentSessionId)))
                .toList();
    }

    /** Ends the session with this fingerprint, if it is one of the user's; its next request goes to sign-in. */
    public void end(SignedInUser user, String fingerprint) {
        registry.getAllSessions(user, false).stream()
                .filter(s -> fingerprint(s.getSessionId()).equals(fingerprint))
                .forEach(s -> {
                    s.expireNow();
                    audit.record(user.actor(), AuditRecord.succeeded("user.session.ended", "user", user.id()));
                });
    }

    public void endAllOthers(SignedInUser user, String currentSessionId) {
        int ended = 0;
        for (var session : registry.getAllSessions(user, false)) {
            if (!session.getSessionId().equals(currentSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        audit.record(user.actor(), AuditRecord.succeeded("user.session.ended", "user", user.id())
                .withDetails("all others: " + ended));
    }

    static String fingerprint(String sessionId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
