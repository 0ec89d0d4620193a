package org.haven.person;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.linkage.NameKeys;
import org.haven.platform.EditConflict;
import org.haven.platform.NotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registers and corrects children's identity records. Who may see a record is decided by the
 * module that discloses it (a case); this module writes the audit entries for changes it makes.
 */
@Service
@Transactional
public class ChildRegistry {

    private final Children children;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ChildRegistry(Children children, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.children = children;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Child register(Actor actor, ChildDetails details) {
        var child = children.save(Child.register(details, clock.instant(), today()));
        audit.record(actor, AuditRecord.succeeded("child.registered", "child", child.id()));
        return child;
    }

    /**
     * Saves a correction made on the version the user saw. If someone saved in between, nothing is
     * written and the conflict carries the record as it now stands. {@code inCase} is the case the
     * correction was made in, if any, so that the case's history shows it.
     */
    public Child correct(Actor actor, ChildId id, ChildDetails details, long seenVersion, UUID inCase) {
        var child = load(id);
        if (child.version() != seenVersion) {
            throw new EditConflict(child);
        }
        child.correct(details, today());
        try {
            var saved = children.save(child);
            audit.record(actor, AuditRecord.succeeded("child.corrected", "child", id).inCase(inCase));
            return saved;
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(id));
        }
    }

    @Transactional(readOnly = true)
    public Child get(ChildId id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public Map<ChildId, Child> getAll(Collection<ChildId> ids) {
        return children.findAllById(ids.stream().map(ChildId::value).toList()).stream()
                .collect(Collectors.toMap(Child::id, Function.identity()));
    }

    /** Children with a name (primary or alias, any script) that contains every word typed. */
    @Transactional(readOnly = true)
    public Set<ChildId> findByName(String query) {
        String key = NameKeys.searchKey(query);
        if (key.isEmpty()) {
            return Set.of();
        }
        List<String> words = List.of(key.split(" "));
        String where = words.stream().map(w -> "search_key LIKE '%' || ? || '%'").collect(Collectors.joining(" AND "));
        return jdbc.sql("SELECT DISTINCT person_child FROM person_name WHERE " + where + " LIMIT 1000")
                .params(words)
                .query(UUID.class)
                .list().stream().map(ChildId::new).collect(Collectors.toSet());
    }

    private Child load(ChildId id) {
        return children.findById(id.value()).orElseThrow(() -> new NotFound("child", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
