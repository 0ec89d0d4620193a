package org.haven.crossborder;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.access.SignedInUser;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.bestinterests.OriginContact;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.Notifications;
import org.haven.access.Accounts;
import org.haven.person.Child;
import org.haven.person.DateOfBirth;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Requests about a child between focal points: sent from a case by its team, received into the
 * focal points' queue, answered, with the partner node's receipts (accepted, delivered to a focal
 * point, read) shown on the request. Every request and answer is audited on both sides.
 */
@Service
@Transactional(noRollbackFor = {NoAccess.class, DomainRuleViolation.class})
public class CrossBorderRequests {

    public static final int MAX_TEXT = 4000;
    private static final Set<String> REQUEST_FIELDS = Set.of("requestId", "kind", "legalBasis", "dueOn", "caseReference",
            "child", "question", "attachments");

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final OriginContact originContact;
    private final Partners partners;
    private final Outbox outbox;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Notifications notifications;
    private final Accounts accounts;
    private final RequestAttachments attachments;

    CrossBorderRequests(JdbcClient jdbc, CaseFiles caseFiles, OriginContact originContact, Partners partners, Outbox outbox,
                        FieldCipher cipher, AuditTrail audit, Clock clock, @Value("${haven.time-zone}") ZoneId zone,
                        Notifications notifications, Accounts accounts, RequestAttachments attachments) {
        this.attachments = attachments;
        this.notifications = notifications;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.originContact = originContact;
        this.partners = partners;
        this.outbox = outbox;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** What a request of this kind would carry about the case's child: the only fields it may. */
    public Map<String, Object> childDataFor(SignedInUser user, CaseId caseId, RequestKind kind) {
        return minimised(caseFiles.current(user, caseId).child(), kind);
    }

    /**
     * Sends a request from a case: only by those who may manage the case, with a legal basis, to a
     * partner that takes the kind, and never to the country of origin of a child seeking protection
     * unless a best-interests determination allows it. Queued in this transaction; sent by the outbox.
     */
    public UUID send(SignedInUser user, CaseId caseId, String partnerNode, RequestKind kind, LegalBasis legalBasis,
                     String question) {
        return send(user, caseId, partnerNode == null ? List.of() : List.of(partnerNode), kind, legalBasis, question, false)
                .get(0);
    }

    /**
     * The same to several partners at once (only a missing-child alert goes to more than one). With
     * {@code specialCategory}, nothing leaves yet: a focal point other than the author reviews it first.
     */
    public List<UUID> send(SignedInUser user, CaseId caseId, List<String> partnerNodes, RequestKind kind,
                           LegalBasis legalBasis, String question, boolean specialCategory) {
        return send(user, caseId, partnerNodes, kind, legalBasis, question, specialCategory, List.of());
    }

    /** The same with files (JPEG, PNG, PDF, plain text; three at most, 2 MB each). */
    public List<UUID> send(SignedInUser user, CaseId caseId, List<String> partnerNodes, RequestKind kind,
                           LegalBasis legalBasis, String question, boolean specialCategory,
                           List<RequestAttachments.File> files) {
        caseFiles.requireManager(user, caseId, "crossborder.request.sent");
        if (kind == null) {
            throw new DomainRuleViolation("crossborder.kind.required");
        }
        var targets = partnerNodes.stream().distinct()
                .map(node -> partners.find(node == null ? "" : node)
                        .orElseThrow(() -> new DomainRuleViolation("crossborder.partner.required")))
                .toList();
        if (targets.isEmpty()) {
            throw new DomainRuleViolation("crossborder.partner.required");
        }
        if (targets.size() > 1 && kind != RequestKind.MISSING_CHILD_ALERT) {
            throw new DomainRuleViolation("crossborder.partner.one-only");
        }
        if (targets.stream().anyMatch(p -> !p.accepts(kind))) {
            throw new DomainRuleViolation("crossborder.partner.does-not-accept");
        }
        if (legalBasis == null) {
            throw new DomainRuleViolation("crossborder.legal-basis.required");
        }
        if (question == null || question.isBlank()) {
            throw new DomainRuleViolation("crossborder.question.required");
        }
        if (question.length() > MAX_TEXT) {
            throw new DomainRuleViolation("crossborder.question.too-long");
        }
        var file = caseFiles.current(user, caseId);
        for (Partner partner : targets) {
            if (kind.contactsOrigin() && file.child().nationalities().contains(partner.country())
                    && !originContact.contactAllowed(caseId)) {
                audit.record(user.actor(), AuditRecord.refused("crossborder.request.sent", "case", caseId)
                        .inCase(caseId.value()).withDetails("do not contact the country of origin: " + partner.country()));
                throw new DomainRuleViolation("crossborder.do-not-contact");
            }
        }
        var checkedFiles = attachments.checked(files);
        var child = minimised(file.child(), kind);
        UUID alert = targets.size() > 1 ? UUID.randomUUID() : null;
        var ids = new ArrayList<UUID>();
        for (Partner partner : targets) {
            var id = UUID.randomUUID();
            LocalDate dueOn = today().plusDays(kind.daysToAnswer());
            jdbc.sql("""
                            INSERT INTO crossborder_request (id, direction, kind, partner, case_id, case_reference, legal_basis, child,
                              question, due_on, status, created_by, created_at, special_category, alert_id)
                            VALUES (?, 'OUTGOING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, kind.name(), partner.nodeId(), caseId.value(), file.kase().reference(), legalBasis.name(),
                            cipher.encrypt(JSONObjectUtils.toJSONString(child)), cipher.encrypt(question.strip()), dueOn,
                            specialCategory ? "AWAITING_REVIEW" : "QUEUED", user.id().value(),
                            Timestamp.from(clock.instant()), specialCategory, alert).update();
            attachments.store(id, checkedFiles);
            if (!specialCategory) {
                dispatch(get(id));
            }
            audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.sent", "child", file.child().id())
                    .inCase(caseId.value()).withDetails(kind + " to " + partner.nodeId() + " (" + legalBasis + ")"
                            + (specialCategory ? ", special-category data: waiting for a focal point's review" : "")));
            ids.add(id);
        }
        return ids;
    }

    /** Seals the request for its partner and puts it in the outbox, due from today. */
    private void dispatch(CrossBorderRequest request) {
        var partner = partners.find(request.partner()).orElseThrow(() -> new DomainRuleViolation("crossborder.partner.gone"));
        LocalDate dueOn = today().plusDays(request.kind().daysToAnswer());
        var body = new LinkedHashMap<String, Object>();
        body.put("requestId", request.id().toString());
        body.put("kind", request.kind().name());
        body.put("legalBasis", request.legalBasis().name());
        body.put("dueOn", dueOn.toString());
        body.put("caseReference", request.caseReference());
        body.put("child", request.child());
        body.put("question", request.question());
        var files = attachments.all(request.id());
        if (!files.isEmpty()) {
            body.put("attachments", RequestAttachments.toJson(files));
        }
        UUID message = outbox.enqueue(partner, Envelope.Type.REQUEST, body);
        jdbc.sql("UPDATE crossborder_request SET message_id = ?, due_on = ?, status = 'QUEUED' WHERE id = ?")
                .params(message, dueOn, request.id()).update();
    }

    /**
     * A focal point's review of a request with special-category data: sent on, or returned to its
     * author with the reason. Never by the author; guarded against two reviewers at once.
     */
    public void review(SignedInUser user, UUID id, boolean send, String note, long seenVersion) {
        var request = get(id);
        requireFocalPoint(user, "crossborder.request.reviewed", id);
        if (request.version() != seenVersion) {
            throw new EditConflict(request);
        }
        if (!request.awaitsReview()) {
            throw new DomainRuleViolation("crossborder.review.not-waiting");
        }
        if (user.id().value().equals(request.createdBy())) {
            audit.record(user.actor(), AuditRecord.refused("crossborder.request.reviewed", "crossborder request", id)
                    .withDetails("own request"));
            throw new DomainRuleViolation("crossborder.review.own");
        }
        if (!send && (note == null || note.isBlank())) {
            throw new DomainRuleViolation("crossborder.review.note-required");
        }
        if (send && partners.find(request.partner()).isEmpty()) {
            throw new DomainRuleViolation("crossborder.partner.gone");
        }
        int updated = jdbc.sql("""
                        UPDATE crossborder_request SET reviewed_by = ?, reviewed_at = ?, review_note = ?, status = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(user.id().value(), Timestamp.from(clock.instant()), note == null || note.isBlank() ? null : note.strip(),
                        send ? "QUEUED" : "RETURNED", id, seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(get(id));
        }
        if (send) {
            dispatch(get(id));
        }
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.reviewed", "crossborder request", id)
                .inCase(request.caseId()).withDetails(send ? "sent on" : "returned: " + note.strip()));
    }

    /** Outgoing requests with special-category data waiting for a focal point's review. */
    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<CrossBorderRequest> awaitingReview(SignedInUser user) {
        requireFocalPoint(user, "crossborder.requests.listed", null);
        return jdbc.sql("SELECT * FROM crossborder_request WHERE status = 'AWAITING_REVIEW' ORDER BY created_at")
                .query(this::row).list();
    }

    /** The requests of a case, newest first: for its team. */
    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<CrossBorderRequest> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireTeamMember(user, caseId, "crossborder.requests.listed");
        return jdbc.sql("SELECT * FROM crossborder_request WHERE case_id = ? ORDER BY created_at DESC")
                .param(caseId.value()).query(this::row).list();
    }

    /** The focal points' queue: incoming requests, open and overdue first, then by due date. */
    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<CrossBorderRequest> incoming(SignedInUser user) {
        return listed(user, CrossBorderRequest.Direction.INCOMING);
    }

    /** Requests sent from this country's cases, for the focal points who follow them up. */
    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<CrossBorderRequest> outgoing(SignedInUser user) {
        return listed(user, CrossBorderRequest.Direction.OUTGOING);
    }

    private List<CrossBorderRequest> listed(SignedInUser user, CrossBorderRequest.Direction direction) {
        requireFocalPoint(user, "crossborder.requests.listed", null);
        return jdbc.sql("""
                        SELECT * FROM crossborder_request WHERE direction = ?
                        ORDER BY (status IN ('ANSWERED', 'REJECTED', 'RETURNED')), due_on, created_at LIMIT 500""")
                .param(direction.name()).query(this::row).list();
    }

    /**
     * One request, audited as a read: an incoming one for focal points (the first opening sends the
     * partner a "read" receipt), an outgoing one for the case's team.
     */
    public CrossBorderRequest view(SignedInUser user, UUID id) {
        var request = get(id);
        requireMaySee(user, request, "crossborder.request.viewed");
        if (request.direction() == CrossBorderRequest.Direction.INCOMING && request.readAt() == null
                && jdbc.sql("""
                        UPDATE crossborder_request SET read_at = ?, status = CASE WHEN status = 'DELIVERED' THEN 'READ' ELSE status END
                        WHERE id = ? AND read_at IS NULL""").params(Timestamp.from(clock.instant()), id).update() == 1) {
            receipt(request, "READ");
        }
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.viewed", "crossborder request", id)
                .withDetails(request.direction() + " " + request.kind() + " " + request.partner()));
        return get(id);
    }

    /** The files of a request the user has just been shown (through {@link #view}). */
    public List<RequestAttachments.Listed> attachmentsOf(CrossBorderRequest shown) {
        return attachments.of(shown.id());
    }

    /** One file of a request, for those who may see the request; audited. */
    public RequestAttachments.File attachment(SignedInUser user, UUID id, UUID attachmentId) {
        var request = get(id);
        requireMaySee(user, request, "crossborder.attachment.opened");
        var file = attachments.open(id, attachmentId);
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.attachment.opened", "crossborder request", id)
                .withDetails(attachmentId.toString()));
        return file;
    }

    /** A focal point takes a received request on: the others see who is handling it. */
    public void take(SignedInUser user, UUID id, long seenVersion) {
        var request = get(id);
        requireFocalPoint(user, "crossborder.request.taken", id);
        if (request.direction() != CrossBorderRequest.Direction.INCOMING || !request.isOpen()) {
            throw new DomainRuleViolation("crossborder.take.not-open");
        }
        int updated = jdbc.sql("UPDATE crossborder_request SET assigned_to = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(user.id().value(), id, seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(get(id));
        }
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.taken", "crossborder request", id));
    }

    /**
     * Sends a received request on to another node (the child may be there): the same kind, legal
     * basis, facts and question, with the focal point's note. The asker is told where it went, and
     * the other node's answer comes back to the asker as the answer to its request.
     */
    public UUID forward(SignedInUser user, UUID id, String partnerNode, String note, long seenVersion) {
        var request = get(id);
        requireFocalPoint(user, "crossborder.request.forwarded", id);
        if (request.direction() != CrossBorderRequest.Direction.INCOMING || !request.isOpen()) {
            throw new DomainRuleViolation("crossborder.take.not-open");
        }
        if (request.version() != seenVersion) {
            throw new EditConflict(request);
        }
        var partner = partners.find(partnerNode == null ? "" : partnerNode)
                .filter(p -> !p.nodeId().equals(request.partner()))
                .orElseThrow(() -> new DomainRuleViolation("crossborder.forward.partner"));
        if (!partner.accepts(request.kind())) {
            throw new DomainRuleViolation("crossborder.partner.does-not-accept");
        }
        // this node does not know whether the child seeks protection: never on to a country of hers
        if (request.kind().contactsOrigin() && request.child().get(ChildField.NATIONALITY.name()) instanceof List<?> countries
                && countries.contains(partner.country())) {
            audit.record(user.actor(), AuditRecord.refused("crossborder.request.forwarded", "crossborder request", id)
                    .withDetails("to a country of the child's nationality: " + partner.country()));
            throw new DomainRuleViolation("crossborder.forward.origin");
        }
        String question = request.question() + (note == null || note.isBlank() ? ""
                : "\n\n" + note.strip());
        if (question.length() > MAX_TEXT) {
            throw new DomainRuleViolation("crossborder.question.too-long");
        }
        var forwarded = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO crossborder_request (id, direction, kind, partner, case_reference, legal_basis, child, question,
                          due_on, status, created_by, created_at, forwarded_from)
                        VALUES (?, 'OUTGOING', ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)""")
                .params(forwarded, request.kind().name(), partner.nodeId(), request.caseReference(), request.legalBasis().name(),
                        cipher.encrypt(JSONObjectUtils.toJSONString(request.child())), cipher.encrypt(question),
                        request.dueOn(), user.id().value(), Timestamp.from(clock.instant()), id).update();
        attachments.store(forwarded, attachments.all(id));
        dispatch(get(forwarded));
        int updated = jdbc.sql("UPDATE crossborder_request SET assigned_to = ?, forwarded_to = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(user.id().value(), partner.nodeId(), id, seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(get(id));
        }
        partners.find(request.partner()).ifPresent(asker -> outbox.enqueue(asker, Envelope.Type.RECEIPT,
                Map.of("requestId", id.toString(), "status", "FORWARDED", "to", partner.nodeId())));
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.forwarded", "crossborder request", id)
                .withDetails("to " + partner.nodeId()));
        return forwarded;
    }

    /** A focal point's answer, sent back to the asking node; guarded against two answering at once. */
    public void answer(SignedInUser user, UUID id, String answer, long seenVersion) {
        var request = get(id);
        requireFocalPoint(user, "crossborder.request.answered", id);
        if (request.direction() != CrossBorderRequest.Direction.INCOMING) {
            throw new DomainRuleViolation("crossborder.answer.not-incoming");
        }
        if (request.version() != seenVersion) {
            throw new EditConflict(request);
        }
        if (request.status() == CrossBorderRequest.Status.ANSWERED) {
            throw new DomainRuleViolation("crossborder.answer.already");
        }
        if (answer == null || answer.isBlank()) {
            throw new DomainRuleViolation("crossborder.answer.required");
        }
        if (answer.length() > MAX_TEXT) {
            throw new DomainRuleViolation("crossborder.answer.too-long");
        }
        var partner = partners.find(request.partner()).orElseThrow(() -> new DomainRuleViolation("crossborder.partner.gone"));
        String by = user.displayName();
        int updated = jdbc.sql("""
                        UPDATE crossborder_request SET answer = ?, answered_by = ?, answered_at = ?, status = 'ANSWERED',
                          assigned_to = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(cipher.encrypt(answer.strip()), by, Timestamp.from(clock.instant()), user.id().value(), id,
                        seenVersion).update();
        if (updated == 0) {
            throw new EditConflict(get(id));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("requestId", id.toString());
        body.put("answer", answer.strip());
        body.put("answeredBy", by);
        outbox.enqueue(partner, Envelope.Type.ANSWER, body);
        audit.record(user.actor(), AuditRecord.succeeded("crossborder.request.answered", "crossborder request", id)
                .withDetails(request.kind() + " from " + request.partner()));
    }

    // ---- what arrives (called in the inbox's transaction; a MessageRefused undoes everything) ----

    void arrived(Envelope envelope) {
        var body = envelope.body();
        for (String field : body.keySet()) {
            if (!REQUEST_FIELDS.contains(field)) {
                throw new MessageRefused("unknown request field " + field);
            }
        }
        RequestKind kind = parse(RequestKind.class, body, "kind");
        LegalBasis basis = parse(LegalBasis.class, body, "legalBasis");
        UUID id = uuid(body, "requestId");
        String question = Envelope.text(body, "question");
        if (question.length() > MAX_TEXT) {
            throw new MessageRefused("question longer than " + MAX_TEXT + " characters");
        }
        if (!(body.get("child") instanceof Map<?, ?> child)) {
            throw new MessageRefused("child missing");
        }
        for (Object field : child.keySet()) {
            ChildField known;
            try {
                known = ChildField.valueOf(String.valueOf(field));
            } catch (IllegalArgumentException e) {
                throw new MessageRefused("unknown child field " + field);
            }
            if (!kind.childFields().contains(known)) {
                throw new MessageRefused("a " + kind + " may not carry " + known + " (data minimisation)");
            }
            Object value = child.get(field);
            if (!(value instanceof String || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
                throw new MessageRefused("child field " + field + " must be text or a list of text");
            }
        }
        LocalDate dueOn;
        try {
            dueOn = LocalDate.parse(Envelope.text(body, "dueOn"));
        } catch (DateTimeParseException e) {
            throw new MessageRefused("dueOn is not a date");
        }
        var files = attachments.fromJson(body.get("attachments"));
        String reference = body.get("caseReference") instanceof String r ? r.substring(0, Math.min(r.length(), 100)) : null;
        int inserted = jdbc.sql("""
                        INSERT INTO crossborder_request (id, direction, kind, partner, case_reference, legal_basis, child, question,
                          due_on, status, created_at, delivered_at)
                        VALUES (?, 'INCOMING', ?, ?, ?, ?, ?, ?, ?, 'DELIVERED', ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(id, kind.name(), envelope.from(), reference, basis.name(),
                        cipher.encrypt(JSONObjectUtils.toJSONString(stringMap(child))), cipher.encrypt(question), dueOn,
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new MessageRefused("request " + id + " exists already");
        }
        attachments.store(id, files);
        audit.record(Actor.system("crossborder"), AuditRecord.succeeded("crossborder.request.received", "crossborder request", id)
                .withDetails(kind + " from " + envelope.from() + " (" + basis + ")"));
        receipt(get(id), "DELIVERED");
        notifications.alertUsers(focalPoints(), "notice.crossborder.received", envelope.from());
    }

    private List<UUID> focalPoints() {
        return accounts.enabledWithAnyRole(Role.FOCAL_POINT).stream().map(UserId::value).toList();
    }

    void answerArrived(Envelope envelope) {
        var body = envelope.body();
        UUID id = uuid(body, "requestId");
        String answer = Envelope.text(body, "answer");
        if (answer.length() > MAX_TEXT) {
            throw new MessageRefused("answer longer than " + MAX_TEXT + " characters");
        }
        String by = body.get("answeredBy") instanceof String b ? b.substring(0, Math.min(b.length(), 200)) : envelope.from();
        int updated = jdbc.sql("""
                        UPDATE crossborder_request SET answer = ?, answered_by = ?, answered_at = ?, status = 'ANSWERED', version = version + 1
                        WHERE id = ? AND direction = 'OUTGOING' AND partner = ? AND status <> 'ANSWERED'""")
                .params(cipher.encrypt(answer), by, Timestamp.from(clock.instant()), id, envelope.from()).update();
        if (updated == 0) {
            throw new MessageRefused("no open request " + id + " was sent to " + envelope.from());
        }
        audit.record(Actor.system("crossborder"), AuditRecord.succeeded("crossborder.answer.received", "crossborder request", id)
                .withDetails("from " + envelope.from()));
        var answered = get(id);
        if (answered.caseId() != null) {
            notifications.alertTeam(new CaseId(answered.caseId()), "notice.crossborder.answered", envelope.from());
        }
        if (answered.forwardedFrom() != null) {
            relay(answered.forwardedFrom(), envelope.from() + ": " + answer, by + " (" + envelope.from() + ")");
        }
    }

    /** The answer of the node a request was forwarded to, passed back to the first asker as ours. */
    private void relay(UUID incoming, String answer, String by) {
        var original = get(incoming);
        String text = answer.length() > MAX_TEXT ? answer.substring(0, MAX_TEXT) : answer;
        int updated = jdbc.sql("""
                        UPDATE crossborder_request SET answer = ?, answered_by = ?, answered_at = ?, status = 'ANSWERED', version = version + 1
                        WHERE id = ? AND status <> 'ANSWERED'""")
                .params(cipher.encrypt(text), by, Timestamp.from(clock.instant()), incoming).update();
        if (updated == 0) {
            return; // a focal point here answered it already
        }
        partners.find(original.partner()).ifPresent(asker -> {
            var body = new LinkedHashMap<String, Object>();
            body.put("requestId", incoming.toString());
            body.put("answer", text);
            body.put("answeredBy", by);
            outbox.enqueue(asker, Envelope.Type.ANSWER, body);
        });
        audit.record(Actor.system("crossborder"), AuditRecord.succeeded("crossborder.request.answered", "crossborder request", incoming)
                .withDetails("answer relayed from the node it was forwarded to"));
    }

    void receiptArrived(Envelope envelope) {
        var body = envelope.body();
        UUID id = uuid(body, "requestId");
        String status = Envelope.text(body, "status");
        if ("FORWARDED".equals(status)) {
            String to = Envelope.text(body, "to");
            int updated = jdbc.sql("""
                            UPDATE crossborder_request SET forwarded_to = ?, version = version + 1
                            WHERE id = ? AND direction = 'OUTGOING' AND partner = ?""")
                    .params(to.substring(0, Math.min(to.length(), 100)), id, envelope.from()).update();
            if (updated == 0) {
                throw new MessageRefused("no request " + id + " was sent to " + envelope.from());
            }
            return;
        }
        String column = switch (status) {
            case "DELIVERED" -> "delivered_at";
            case "READ" -> "read_at";
            default -> throw new MessageRefused("unknown receipt status " + status);
        };
        int updated = jdbc.sql("UPDATE crossborder_request SET " + column + " = COALESCE(" + column + ", ?), "
                        + "status = CASE WHEN status IN ('QUEUED', 'ACCEPTED', 'DELIVERED') THEN ? ELSE status END, version = version + 1 "
                        + "WHERE id = ? AND direction = 'OUTGOING' AND partner = ?")
                .params(Timestamp.from(clock.instant()), status, id, envelope.from()).update();
        if (updated == 0) {
            throw new MessageRefused("no request " + id + " was sent to " + envelope.from());
        }
    }

    /** The partner node's signed receipt for a request's message: accepted or refused with the reason. */
    @EventListener
    void on(Outbox.Settled settled) {
        jdbc.sql("""
                        UPDATE crossborder_request SET status = CASE WHEN ? THEN (CASE WHEN status = 'QUEUED' THEN 'ACCEPTED' ELSE status END)
                          WHEN status IN ('QUEUED', 'ACCEPTED') THEN 'REJECTED' ELSE status END, rejected_reason = ?, version = version + 1
                        WHERE message_id = ?""")
                .params(settled.accepted(), settled.accepted() ? null : settled.reason(), settled.messageId()).update();
        if (!settled.accepted()) {
            jdbc.sql("SELECT case_id FROM crossborder_request WHERE message_id = ? AND case_id IS NOT NULL")
                    .param(settled.messageId()).query(UUID.class).optional()
                    .ifPresent(caseId -> notifications.alertTeam(new CaseId(caseId), "notice.crossborder.refused", settled.partner()));
        }
    }

    /** Overdue requests, both ways, are marked once and audited, so that they show and can be chased. */
    @Scheduled(fixedDelayString = "${haven.crossborder.overdue-check:PT1H}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "crossborder-overdue")
    public void overdueCheck() {
        markOverdue();
    }

    int markOverdue() {
        var overdue = jdbc.sql("""
                        SELECT id, direction, partner, case_id FROM crossborder_request
                        WHERE status NOT IN ('ANSWERED', 'REJECTED', 'RETURNED', 'AWAITING_REVIEW') AND due_on < ? AND escalated_at IS NULL""")
                .param(today()).query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
        for (var o : overdue) {
            jdbc.sql("UPDATE crossborder_request SET escalated_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), UUID.fromString(o.get(0))).update();
            audit.record(Actor.system("crossborder"), AuditRecord.succeeded("crossborder.request.overdue", "crossborder request",
                    o.get(0)).withDetails(o.get(1) + " " + o.get(2)));
            if (o.get(3) != null) {
                notifications.alertTeam(new CaseId(UUID.fromString(o.get(3))), "notice.crossborder.overdue", o.get(2));
            } else {
                notifications.alertUsers(focalPoints(), "notice.crossborder.incoming-overdue", o.get(2));
            }
        }
        return overdue.size();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private void receipt(CrossBorderRequest request, String status) {
        partners.find(request.partner()).ifPresent(partner -> outbox.enqueue(partner, Envelope.Type.RECEIPT,
                Map.of("requestId", request.id().toString(), "status", status)));
    }

    CrossBorderRequest get(UUID id) {
        return jdbc.sql("SELECT * FROM crossborder_request WHERE id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFound("cross-border request", id));
    }

    /**
     * Focal points see every request (they are the channel); the case team sees its case's
     * outgoing requests.
     */
    private void requireMaySee(SignedInUser user, CrossBorderRequest request, String action) {
        if (request.direction() == CrossBorderRequest.Direction.INCOMING || request.caseId() == null) {
            requireFocalPoint(user, action, request.id());
        } else if (!user.hasRole(Role.FOCAL_POINT)) {
            caseFiles.requireTeamMember(user, new CaseId(request.caseId()), action);
        }
    }

    private void requireFocalPoint(SignedInUser user, String action, UUID id) {
        if (!user.hasRole(Role.FOCAL_POINT)) {
            audit.record(user.actor(), AuditRecord.refused(action, "crossborder request", id));
            throw new NoAccess("Only national focal points handle cross-border requests");
        }
    }

    static Map<String, Object> minimised(Child child, RequestKind kind) {
        var data = new LinkedHashMap<String, Object>();
        for (ChildField field : kind.childFields()) {
            switch (field) {
                case GIVEN_NAMES -> put(data, field, child.primaryName().givenNames());
                case FAMILY_NAME -> put(data, field, child.primaryName().familyName());
                case ALIASES -> {
                    if (!child.aliases().isEmpty()) {
                        data.put(field.name(), child.aliases().stream().map(a -> a.fullName()).toList());
                    }
                }
                case DATE_OF_BIRTH -> put(data, field, dateOfBirth(child.dateOfBirth()));
                case SEX -> put(data, field, child.sex().name());
                case NATIONALITY -> {
                    if (!child.nationalities().isEmpty()) {
                        data.put(field.name(), child.nationalities());
                    }
                }
            }
        }
        return data;
    }

    /** EXACT 2011-04-12, MONTH 2011-04, YEAR 2011, an estimated age as the range of years 2009/2012. */
    static String dateOfBirth(DateOfBirth dob) {
        return switch (dob.precision()) {
            case EXACT -> dob.earliest().toString();
            case MONTH -> dob.earliest().toString().substring(0, 7);
            case YEAR -> String.valueOf(dob.earliest().getYear());
            case ESTIMATED -> dob.earliest().getYear() + "/" + dob.latest().getYear();
            case UNKNOWN -> null;
        };
    }

    private static void put(Map<String, Object> data, ChildField field, String value) {
        if (value != null && !value.isBlank()) {
            data.put(field.name(), value);
        }
    }

    private static Map<String, Object> stringMap(Map<?, ?> child) {
        var copy = new LinkedHashMap<String, Object>();
        child.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Map<String, Object> body, String field) {
        try {
            return Enum.valueOf(type, Envelope.text(body, field));
        } catch (IllegalArgumentException e) {
            throw new MessageRefused(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static UUID uuid(Map<String, Object> body, String field) {
        try {
            return UUID.fromString(Envelope.text(body, field));
        } catch (IllegalArgumentException e) {
            throw new MessageRefused(field + " is not a UUID");
        }
    }

    private CrossBorderRequest row(ResultSet rs, int n) throws SQLException {
        Map<String, Object> child;
        try {
            child = JSONObjectUtils.parse(cipher.decrypt(rs.getString("child")));
        } catch (ParseException e) {
            throw new SQLException("child data of request " + rs.getString("id") + " unreadable", e);
        }
        return new CrossBorderRequest(rs.getObject("id", UUID.class),
                CrossBorderRequest.Direction.valueOf(rs.getString("direction")), RequestKind.valueOf(rs.getString("kind")),
                rs.getString("partner"), rs.getObject("case_id", UUID.class), rs.getString("case_reference"),
                LegalBasis.valueOf(rs.getString("legal_basis")), child, cipher.decrypt(rs.getString("question")),
                rs.getString("answer") == null ? null : cipher.decrypt(rs.getString("answer")), rs.getString("answered_by"),
                instant(rs, "answered_at"), rs.getObject("due_on", LocalDate.class),
                CrossBorderRequest.Status.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "delivered_at"), instant(rs, "read_at"), rs.getString("rejected_reason"),
                instant(rs, "escalated_at"), rs.getBoolean("special_category"), rs.getObject("created_by", UUID.class),
                rs.getString("review_note"), rs.getObject("assigned_to", UUID.class), rs.getObject("forwarded_from", UUID.class),
                rs.getString("forwarded_to"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
