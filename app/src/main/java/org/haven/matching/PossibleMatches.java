package org.haven.matching;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.linkage.Candidate;
import org.haven.linkage.PersonRecord;
import org.haven.linkage.Reason;
import org.haven.person.Child;
import org.haven.person.ChildId;
import org.haven.person.ChildRecorded;
import org.haven.person.ChildRegistry;
import org.haven.person.IdentityLinks;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The duplicate check and its review queue. When a child's identity is registered or corrected,
 * the matcher looks for the same child among the records already known; every possible match waits
 * for a coordinator or national focal point, who sees both records side by side and decides: the
 * same child (the records are merged, never deleted) or two children. A merge can be undone.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class PossibleMatches {

    /** Who decides whether two records are one child: they see identities across agencies. */
    static final Set<Role> REVIEWERS = Set.of(Role.COORDINATOR, Role.FOCAL_POINT);
    static final int CANDIDATES = 5;

    private final ChildMatchingIndex index;
    private final ChildRegistry children;
    private final IdentityLinks links;
    private final CaseFiles caseFiles;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PossibleMatches(ChildMatchingIndex index, ChildRegistry children, IdentityLinks links, CaseFiles caseFiles,
                    JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.index = index;
        this.children = children;
        this.links = links;
        this.caseFiles = caseFiles;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The duplicate check: runs after the identity is committed, in its own transaction. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ChildRecorded recorded) {
        var refreshed = index.refresh(recorded.child());
        if (refreshed.isEmpty()) {
            return;
        }
        var record = refreshed.get();
        var alreadySame = links.sameChildAs(recorded.child());
        for (Candidate candidate : index.candidates(record, CANDIDATES)) {
            var earlier = new ChildId(UUID.fromString(candidate.recordId()));
            if (!alreadySame.contains(earlier)) {
                propose(earlier, recorded.child(), candidate);
            }
        }
    }

    private void propose(ChildId earlier, ChildId found, Candidate candidate) {
        int updated = jdbc.sql("""
                        UPDATE matching_possible_match SET score = ?, engine_says = ?, version = version + 1
                        WHERE LEAST(earlier, found) = LEAST(CAST(? AS UUID), CAST(? AS UUID))
                          AND GREATEST(earlier, found) = GREATEST(CAST(? AS UUID), CAST(? AS UUID))
                          AND status = 'OPEN'""")
                .params(candidate.score(), candidate.decision().name(), earlier.value(), found.value(),
                        earlier.value(), found.value()).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO matching_possible_match (id, earlier, found, score, engine_says, found_at, status)
                            VALUES (?, ?, ?, ?, ?, ?, 'OPEN') ON CONFLICT DO NOTHING""")
                    .params(UUID.randomUUID(), earlier.value(), found.value(), candidate.score(),
                            candidate.decision().name(), Timestamp.from(clock.instant())).update();
        }
    }

    /** Possible matches waiting for a decision, most likely first. */
    @Transactional(noRollbackFor = NoAccess.class)
    public List<PossibleMatch> waiting(SignedInUser user) {
        requireReviewer(user, "match.listed", null);
        return jdbc.sql("SELECT * FROM matching_possible_match WHERE status = 'OPEN' ORDER BY score DESC, found_at LIMIT 200")
                .query(PossibleMatches::row).list();
    }

    /** Decided possible matches, newest first: merges (which can be undone) and "two children". */
    @Transactional(noRollbackFor = NoAccess.class)
    public List<PossibleMatch> decided(SignedInUser user) {
        requireReviewer(user, "match.listed", null);
        return jdbc.sql("SELECT * FROM matching_possible_match WHERE status <> 'OPEN' ORDER BY decided_at DESC LIMIT 200")
                .query(PossibleMatches::row).list();
    }

    /** Both records side by side with the matcher's reasons: audited as a read of both children. */
    public Review review(SignedInUser user, UUID id) {
        var match = get(id);
        requireReviewer(user, "match.reviewed", id);
        audit.record(user.actor(), AuditRecord.succeeded("match.reviewed", "child", match.earlier())
                .withDetails("possible match " + id));
        audit.record(user.actor(), AuditRecord.succeeded("match.reviewed", "child", match.found())
                .withDetails("possible match " + id));
        List<Reason> reasons = index.recordOf(match.found())
                .flatMap(found -> index.explain(found, match.earlier()))
                .map(Candidate::reasons).orElse(List.of());
        var earlierChild = children.get(match.earlier());
        var foundChild = children.get(match.found());
        var cases = caseFiles.casesOf(List.of(match.earlier(), match.found()));
        return new Review(match, side(earlierChild, cases), side(foundChild, cases), reasons);
    }

    private static Review.Side side(Child child, List<CaseFiles.CaseReference> cases) {
        return new Review.Side(child, cases.stream().filter(c -> c.child().equals(child.id())).toList());
    }

    /** A person's decision: the same child (merge) or two children. {@code seenVersion} guards against two reviewers at once. */
    public PossibleMatch decide(SignedInUser user, UUID id, boolean same, String note, long seenVersion) {
        var match = get(id);
        requireReviewer(user, same ? "child.merged" : "match.rejected", id);
        if (match.version() != seenVersion) {
            throw new EditConflict(match);
        }
        if (!match.isOpen()) {
            throw new DomainRuleViolation("matching.already-decided");
        }
        UUID link = null;
        if (same) {
            var kept = children.get(match.earlier()).registeredAt().isAfter(children.get(match.found()).registeredAt())
                    ? match.found() : match.earlier();
            link = links.merge(user.actor(), user.id().value(), kept, kept.equals(match.earlier())
                    ? match.found() : match.earlier(), clean(note)).id();
        } else {
            audit.record(user.actor(), AuditRecord.succeeded("match.rejected", "child", match.earlier())
                    .withDetails("two children: " + match.earlier() + " and " + match.found()));
        }
        update(match, same ? PossibleMatch.Status.SAME : PossibleMatch.Status.DIFFERENT, user, clean(note), link);
        return get(id);
    }

    /** Undoes a merge: both records are two children again, exactly as before; the reason is kept. */
    public PossibleMatch unmerge(SignedInUser user, UUID id, String reason, long seenVersion) {
        var match = get(id);
        requireReviewer(user, "child.unmerged", id);
        if (match.version() != seenVersion) {
            throw new EditConflict(match);
        }
        if (match.status() != PossibleMatch.Status.SAME || match.sameChild() == null) {
            throw new DomainRuleViolation("matching.unmerge.not-merged");
        }
        links.unmerge(user.actor(), user.id().value(), match.sameChild(), reason);
        update(match, PossibleMatch.Status.UNMERGED, user, reason.strip(), match.sameChild());
        return get(id);
    }

    /**
     * Who, among the children known here, may this person be? For requests from other countries and
     * the API: answers with case references and scores, never names. Audited with the number found.
     */
    @Transactional(noRollbackFor = NoAccess.class)
    public List<LocalMatch> whoMayThisBe(SignedInUser user, PersonRecord person) {
        requireReviewer(user, "match.requested", null);
        var candidates = index.candidates(person, CANDIDATES);
        var childIds = candidates.stream().map(c -> new ChildId(UUID.fromString(c.recordId()))).toList();
        var cases = caseFiles.casesOf(childIds);
        audit.record(user.actor(), AuditRecord.succeeded("match.requested", "child", null)
                .withDetails(candidates.size() + " candidates"));
        return candidates.stream().map(c -> {
            var child = new ChildId(UUID.fromString(c.recordId()));
            return new LocalMatch(child, c.score(), c.decision(), c.reasons(),
                    cases.stream().filter(k -> k.child().equals(child)).map(CaseFiles.CaseReference::reference).toList());
        }).toList();
    }

    /** One local record that may be the person asked about: case references, not names. */
    public record LocalMatch(ChildId child, double score, Candidate.Decision decision, List<Reason> reasons,
                             List<String> caseReferences) {
    }

    private void update(PossibleMatch match, PossibleMatch.Status status, SignedInUser user, String note, UUID link) {
        int updated = jdbc.sql("""
                        UPDATE matching_possible_match
                        SET status = ?, decided_by = ?, decided_at = ?, note = ?, same_child = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(status.name(), user.id().value(), Timestamp.from(clock.instant()), note, link, match.id(),
                        match.version()).update();
        if (updated == 0) {
            throw new EditConflict(get(match.id()));
        }
    }

    PossibleMatch get(UUID id) {
        return jdbc.sql("SELECT * FROM matching_possible_match WHERE id = ?").param(id).query(PossibleMatches::row)
                .optional().orElseThrow(() -> new NotFound("possible match", id));
    }

    private void requireReviewer(SignedInUser user, String action, UUID id) {
        if (REVIEWERS.stream().noneMatch(user::hasRole)) {
            audit.record(user.actor(), AuditRecord.refused(action, "possible match", id));
            throw new NoAccess("Only coordinators and national focal points review possible matches");
        }
    }

    private static String clean(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static PossibleMatch row(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new PossibleMatch(rs.getObject("id", UUID.class), new ChildId(rs.getObject("earlier", UUID.class)),
                new ChildId(rs.getObject("found", UUID.class)), rs.getDouble("score"), rs.getString("engine_says"),
                rs.getTimestamp("found_at").toInstant(), PossibleMatch.Status.valueOf(rs.getString("status")),
                rs.getObject("decided_by", UUID.class), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("note"), rs.getObject("same_child", UUID.class), rs.getLong("version"));
    }
}
