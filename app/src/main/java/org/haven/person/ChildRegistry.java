package org.haven.person;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.linkage.NameKeys;
import org.haven.platform.EditConflict;
import org.haven.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
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
import java.util.function.Consumer;
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
    private final ApplicationEventPublisher events;

    ChildRegistry(Children children, JdbcClient jdbc, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.children = children;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public Child register(Actor actor, ChildDetails details) {
        var child = children.save(Child.register(details, clock.instant(), today()));
        audit.record(actor, AuditRecord.succeeded("child.registered", "child", child.id()));
        events.publishEvent(new ChildRecorded(child.id()));
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
            events.publishEvent(new ChildRecorded(id));
            return saved;
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflict(load(id));
        }
    }

    /**
     * For the retention rules: the child's names are replaced by "Anonymised" (aliases removed, no
     * search key), the date of birth kept to the year only (for statistics by age), sex and
     * nationalities kept. Audited; publishes {@link ChildAnonymised}.
     */
    public void anonymise(Actor actor, ChildId id) {
        jdbc.sql("DELETE FROM person_name WHERE person_child = :id AND position > 0").param("id", id.value()).update();
        jdbc.sql("UPDATE person_name SET given_names = 'Anonymised', family_name = NULL, search_key = '' WHERE person_child = :id")
                .param("id", id.value()).update();
        jdbc.sql("""
                        UPDATE person_child SET anonymised_at = :at, version = version + 1,
                               dob_precision = CASE WHEN dob_earliest IS NULL OR dob_latest IS NULL THEN dob_precision
                                                    WHEN extract(year FROM dob_earliest) = extract(year FROM dob_latest) THEN 'YEAR'
                                                    ELSE 'ESTIMATED' END,
                               dob_earliest = date_trunc('year', dob_earliest)::date,
                               dob_latest = (date_trunc('year', dob_latest) + interval '1 year - 1 day')::date
                         WHERE id = :id AND anonymised_at IS NULL""")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("id", id.value()).update();
        audit.record(actor, AuditRecord.succeeded("child.anonymised", "child", id));
        events.publishEvent(new ChildAnonymised(id));
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

    /**
     * Every child's identity in one query (or only {@code one}'s when given), for the matching index;
     * not audited here because nothing leaves the server: matching discloses, and audits, what it shows.
     */
    @Transactional(readOnly = true)
    public void forEachIdentity(ChildId one, Consumer<IdentitySnapshot> action) {
        jdbc.sql("""
                        SELECT c.id, c.sex, c.dob_precision, c.dob_earliest, c.dob_latest,
                               p.given_names AS given, p.family_name AS family,
                               (SELECT string_agg(concat_ws(' ', given_names, family_name), '|' ORDER BY position)
                                  FROM person_name n WHERE n.person_child = c.id AND n.position > 0) AS aliases,
                               (SELECT string_agg(country, '|') FROM person_nationality p WHERE p.person_child = c.id) AS nationalities
                        FROM person_child c LEFT JOIN person_name p ON p.person_child = c.id AND p.position = 0
                        WHERE (CAST(? AS UUID) IS NULL OR c.id = ?) AND c.anonymised_at IS NULL""")
                .params(one == null ? null : one.value(), one == null ? null : one.value())
                .query((rs, row) -> new IdentitySnapshot(new ChildId(rs.getObject("id", UUID.class)),
                        rs.getString("given"), rs.getString("family"), split(rs.getString("aliases")),
                        Sex.valueOf(rs.getString("sex")), dateOfBirth(rs.getString("dob_precision"),
                        rs.getObject("dob_earliest", LocalDate.class), rs.getObject("dob_latest", LocalDate.class)),
                        split(rs.getString("nationalities"))))
                .stream().forEach(action);
    }

    /** What the statistics count about a child: sex, date of birth (a range), nationalities; no name. */
    public record ChildFacts(ChildId child, Sex sex, DateOfBirth dateOfBirth, List<String> nationalities) {
    }

    /** These child records, anonymised ones included (they keep sex, birth year and nationalities for the statistics). */
    @Transactional(readOnly = true)
    public java.util.Map<ChildId, ChildFacts> facts(java.util.Collection<ChildId> ids) {
        var facts = new java.util.HashMap<ChildId, ChildFacts>();
        jdbc.sql("""
                        SELECT c.id, c.sex, c.dob_precision, c.dob_earliest, c.dob_latest,
                               (SELECT string_agg(country, '|' ORDER BY country) FROM person_nationality n
                                 WHERE n.person_child = c.id) AS nationalities
                        FROM person_child c WHERE c.id = ANY(:ids)""")
                .param("ids", ids.stream().map(ChildId::value).toArray(UUID[]::new))
                .query((rs, row) -> new ChildFacts(new ChildId(rs.getObject("id", UUID.class)), Sex.valueOf(rs.getString("sex")),
                        dateOfBirth(rs.getString("dob_precision"), rs.getObject("dob_earliest", LocalDate.class),
                                rs.getObject("dob_latest", LocalDate.class)), split(rs.getString("nationalities"))))
                .stream().forEach(f -> facts.put(f.child(), f));
        return facts;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split("\\|"));
    }

    private static DateOfBirth dateOfBirth(String precision, LocalDate earliest, LocalDate latest) {
        return new DateOfBirth(DateOfBirth.Precision.valueOf(precision), earliest, latest);
    }

    private Child load(ChildId id) {
        return children.findById(id.value()).orElseThrow(() -> new NotFound("child", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
