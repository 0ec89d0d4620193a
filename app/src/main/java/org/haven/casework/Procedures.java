package org.haven.casework;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of the referral procedure. The shipped default is published as version 1 on the first
 * start; a coordinator publishes later versions (validated); new cases follow the newest, and every
 * case keeps the version it started with.
 */
@Service
@Order(-10)
@Transactional(noRollbackFor = NoAccess.class)
public class Procedures implements ApplicationRunner {

    public static final String DEFAULT = "casework/procedures/default.csv";
    public static final String FAMILY_COURT_EXAMPLE = "casework/procedures/family-court.csv";
    static final int MAX_STEPS = 100;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Integer, Procedure> published = new ConcurrentHashMap<>();

    Procedures(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("SELECT count(*) FROM casework_procedure").query(Long.class).single() == 0) {
            publish(Actor.system("procedure-import"), "Default: child protection leads", shipped(DEFAULT));
        }
    }

    /** The procedure new cases follow. */
    public Procedure current() {
        int newest = newest();
        if (newest == 0) {
            throw new NotFound("referral procedure", "any");
        }
        return version(newest);
    }

    /** A published version, cached: published versions never change. */
    public Procedure version(int version) {
        return published.computeIfAbsent(version, this::load);
    }

    public String asCsv(Procedure procedure) {
        var out = new StringWriter();
        try {
            ProcedureFile.write(procedure.steps(), out);
        } catch (IOException cannotHappenWithAStringWriter) {
            throw new UncheckedIOException(cannotHappenWithAStringWriter);
        }
        return out.toString();
    }

    /** A shipped procedure file (the default, or the family-court example), for review or publishing. */
    public static String shipped(String resource) throws IOException {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Validates an edited procedure and publishes it as the next version; returns that version. */
    public int publish(SignedInUser user, String name, String csv) throws IOException {
        if (!user.hasRole(Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused("procedure.published", "referral-procedure", null));
            throw new NoAccess("Only national coordinators publish the referral procedure");
        }
        return publish(user.actor(), name, csv);
    }

    private int publish(Actor actor, String name, String csv) throws IOException {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainRuleViolation("procedure.name.required");
        }
        var steps = ProcedureFile.read(new StringReader(csv));
        if (steps.isEmpty()) {
            throw new DomainRuleViolation("procedure.file.empty");
        }
        if (steps.size() > MAX_STEPS) {
            throw new DomainRuleViolation("procedure.file.too-many", MAX_STEPS);
        }
        int next = newest() + 1;
        // Kept as written again from the parsed steps: what is stored is exactly what was checked.
        jdbc.sql("""
                        INSERT INTO casework_procedure (version, name, steps_csv, published_at, published_by)
                        VALUES (:v, :name, :csv, :at, :by)""")
                .param("v", next).param("name", name.strip()).param("csv", asCsv(new Procedure(next, name, null, null, steps)))
                .param("at", Timestamp.from(clock.instant())).param("by", actor.name()).update();
        audit.record(actor, AuditRecord.succeeded("procedure.published", "referral-procedure", next)
                .withDetails(name.strip() + ", " + steps.size() + " steps"));
        return next;
    }

    private int newest() {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM casework_procedure").query(Integer.class).single();
    }

    public List<Procedure> all() {
        return jdbc.sql("SELECT version FROM casework_procedure ORDER BY version DESC").query(Integer.class).list()
                .stream().map(this::version).toList();
    }

    private Procedure load(int version) {
        return jdbc.sql("SELECT name, steps_csv, published_at, published_by FROM casework_procedure WHERE version = :v")
                .param("v", version)
                .query((rs, n) -> {
                    try {
                        return new Procedure(version, rs.getString("name"), rs.getTimestamp("published_at").toInstant(),
                                rs.getString("published_by"), ProcedureFile.read(new StringReader(rs.getString("steps_csv"))));
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException(unreadable);
                    }
                })
                .optional().orElseThrow(() -> new NotFound("referral procedure version", version));
    }
}
